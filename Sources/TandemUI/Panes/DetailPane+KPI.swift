import TandemCore

/// A KPI's detail: its value against target and bands, trend, history chart, pair and the
/// initiatives that move it.
extension DetailPane {
    static func kpiLines(_ item: KPIAssessment, model: ViewModel, width: Int, _ g: Glyphs) -> [Line] {
        let kpi = item.kpi
        let unit = kpi.unit
        let value = { (v: Double) in NumberFormat.value(v, unit: unit) }
        var lines: [Line] = [
            field("Status", [StatusBadge.kpi(item, g)]),
            field("Owner", owner(kpi.owner, model.settings)),
            field(
                "Domain",
                "\(kpi.domain.isEmpty ? "—" : kpi.domain) · measured \(kpi.frequency.rawValue) "
                    + "· \(kpi.direction.rawValue) is better"
            ),
        ]
        if let latest = item.latest, let v = latest.value {
            lines.append(
                field(
                    "Latest",
                    [
                        Span(value(v)),
                        Span("  for the period ending \(latest.period) (\(age(item.ageDays)))", .muted),
                    ]))
        } else {
            lines.append(field("Latest", "no value yet", .muted))
        }
        if let previous = item.previous?.value {
            var change: Line = [Span(value(previous), .text), Span("   change ", .muted), TrendArrow.change(item, g)]
            if let percent = item.changePercent {
                change.append(
                    Span(" (\(NumberFormat.signedPercent(percent))\(unit == "%" ? " relative" : ""))", .muted))
            }
            lines.append(field("Previous", change))
        }
        if !kpi.valuesLeftOut.isEmpty {
            let place =
                kpi.valuesLeftOut.prefix(5).map(String.init).joined(separator: ", ")
                + (kpi.valuesLeftOut.count > 5 ? ", …" : "")
            lines.append(
                field(
                    "Left out",
                    [
                        Span(
                            "\(g.warning) \(kpi.valuesLeftOut.count) "
                                + "value\(kpi.valuesLeftOut.count == 1 ? "" : "s") with errors (measurements.csv "
                                + "line \(place)): the latest shown may not be the latest written",
                            .statusAmber)
                    ]))
        }
        let target = [
            Span(value(item.target)), Span(item.targetIsInterim ? " (interim; year-end \(value(kpi.target)))" : ""),
        ]
        let amber =
            "amber \(kpi.direction == .higher ? "from" : "up to") \(value(item.warnLimit))"
            + (item.warnIsDefault ? " (default band)" : "")
        // On a line of its own under the target when the two do not fit side by side.
        if labelWidth + (target + [Span("   " + amber)]).map(\.text.displayWidth).reduce(0, +) > width {
            lines += [field("Target", target), field("", amber, .muted)]
        } else {
            lines.append(field("Target", target + [Span("   " + amber, .muted)]))
        }
        if let yearOnYear = yearOnYear(item, asOf: model.card.asOf) { lines.append(field("Year on year", yearOnYear)) }
        if let baseline = kpi.baseline {
            let achieved =
                item.achievement.map {
                    " · achievement \(NumberFormat.percent($0 * 100)) of the way from baseline to target"
                } ?? ""
            lines.append(field("Baseline", value(baseline) + achieved))
        }
        if let trend = item.trend {
            lines.append(
                field(
                    "Trend",
                    [
                        TrendArrow.trend(item, g),
                        Span(" \(trend.rawValue) over the last \(min(6, item.countedCount)) values", .muted),
                    ]))
        }
        if let pair = kpi.pair, let partner = model.kpi(pair) {
            lines.append(
                field("Paired with", [Span("\(partner.kpi.name) (\(pair)) "), StatusBadge.kpi(partner.status, g)]))
        }
        let movers = model.card.links.initiatives(moving: kpi.id).map { model.card.initiatives[$0] }
        lines.append(
            field(
                "Initiatives",
                movers.isEmpty
                    ? [Span("none links this KPI", item.status.rag == .green ? .muted : .statusAmber)]
                    : movers.flatMap { [Span("\($0.initiative.name) "), StatusBadge.health($0, g), Span("  ")] }))
        lines += paragraph("Description", kpi.description, width: width)
        lines += heading("History (\(item.countedCount) values)")
        lines += chart(item, width: width, g)
        lines += heading("Values")
        for observation in item.lastCounted(12).reversed() {
            lines.append([
                Span(observation.period.description.padded(to: labelWidth), .muted),
                Span(observation.value.map(value) ?? "—"),
                Span(observation.note.isEmpty ? "" : "  " + observation.note, .muted),
            ])
        }
        return lines
    }

