import TandemCore

/// A row of the overview's list: something that needs attention, with why, or (showing only what
/// changed) something that changed since the baseline, with how.
public struct AttentionItem: Sendable {
    /// Nil for what is no longer in the data (removed items, resolved findings): nothing to open.
    public let key: ItemKey?
    public let severity: Int
    /// Which way the item moved, on the list of changes.
    public var change: ChangeDirection? = nil
    public let status: Span
    public let kind: String
    public let id: String
    public let name: String
    /// Nil for a row left out of the files: nobody's until it loads.
    public let owner: Owner?
    public let reason: String
    /// For a row left out for an error: its index in the diagnostics, which Enter opens.
    public var diagnostic: Int? = nil
}

/// The order of the items in each pane, for the filter, lens and sort in force. The panes draw
/// and `update` moves through exactly these lists.
public enum PaneItems {
    /// The key of the item on row `row` of a pane, if there is one.
    public static func key(_ pane: Pane, _ view: VisibleItems, _ state: AppState, row: Int) -> ItemKey? {
        let card = view.model.card
        func at(_ order: [Int]) -> Int? { row >= 0 && row < order.count ? order[row] : nil }
        switch pane {
        case .overview:
            let list = attention(view)
            return row >= 0 && row < list.count ? list[row].key : nil
        case .kpis: return at(kpis(view, sort: state.sortOrder(of: .kpis))).map { .kpi(card.kpis[$0].kpi.id) }
        case .risks: return at(risks(view, sort: state.sortOrder(of: .risks))).map { .risk(card.risks[$0].risk.id) }
        case .initiatives:
            return at(initiatives(view, sort: state.sortOrder(of: .initiatives))).map {
                .initiative(card.initiatives[$0].initiative.id)
            }
        case .alignment:
            return at(findings(view, sort: state.sortOrder(of: .alignment))).map {
                .finding(ViewModel.key(of: card.findings[$0]))
            }
        }
    }

    /// The key of every row of a pane, in order; nil for rows with nothing to open.
    public static func keys(_ pane: Pane, _ view: VisibleItems, _ state: AppState, glyphs: Glyphs = .unicode)
        -> [ItemKey?]
    {
        let card = view.model.card
        switch pane {
        case .overview: return attention(view, glyphs: glyphs).map(\.key)
        case .kpis: return kpis(view, sort: state.sortOrder(of: .kpis)).map { .kpi(card.kpis[$0].kpi.id) }
        case .risks: return risks(view, sort: state.sortOrder(of: .risks)).map { .risk(card.risks[$0].risk.id) }
        case .initiatives:
            return initiatives(view, sort: state.sortOrder(of: .initiatives)).map {
                .initiative(card.initiatives[$0].initiative.id)
            }
        case .alignment:
            return findings(view, sort: state.sortOrder(of: .alignment)).map {
                .finding(ViewModel.key(of: card.findings[$0]))
            }
        }
    }

    public static func count(_ pane: Pane, _ view: VisibleItems, _ state: AppState) -> Int {
        switch pane {
        case .overview: attention(view).count
        case .kpis: view.kpis.count
        case .risks: view.risks.count
        case .initiatives: view.initiatives.count
        case .alignment: view.findings.count
        }
    }

    static func statusRank(_ status: KPIStatus) -> Int {
        switch status {
        case .red: 0
        case .amber: 1
        case .stale: 2
        case .noData: 3
        case .green: 4
        }
    }

    /// KPI indices; by domain keeps file order inside domains in order of first appearance.
    public static func kpis(_ view: VisibleItems, sort: String) -> [Int] {
        view.cached("kpis:" + sort) { sortedKPIs(view, sort: sort) }
    }

    private static func sortedKPIs(_ view: VisibleItems, sort: String) -> [Int] {
        let items = view.model.card.kpis
        switch sort {
        case "status":
            return view.kpis.sorted { (statusRank(items[$0].status), $0) < (statusRank(items[$1].status), $1) }
        case "name":
            return view.kpis.sorted { (items[$0].kpi.name.lowercased(), $0) < (items[$1].kpi.name.lowercased(), $1) }
        case "owner": return view.kpis.sorted { (items[$0].kpi.owner.label, $0) < (items[$1].kpi.owner.label, $1) }
        default:
            var domainOrder: [String: Int] = [:]
            for index in view.kpis where domainOrder[items[index].kpi.domain] == nil {
                domainOrder[items[index].kpi.domain] = domainOrder.count
            }
            return view.kpis.sorted {
                (domainOrder[items[$0].kpi.domain]!, $0) < (domainOrder[items[$1].kpi.domain]!, $1)
            }
        }
    }

    /// Risk indices; closed risks always last.
    public static func risks(_ view: VisibleItems, sort: String) -> [Int] {
        view.cached("risks:" + sort) { sortedRisks(view, sort: sort) }
    }

