import TandemCore

/// Movement of a KPI: the change since the last period and the recent trend, each coloured by
/// whether it is good news for that KPI's direction.
public enum TrendArrow {
    /// `▲ +2.0` / `▼ -0.3`: the arrow is the direction, the colour says better (green) or worse
    /// (red) for this KPI; `= 0` when unchanged.
    public static func change(_ item: KPIAssessment, _ g: Glyphs, short: Bool = false) -> Span {
        guard let change = item.change else { return Span("", .muted) }
        let text = NumberFormat.signed(change, unit: item.kpi.unit, short: short)
        let arrow = change > 0 ? g.up : g.down
        switch item.changeIsBetter {
        case true?: return Span("\(arrow) \(text)", .statusGreen)
        case false?: return Span("\(arrow) \(text)", .statusRed)
        case nil: return Span("\(g.unchanged) \(text)", .muted)
        }
    }

    /// `↗`, `↘` or `→`, green when the trend is good news for this KPI.
    public static func trend(_ item: KPIAssessment, _ g: Glyphs) -> Span {
        guard let trend = item.trend else { return Span("", .muted) }
        let good = item.kpi.direction == .higher ? Trend.up : .down
        switch trend {
        case .flat: return Span(g.trendFlat, .muted)
        case .up: return Span(g.trendUp, trend == good ? .statusGreen : .statusRed)
        case .down: return Span(g.trendDown, trend == good ? .statusGreen : .statusRed)
        }
    }
}