    /// `vs Sep 2025 (95.1%): +2.4 pts, better`, in points for a percentage; or which period has no
    /// value to compare with. Nil for daily KPIs and without a latest value.
    static func yearOnYear(_ item: KPIAssessment, asOf: Day) -> Line? {
        let frequency = item.kpi.frequency
        guard let latest = item.latest,
            let period = KPIAssessment.yearAgoPeriod(of: latest.period, frequency: frequency)
        else { return nil }
        let name = { (day: Day) in frequency == .weekly ? day.short(from: asOf) : day.monthYear }
        guard let old = item.yearAgo, let was = old.value, let change = item.changeYoY else {
            return [Span("no value for \(name(period.upperBound)) to compare with", .muted)]
        }
        let text = NumberFormat.signed(change, unit: item.kpi.unit)
        let (words, role): (String, StyleRole) =
            switch item.changeYoYIsBetter {
            case true?: ("better", .statusGreen)
            case false?: ("worse", .statusRed)
            case nil: ("the same", .muted)
            }
        return [
            Span("vs \(name(old.period)) (\(NumberFormat.value(was, unit: item.kpi.unit))): ", .muted),
            Span(change == 0 ? words : "\(text), \(words)", role),
        ]
    }

    /// A bar chart of the whole history, eight levels per row, with the target marked on the axis.
    static func chart(_ item: KPIAssessment, width: Int, _ g: Glyphs) -> [Line] {
        let values = item.counted.compactMap(\.value)
        guard !values.isEmpty else { return [[Span("no values to chart", .muted)]] }
        let height = 6
        let low = min(values.min()!, item.target)
        let high = max(values.max()!, item.target)
        let labels = [
            NumberFormat.plain(high), NumberFormat.plain(low), "target " + NumberFormat.plain(item.target),
        ]
        let labelWidth = labels.map(\.displayWidth).max()!
        let shown = Array(values.suffix(max(1, (width - labelWidth - 2) / 2)))
        let levels = g.spark.count
        let targetRow = Int(rounding: Scale.fraction(item.target, low: low, high: high) * Double(height - 1))
        var lines: [Line] = []
        for row in stride(from: height - 1, through: 0, by: -1) {
            var label = ""
            if row == height - 1 { label = labels[0] }
            if row == 0 { label = labels[1] }
            if row == targetRow { label = labels[2] }
            var line: Line = [
                Span(label.padded(to: labelWidth, alignment: .right), row == targetRow ? .accent : .muted),
                Span(" " + (row == targetRow ? g.teeRight : g.vertical), .muted),
            ]
            var bars = ""
            for v in shown {
                let eighths = Int(rounding: Scale.fraction(v, low: low, high: high) * Double(height * levels - 1)) + 1
                let filled = eighths - row * levels
                bars +=
                    filled >= levels
                    ? g.barFull : filled > 0 ? g.spark[filled - 1] : (row == targetRow ? g.horizontal : " ")
                bars += row == targetRow ? g.horizontal : " "
            }
            line.append(Span(bars, StatusBadge.role(for: item.status)))
            lines.append(line)
        }
        let first = item.counted.suffix(shown.count).first!.period
        let last = item.counted.last!.period
        // The first and last periods under the ends of the bars.
        let barsWidth = shown.count * 2 - 1
        let ends =
            first == last
            ? first.monthYear
            : first.monthYear
                + String(
                    repeating: " ",
                    count: max(1, barsWidth - first.monthYear.displayWidth - last.monthYear.displayWidth))
                + last.monthYear
        lines.append([Span(String(repeating: " ", count: labelWidth + 2) + ends, .muted)])
        return lines
    }
}