    private static func sortedRisks(_ view: VisibleItems, sort: String) -> [Int] {
        let items = view.model.card.risks
        func key(_ i: Int) -> (Int, Int, Int) {
            let closed = items[i].isClosed ? 1 : 0
            switch sort {
            case "review date": return (closed, items[i].reviewDue?.ordinal ?? Int.min, i)
            case "id", "owner": return (closed, 0, i)
            default: return (closed, -items[i].residualScore * 100 - items[i].inherentScore, i)
            }
        }
        switch sort {
        case "id": return view.risks.sorted { (key($0).0, items[$0].risk.id, $0) < (key($1).0, items[$1].risk.id, $1) }
        case "owner":
            return view.risks.sorted {
                (key($0).0, items[$0].risk.owner.label, $0) < (key($1).0, items[$1].risk.owner.label, $1)
            }
        default: return view.risks.sorted { key($0) < key($1) }
        }
    }

    public static func initiatives(_ view: VisibleItems, sort: String) -> [Int] {
        view.cached("initiatives:" + sort) { sortedInitiatives(view, sort: sort) }
    }

    private static func sortedInitiatives(_ view: VisibleItems, sort: String) -> [Int] {
        let items = view.model.card.initiatives
        func healthRank(_ i: Int) -> Int {
            guard items[i].initiative.stage == .active else { return 3 }
            switch items[i].health {
            case .red?: return 0
            case .amber?: return 1
            default: return 2
            }
        }
        switch sort {
        case "health": return view.initiatives.sorted { (healthRank($0), $0) < (healthRank($1), $1) }
        case "behind plan":
            return view.initiatives.sorted {
                (-(items[$0].pointsBehind ?? -1000), $0) < (-(items[$1].pointsBehind ?? -1000), $1)
            }
        case "due date":
            return view.initiatives.sorted { (items[$0].initiative.due, $0) < (items[$1].initiative.due, $1) }
        default: return view.initiatives
        }
    }

