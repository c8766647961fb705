import TandemCore

/// The one-page meeting brief: the headline, what changed, KPIs off target, risks above appetite
/// or overdue, initiatives off track and the decisions the findings call for, each item marked
/// CIO, COO or Joint. A document of sections that `BriefRenderer` writes as Markdown or text; it
/// reads nothing but the computed workspace, so the same files and date give the same brief.
public struct Brief: Sendable {
    /// The commands the brief names in its own sentences, written as code in Markdown.
    static let commands = ["tandem baseline save", "tandem validate", "tandem action add"]

    public struct Table: Sendable {
        public let headers: [String]
        /// Columns aligned right (numbers).
        public let rightAligned: Set<Int>
        public let rows: [[String]]
    }

    public struct Section: Sendable {
        public let heading: String
        public var table: Table?
        /// A numbered list, for decisions.
        public var list: [String] = []
        /// Said instead when there is nothing to list.
        public let empty: String
        /// A line under the list, e.g. KPIs with no recent value.
        public var note: String?
        /// E.g. "… and 4 more: the dashboard lists them all."
        public var more: String?
    }

    public let title: String
    /// Lines under the title: the headline and what changed, in sentences.
    public let summary: [String]
    public let sections: [Section]
    public let footer: String

    /// Longer lists are cut here, to keep the brief to a page; the rest is on the dashboard.
    public static let rowsPerSection = 10

    public init(_ model: ViewModel) {
        let card = model.card
        let settings = card.workspace.settings
        title = "\(settings.organization): leadership brief, \(card.asOf.withYear)"

        // What needs attention, by the rule the overview and the tabs use; rows left out have a
        // line of their own below.
        let attention = Attention.items(card, rowsLeftOut: false)
        func subjects<T>(_ pick: (AttentionItem) -> T?) -> [T] { attention.compactMap(pick) }
        let kpis = subjects { item -> KPIAssessment? in
            guard case .kpi(let index) = item.subject, item.urgency != .staleKPI else { return nil }
            return card.kpis[index]
        }
        .sorted { (Self.kpiRank($0.status), $0.kpi.id) < (Self.kpiRank($1.status), $1.kpi.id) }
        let risks = subjects { item -> RiskAssessment? in
            guard case .risk(let index) = item.subject else { return nil }
            return card.risks[index]
        }
        .sorted { (-$0.residualScore, $0.risk.id) < (-$1.residualScore, $1.risk.id) }
        let initiatives = subjects { item -> InitiativeAssessment? in
            guard case .initiative(let index) = item.subject else { return nil }
            return card.initiatives[index]
        }
        .sorted {
            ($0.health == .red ? 0 : 1, -($0.pointsBehind ?? 0), $0.initiative.id) < (
                $1.health == .red ? 0 : 1, -($1.pointsBehind ?? 0), $1.initiative.id
            )
        }

        var summary = [Self.headline(card)]
        let pressing = attention.prefix(3).map { OverviewRowText($0, card, .unicode) }
        if !pressing.isEmpty {
            summary.append(
                "Most pressing: "
                    + pressing.map {
                        let kind = $0.kind == "KPI" ? "KPI" : $0.kind.lowercased()
                        return "\($0.name) (\($0.owner?.label ?? "—") \(kind)): \($0.reason)"
                    }
                    .joined(separator: "; ") + ".")
        }
        if let changes = model.changes {
            summary.append(Self.changeSentence(changes))
        } else {
            summary.append(
                "Changes: no baseline to compare with; after each meeting, `tandem baseline save` keeps one.")
        }
        if card.workspace.origin.isDemo {
            summary.append("Demo data: the built-in example organisation, not real figures.")
        }
        let leftOut = card.rowsLeftOut.reduce(0) { $0 + $1.rows }
        if leftOut > 0 {
            summary.append(
                "\(leftOut) row\(leftOut == 1 ? "" : "s") with errors left out of these figures: `tandem validate` "
                    + "lists them."
            )
        }
        self.summary = summary

        var sections: [Section] = []
        if let actions = Self.actionsSection(model) { sections.append(actions) }
        if let changes = model.changes { sections.append(Self.changesSection(changes)) }
        var kpiSection = Self.cut(
            Section(
                heading: "KPIs off target (red) or near it (amber)",
                table: Table(
                    headers: ["Owner", "KPI", "Status", "Latest", "Target", "Previous value"], rightAligned: [3, 4],
                    rows: kpis.map(Self.kpiRow)),
                empty: "Every KPI is on target."))
        let stale = subjects { item -> KPIAssessment? in
            guard case .kpi(let index) = item.subject, item.urgency == .staleKPI else { return nil }
            return card.kpis[index]
        }
        if !stale.isEmpty {
            kpiSection.note =
                "No recent value: "
                + stale.map { "\($0.kpi.name) (\($0.kpi.owner.label), last \($0.ageDays ?? 0) days ago)" }
                .joined(separator: "; ") + "."
        }
        sections.append(kpiSection)
        sections.append(Self.risksSection(risks, settings: settings))
        sections.append(
            Self.cut(
                Section(
                    heading: "Initiatives off track",
                    table: Table(
                        headers: ["Owner", "Initiative", "Health", "Behind plan", "Forecast", "Milestones"],
                        rightAligned: [3, 4],
                        rows: initiatives.map(Self.initiativeRow)),
                    empty: "Every active initiative is on track.")))
        var decisions = Section(
            heading: "Decisions needed (alignment)",
            empty: "None: every initiative is anchored and every off-target KPI addressed.")
        decisions.list = Self.decisionList(model)
        sections.append(Self.cut(decisions))
        self.sections = sections

        let source = card.workspace.origin.isDemo ? "the built-in demo" : "the workspace files"
        footer =
            "Computed by Tandem from \(source) as of \(card.asOf)"
            + (model.changes.map { ", compared with baseline \($0.baseline.label)" } ?? "") + "."
    }

