import TandemCore

/// Status as a symbol and a word, readable without colour: `● GREEN`, `○ STALE`, `● CRITICAL`.
public enum StatusBadge {
    public static func kpi(_ status: KPIStatus, _ g: Glyphs) -> Span {
        switch status {
        case .green: Span("\(g.bullet) GREEN", .statusGreen)
        case .amber: Span("\(g.bullet) AMBER", .statusAmber)
        case .red: Span("\(g.bullet) RED", .statusRed)
        case .stale: Span("\(g.neutralBullet) STALE", .statusNeutral)
        case .noData: Span("\(g.neutralBullet) NO DATA", .statusNeutral)
        }
    }

    /// A KPI's status; a stale one with how its last value stood: `○ STALE (red)`.
    public static func kpi(_ item: KPIAssessment, _ g: Glyphs) -> Span {
        guard item.status == .stale, let last = item.lastValueStatus else { return kpi(item.status, g) }
        return Span("\(g.neutralBullet) STALE (\(last.rawValue))", .statusNeutral)
    }

    public static func rag(_ rag: RAG?, _ g: Glyphs, none: String = "—") -> Span {
        guard let rag else { return Span(g.isASCII && none == "—" ? "-" : none, .muted) }
        return Span("\(g.bullet) \(rag.rawValue.uppercased())", role(for: rag))
    }

    /// An action: `▲ OVERDUE`, `● DUE SOON`, `○ OPEN`, `✓ DONE`, `○ DROPPED`.
    public static func action(_ item: ActionAssessment, _ g: Glyphs) -> Span {
        if item.isOverdue { return Span("\(g.warning) OVERDUE", .statusAmber) }
        switch item.action.status {
        case .open: return item.isDueSoon ? Span("\(g.bullet) DUE SOON", .text) : Span("\(g.neutralBullet) OPEN", .text)
        case .done: return Span("\(g.bullet) DONE", .statusGreen)
        case .dropped: return Span("\(g.neutralBullet) DROPPED", .statusNeutral)
        }
    }

    public static func band(_ band: RiskBand, _ g: Glyphs) -> Span {
        Span("\(g.bullet) \(band.rawValue.uppercased())", role(for: band))
    }

    /// An initiative's health, or its stage when it is not active; `○ NOT RATED` when nothing is
    /// measured and nothing reported.
    public static func health(_ item: InitiativeAssessment, _ g: Glyphs) -> Span {
        guard item.initiative.stage == .active else {
            return Span("\(g.neutralBullet) \(item.initiative.stage.rawValue.uppercased())", .statusNeutral)
        }
        guard let health = item.health else { return Span("\(g.neutralBullet) NOT RATED", .statusNeutral) }
        return rag(health, g)
    }

    public static func role(for rag: RAG) -> StyleRole {
        switch rag {
        case .green: .statusGreen
        case .amber: .statusAmber
        case .red: .statusRed
        }
    }

    public static func role(for status: KPIStatus) -> StyleRole {
        status.rag.map(role(for:)) ?? .statusNeutral
    }

    public static func role(for band: RiskBand) -> StyleRole {
        switch band {
        case .low: .bandLow
        case .medium: .bandMedium
        case .high: .bandHigh
        case .critical: .bandCritical
        }
    }
}