    public static func findings(_ view: VisibleItems, sort: String) -> [Int] {
        guard sort == "owner" else { return view.findings }
        let owners = view.model.findingOwners
        func rank(_ i: Int) -> String { owners[i].map(\.label).sorted().joined(separator: "+") }
        return view.findings.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    /// The overview's list. What needs the leaders' attention, most severe first: red and amber
    /// KPIs, risks above appetite or overdue for review, initiatives in red or amber. Showing only
    /// what changed: every change since the baseline, most pressing first.
    public static func attention(_ view: VisibleItems, glyphs g: Glyphs = .unicode) -> [AttentionItem] {
        view.cached(g.isASCII ? "attention:ascii" : "attention") {
            view.changedOnly ? changeItems(view, glyphs: g) : attentionItems(view, glyphs: g)
        }
    }

    /// The changes since the baseline among the items the view lets through; removed items and
    /// resolved findings by their owners and names.
    public static func changeItems(_ view: VisibleItems, glyphs g: Glyphs = .unicode) -> [AttentionItem] {
        // Cached: the overview's line of counts asks on every frame.
        view.cached(g.isASCII ? "changes:ascii" : "changes") { changedItems(view, glyphs: g) }
    }

    private static func changedItems(_ view: VisibleItems, glyphs g: Glyphs) -> [AttentionItem] {
        guard let changes = view.model.changes else { return [] }
        let card = view.model.card
        let shown: [ChangeArea: Set<String>] = [
            .kpi: Set(view.kpis.map { card.kpis[$0].kpi.id }),
            .risk: Set(view.risks.map { card.risks[$0].risk.id }),
            .initiative: Set(view.initiatives.map { card.initiatives[$0].initiative.id }),
            .finding: Set(view.findings.map { ViewModel.key(of: card.findings[$0]) }),
        ]
        let needle = view.filter.lowercased()
        return changes.items.compactMap { change in
            let gone = change.direction == .removed || change.direction == .resolved
            if gone {
                guard change.owners.contains(where: view.lens.includes),
                    needle.isEmpty || (change.id + " " + change.name).lowercased().contains(needle)
                else { return nil }
            } else if shown[change.area]?.contains(change.id) != true {
                return nil
            }
            let id = change.area == .finding ? "" : change.id
            return AttentionItem(
                key: gone ? nil : ItemKey(change.area, change.id), severity: 0, change: change.direction,
                status: ChangeMarker.badge(change.direction, g), kind: change.area.rawValue, id: id,
                name: change.name, owner: change.owner, reason: change.notes.joined(separator: "; "))
        }
    }

    private static func attentionItems(_ view: VisibleItems, glyphs g: Glyphs) -> [AttentionItem] {
        let card = view.model.card
        var items = view.filter.isEmpty ? leftOutRows(card, glyphs: g) : []
        for index in view.kpis {
            let item = card.kpis[index]
            guard item.status == .red || item.status == .amber || item.status == .stale else { continue }
            let severity = item.status == .red ? 90 : item.status == .amber ? 50 : 30
            let unit = item.kpi.unit
            let reason: String
            if item.status == .stale, let age = item.ageDays {
                reason = "no new value for \(age) days"
            } else if let value = item.latest?.value {
                reason =
                    "\(NumberFormat.value(value, unit: unit, short: true)) against "
                    + "target \(NumberFormat.value(item.kpi.target, unit: unit, short: true))"
                    + (item.changeIsBetter == false ? ", getting worse" : "")
            } else {
                reason = ""
            }
            items.append(
                AttentionItem(
                    key: .kpi(item.kpi.id), severity: severity, status: StatusBadge.kpi(item, g),
                    kind: "KPI", id: item.kpi.id, name: item.kpi.name, owner: item.kpi.owner, reason: reason))
        }
        for index in view.risks {
            let item = card.risks[index]
            guard !item.isClosed, item.aboveAppetite || (item.reviewOverdue && item.band >= .medium) else { continue }
            var reasons: [String] = []
            if item.aboveAppetite {
                reasons.append("score \(item.residualScore) above appetite \(card.workspace.settings.appetite)")
            }
            if item.reviewOverdue {
                reasons.append(
                    item.reviewDue.map { "review overdue since \($0.short(from: card.asOf))" } ?? "never reviewed")
            }
            // Above appetite ranks with red; an overdue review of a high or critical risk above amber.
            let severity =
                item.aboveAppetite
                ? (item.band == .critical ? 95 : 80)
                : [RiskBand.low: 32, .medium: 40, .high: 60, .critical: 70][item.band]!
            items.append(
                AttentionItem(
                    key: .risk(item.risk.id), severity: severity, status: StatusBadge.band(item.band, g),
                    kind: "Risk", id: item.risk.id, name: item.risk.title, owner: item.risk.owner,
                    reason: reasons.joined(separator: "; ")))
        }
        for index in view.initiatives {
            let item = card.initiatives[index]
            guard let health = item.health, health != .green else { continue }
            var reasons: [String] = []
            if item.isPastDue {
                reasons.append("past due at \(Int(saturating: item.initiative.progress))%")
            } else if let behind = item.pointsBehind, item.schedule != .green {
                reasons.append("\(NumberFormat.points(behind)) pts behind plan")
            }
            if let percent = item.forecastPercent, item.cost != .green {
                reasons.append("forecast \(NumberFormat.percent(percent)) of budget")
            }
            if let missed = item.missedMilestones.first { reasons.append("missed \"\(missed.name)\"") }
            items.append(
                AttentionItem(
                    key: .initiative(item.initiative.id), severity: health == .red ? 85 : 45,
                    status: StatusBadge.rag(health, g), kind: "Initiative", id: item.initiative.id,
                    name: item.initiative.name, owner: item.initiative.sponsor,
                    reason: reasons.joined(separator: "; ")))
        }
        return items.enumerated().sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }.map(
            \.element)
    }

    /// A row left out for an error, first: one typo must not hide the most urgent risk. Named by
    /// its file and line (and id, when it could be read), with the reason.
    private static func leftOutRows(_ card: Scorecard, glyphs g: Glyphs) -> [AttentionItem] {
        var seen = Set<String>()
        var items: [AttentionItem] = []
        for (index, diagnostic) in card.diagnostics.enumerated() where items.count < Self.leftOutRowsListed {
            guard diagnostic.severity == .error, let line = diagnostic.line, diagnostic.file.hasSuffix(".csv"),
                seen.insert(diagnostic.location).inserted
            else { continue }
            let id = card.leftOutIDs[diagnostic.file]?.first { $0.value == line }?.key ?? ""
            items.append(
                AttentionItem(
                    key: nil, severity: 100, status: Span("\(g.warning) LEFT OUT", .statusRed), kind: "Row", id: id,
                    name: diagnostic.location, owner: nil,
                    reason: (diagnostic.column.map { "\($0): " } ?? "") + diagnostic.message, diagnostic: index))
        }
        // A file of many bad rows: the first ones, and one line for the rest, which ! lists.
        let more = card.rowsLeftOut.reduce(0) { $0 + $1.rows } - items.count
        if items.count == Self.leftOutRowsListed, more > 0 {
            items.append(
                AttentionItem(
                    key: nil, severity: 100, status: Span("\(g.warning) LEFT OUT", .statusRed), kind: "Rows", id: "",
                    name: "\(more) more rows", owner: nil, reason: "left out for errors; ! lists the problems",
                    diagnostic: card.diagnostics.firstIndex { $0.unlistedRows > 0 } ?? items.last?.diagnostic))
        }
        return items
    }

    /// Rows left out that Needs attention names one by one.
    static let leftOutRowsListed = 20
}
