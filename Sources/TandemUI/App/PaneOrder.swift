import TandemCore

/// The order of the items each list pane shows, for its sort: indices into the scorecard's lists,
/// cached per lens, filter and sort.
public enum PaneOrder {
    /// By domain keeps file order inside domains, in order of first appearance.
    public static func kpis(_ view: VisibleItems, _ sort: KPISort) -> [Int] {
        view.model.cache.order(view.cacheKey(.kpis(sort))) {
            let items = view.model.card.kpis
            switch sort {
            case .status:
                return view.kpis.sorted { (rank(items[$0].status), $0) < (rank(items[$1].status), $1) }
            case .name:
                return view.kpis.sorted {
                    (items[$0].kpi.name.lowercased(), $0) < (items[$1].kpi.name.lowercased(), $1)
                }
            case .owner:
                return view.kpis.sorted { (items[$0].kpi.owner.label, $0) < (items[$1].kpi.owner.label, $1) }
            case .domain:
                var domainOrder: [String: Int] = [:]
                for index in view.kpis where domainOrder[items[index].kpi.domain] == nil {
                    domainOrder[items[index].kpi.domain] = domainOrder.count
                }
                return view.kpis.sorted {
                    (domainOrder[items[$0].kpi.domain]!, $0) < (domainOrder[items[$1].kpi.domain]!, $1)
                }
            }
        }
    }

    /// Closed risks always last. Each risk's key is made once, then the keys are sorted: made in
    /// the comparisons, they were made 3 million times for 100,000 risks.
    public static func risks(_ view: VisibleItems, _ sort: RiskSort) -> [Int] {
        view.model.cache.order(view.cacheKey(.risks(sort))) {
            let items = view.model.card.risks
            // Open risks first, then by the key, then in file order; each key made once per risk.
            func by<Key: Comparable>(_ key: (Int) -> Key) -> [Int] {
                view.risks.map { (items[$0].isClosed ? 1 : 0, key($0), $0) }.sorted(by: <).map(\.2)
            }
            switch sort {
            case .id: return by { items[$0].risk.id }
            case .owner: return by { items[$0].risk.owner.label }
            case .reviewDate: return by { items[$0].reviewDue?.ordinal ?? Int.min }
            case .score: return by { -items[$0].residualScore * 100 - items[$0].inherentScore }
            }
        }
    }

    public static func initiatives(_ view: VisibleItems, _ sort: InitiativeSort) -> [Int] {
        view.model.cache.order(view.cacheKey(.initiatives(sort))) {
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
            case .health: return view.initiatives.sorted { (healthRank($0), $0) < (healthRank($1), $1) }
            case .behindPlan:
                return view.initiatives.sorted {
                    (-(items[$0].pointsBehind ?? -1000), $0) < (-(items[$1].pointsBehind ?? -1000), $1)
                }
            case .dueDate:
                // Undated last.
                func due(_ i: Int) -> Int { items[i].initiative.due?.ordinal ?? Int.max }
                return view.initiatives.sorted { (due($0), $0) < (due($1), $1) }
            case .roadmap: return view.initiatives
            }
        }
    }

    public static func findings(_ view: VisibleItems, _ sort: FindingSort) -> [Int] {
        guard sort == .owner else { return view.findings }
        return view.model.cache.order(view.cacheKey(.findings(sort))) {
            let owners = view.model.findingOwners
            let rank = view.findings.map { owners[$0].map(\.label).sorted().joined(separator: "+") }
            return zip(view.findings, rank).sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        }
    }

    /// Open actions first, by due date (the most overdue on top, undated last), then done, then
    /// dropped; by owner or by the meeting that raised them within that.
    public static func actions(_ view: VisibleItems, _ sort: ActionSort) -> [Int] {
        view.model.cache.order(view.cacheKey(.actions(sort))) {
            let items = view.model.card.actions ?? []
            func key(_ i: Int) -> (Int, String, Int, Int) {
                let action = items[i].action
                let state = [ActionStatus.open: 0, .done: 1, .dropped: 2][action.status]!
                let due = action.due?.ordinal ?? Int.max
                switch sort {
                case .due: return (state, "", due, i)
                case .owner: return (state, action.owner.label, due, i)
                case .raised: return (state, "", -(action.raised?.ordinal ?? Int.min + 1), i)
                }
            }
            return view.actions.sorted { key($0) < key($1) }
        }
    }

    static func rank(_ status: KPIStatus) -> Int {
        switch status {
        case .red: 0
        case .amber: 1
        case .stale: 2
        case .noData: 3
        case .green: 4
        }
    }
}