    // MARK: - Sentences

    private static func headline(_ card: Scorecard) -> String {
        let red = card.kpis.count { $0.status == .red }
        let amber = card.kpis.count { $0.status == .amber }
        let active = card.initiatives.filter { $0.initiative.stage == .active }
        let offTrack = active.count { $0.health == .red }
        let atRisk = active.count { $0.health == .amber }
        // Counted apart, never as on track.
        let apart = [
            (active.count { !$0.initiative.isScheduled }, "not scheduled"),
            (active.count { $0.health == nil }, "not rated"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        let above = card.risks.count { !$0.isClosed && $0.aboveAppetite }
        let overdue = card.risks.count { !$0.isClosed && $0.reviewOverdue }
        let missed = card.risks.count { !$0.isClosed && $0.targetMissed == true }
        let (decisions, unowned) = Self.decisionCounts(card)
        return "Headline: KPIs \(red) red, \(amber) amber of \(card.kpis.count); "
            + "risks \(above) above appetite, \(overdue) overdue for review"
            + (missed > 0 ? ", \(missed) past \(missed == 1 ? "its" : "their") target date; " : "; ")
            + "initiatives \(offTrack) red, \(atRisk) amber of \(active.count) active"
            + (apart.isEmpty ? "; " : " (\(apart.joined(separator: ", "))); ")
            + "\(decisions) alignment decision\(decisions == 1 ? "" : "s") needed"
            + (unowned > 0 ? " (\(unowned) unowned since the last meeting)." : ".")
    }

    private static func changeSentence(_ changes: Changes) -> String {
        guard !changes.items.isEmpty else { return "Since \(changes.baseline.label): nothing changed." }
        let parts = ChangeDirection.allCases.compactMap { direction -> String? in
            let n = changes.count(direction)
            guard n > 0 else { return nil }
            switch direction {
            case .worse: return "\(n) item\(n == 1 ? "" : "s") worse"
            case .changed: return "\(n) changed otherwise"
            case .resolved: return "\(n) finding\(n == 1 ? "" : "s") resolved"
            default: return "\(n) \(direction.rawValue)"
            }
        }
        return "Since \(changes.baseline.label): " + parts.joined(separator: ", ") + "."
    }

    // MARK: - Rows

    private static func changesSection(_ changes: Changes) -> Section {
        cut(
            Section(
                heading: "What changed since \(changes.baseline.label)",
                table: Table(
                    headers: ["Owner", "Item", "Change", "What changed"], rightAligned: [],
                    rows: changes.items.map { change in
                        [
                            change.owner.label, change.area == .finding ? change.name : "\(change.name) (\(change.id))",
                            change.direction.rawValue.capitalizedFirst, change.notes.joined(separator: "; "),
                        ]
                    }),
                empty: "Nothing changed."))
    }

    private static func initiativeRow(_ item: InitiativeAssessment) -> [String] {
        let initiative = item.initiative
        let behind =
            item.isPastDue
            ? "past due" + (initiative.due.map { " \($0)" } ?? "")
            : item.pointsBehind.map { $0 > 0.5 ? "\(NumberFormat.points($0)) points" : "on plan" } ?? ""
        let forecast = item.forecastPercent.map { "\(NumberFormat.percent($0)) of budget" } ?? ""
        let milestones =
            item.missedMilestones.isEmpty
            ? item.nextMilestone.map { "next \"\($0.name)\" (due \($0.due))" } ?? ""
            : "missed " + item.missedMilestones.map { "\"\($0.name)\" (due \($0.due))" }.joined(separator: "; ")
        return [
            initiative.sponsor.label, "\(initiative.name) (\(initiative.id))",
            (item.health?.rawValue ?? "").capitalizedFirst,
            behind, forecast, milestones,
        ]
    }

    /// A finding phrased as what the leaders must decide.
    static func decision(_ finding: Finding, owner: Owner) -> String {
        let ask: String
        switch finding.kind {
        case .lowAdoption: ask = "Decide how to raise adoption before more is delivered."
        case .oneSidedMitigation: ask = "Decide who adds the missing mitigation, and by when."
        case .optimisticReport: ask = "Ask the sponsor which is right, and for a report that matches the figures."
        case .pairedKPIsDiverge: ask = "Decide which reading reflects reality, and who acts on it."
        case .possibleDuplication:
            ask =
                finding.ids.count == 2
                ? "Decide whether to merge the two or split their scope."
                : "Decide which of them carries this outcome, and merge or split the rest."
        case .unaddressedKPI: ask = "Assign an initiative to it, or accept the gap for now."
        case .unanchoredInitiative: ask = "Name the KPI it should move, or reconsider the spend."
        case .unownedDecision: ask = "Decide who owns it, and by when."
        }
        let what = finding.detail.isEmpty ? finding.kind.title + ": " + finding.idList() : finding.detail
        return "\(owner.label): \(what). \(ask)"
    }

    // MARK: - Helpers

    private static func kpiRank(_ status: KPIStatus) -> Int { status == .red ? 0 : status == .amber ? 1 : 2 }

    static func cut(_ section: Section) -> Section {
        var section = section
        let total = section.table?.rows.count ?? section.list.count
        guard total > rowsPerSection else { return section }
        if let table = section.table {
            section.table = Table(
                headers: table.headers, rightAligned: table.rightAligned, rows: Array(table.rows.prefix(rowsPerSection))
            )
        }
        section.list = Array(section.list.prefix(rowsPerSection))
        section.more = "… and \(total - rowsPerSection) more: the dashboard lists them all."
        return section
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
