import TandemCore

/// How a row of the overview's list reads: its badge, area, id, name, owner and why, worded from
/// the item's assessment (or the change) when it is drawn. The brief words its "most pressing"
/// items the same way.
struct OverviewRowText {
    let status: Span
    let kind: String
    let id: String
    let name: String
    /// Nil for a row left out of the files: nobody's until it loads.
    let owner: Owner?
    let reason: String

    init(_ row: OverviewRow, _ card: Scorecard, _ g: Glyphs) {
        switch row {
        case .attention(let item): self.init(item, card, g)
        case .change(let change): self.init(change, g)
        }
    }

    init(_ change: ItemChange, _ g: Glyphs) {
        status = ChangeMarker.badge(change.direction, g)
        kind = change.area.rawValue
        id = change.area == .finding ? "" : change.id
        name = change.name
        owner = change.owner
        reason = change.notes.joined(separator: "; ")
    }

    init(_ item: AttentionItem, _ card: Scorecard, _ g: Glyphs) {
        switch item.subject {
        case .kpi(let index):
            let kpi = card.kpis[index]
            self.init(
                StatusBadge.kpi(kpi, g), "KPI", kpi.kpi.id, kpi.kpi.name, kpi.kpi.owner, Self.reason(kpi))
        case .risk(let index):
            let risk = card.risks[index]
            self.init(
                StatusBadge.band(risk.band, g), "Risk", risk.risk.id, risk.risk.title, risk.risk.owner,
                Self.reason(risk, card))
        case .initiative(let index):
            let initiative = card.initiatives[index]
            self.init(
                StatusBadge.rag(initiative.health ?? .green, g), "Initiative", initiative.initiative.id,
                initiative.initiative.name, initiative.initiative.sponsor, Self.reason(initiative))
        case .action(let index):
            let item = card.actions![index]
            self.init(
                StatusBadge.action(item, g), "Action", item.action.id, item.action.title, item.action.owner,
                Self.reason(item, card.asOf))
        case .rowLeftOut(let index, let id):
            let diagnostic = card.diagnostics[index]
            self.init(
                Self.leftOut(g), "Row", id, diagnostic.location, nil,
                (diagnostic.column.map { "\($0): " } ?? "") + diagnostic.message)
        case .moreRowsLeftOut(let count, _):
            self.init(
                Self.leftOut(g), "Rows", "", "\(count) more rows", nil, "left out for errors; ! lists the problems")
        }
    }

    private init(_ status: Span, _ kind: String, _ id: String, _ name: String, _ owner: Owner?, _ reason: String) {
        (self.status, self.kind, self.id, self.name, self.owner, self.reason) = (status, kind, id, name, owner, reason)
    }

    private static func leftOut(_ g: Glyphs) -> Span { Span("\(g.warning) LEFT OUT", .statusRed) }

    private static func reason(_ item: KPIAssessment) -> String {
        let unit = item.kpi.unit
        if item.status == .stale, let age = item.ageDays { return "no new value for \(age) days" }
        guard let value = item.latest?.value else { return "" }
        let target = NumberFormat.value(item.target, unit: unit, short: true)
        return "\(NumberFormat.value(value, unit: unit, short: true)) against "
            + "\(item.targetIsInterim ? "interim " : "")target \(target)"
            + (item.changeIsBetter == false ? ", getting worse" : "")
    }

    private static func reason(_ item: ActionAssessment, _ asOf: Day) -> String {
        let late = item.daysLate.map { "\(plural($0, "day")) late" } ?? ""
        let due = item.action.due.map { "due \($0.short(from: asOf)), " } ?? ""
        let who = item.action.assignee.isEmpty ? "" : "; \(item.action.assignee)"
        return due + late + who
    }

    private static func reason(_ item: RiskAssessment, _ card: Scorecard) -> String {
        var reasons: [String] = []
        if item.aboveAppetite {
            reasons.append("score \(item.residualScore) above appetite \(item.appetite)")
        }
        if item.targetMissed == true, let target = item.targetScore, let due = item.risk.targetDate {
            reasons.append("target \(target) missed (due \(due.short(from: card.asOf)))")
        }
        if item.reviewOverdue {
            reasons.append(
                item.reviewDue.map { "review overdue since \($0.short(from: card.asOf))" } ?? "never reviewed")
        }
        return reasons.joined(separator: "; ")
    }

    private static func reason(_ item: InitiativeAssessment) -> String {
        var reasons: [String] = []
        if item.isPastDue {
            reasons.append("past due at \(Int(saturating: item.initiative.progress ?? 0))%")
        } else if let behind = item.pointsBehind, item.schedule != .green {
            reasons.append("\(NumberFormat.points(behind)) pts behind plan")
        }
        if let percent = item.forecastPercent, item.cost != .green {
            reasons.append("forecast \(NumberFormat.percent(percent)) of budget")
        }
        if let missed = item.missedMilestones.first { reasons.append("missed \"\(missed.name)\"") }
        if let rating = item.initiative.rating, item.healthIsReported || item.isOptimisticReport {
            reasons.append("reported \(rating.rawValue)" + (item.healthIsReported ? ", nothing measured" : ""))
        }
        if !item.initiative.isScheduled { reasons.append("not scheduled") }
        return reasons.joined(separator: "; ")
    }
}
