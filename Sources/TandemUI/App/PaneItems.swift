import TandemCore

/// The rows of each pane, for the filter, lens and sort in force. The panes draw and `update`
/// moves through exactly these lists.
public enum PaneItems {
    /// The key of the item on row `row` of a pane, if there is one.
    public static func key(_ pane: Pane, _ view: VisibleItems, _ state: AppState, row: Int) -> ItemKey? {
        let card = view.model.card
        func at(_ order: [Int]) -> Int? { row >= 0 && row < order.count ? order[row] : nil }
        switch pane {
        case .overview:
            let rows = overview(view)
            return row >= 0 && row < rows.count ? rows[row].key(card) : nil
        case .kpis: return at(PaneOrder.kpis(view, state.sorts.kpis)).map { .kpi(card.kpis[$0].kpi.id) }
        case .risks: return at(PaneOrder.risks(view, state.sorts.risks)).map { .risk(card.risks[$0].risk.id) }
        case .initiatives:
            return at(PaneOrder.initiatives(view, state.sorts.initiatives)).map {
                .initiative(card.initiatives[$0].initiative.id)
            }
        case .alignment:
            return at(PaneOrder.findings(view, state.sorts.findings)).map {
                .finding(ViewModel.key(of: card.findings[$0]))
            }
        case .actions:
            return at(PaneOrder.actions(view, state.sorts.actions)).flatMap { card.actions?[$0] }.map {
                .action($0.action.id)
            }
        }
    }

    /// The key of every row of a pane, in order; nil for rows with nothing to open.
    public static func keys(_ pane: Pane, _ view: VisibleItems, _ state: AppState) -> [ItemKey?] {
        let card = view.model.card
        switch pane {
        case .overview: return overview(view).map { $0.key(card) }
        case .kpis: return PaneOrder.kpis(view, state.sorts.kpis).map { .kpi(card.kpis[$0].kpi.id) }
        case .risks: return PaneOrder.risks(view, state.sorts.risks).map { .risk(card.risks[$0].risk.id) }
        case .initiatives:
            return PaneOrder.initiatives(view, state.sorts.initiatives).map {
                .initiative(card.initiatives[$0].initiative.id)
            }
        case .alignment:
            return PaneOrder.findings(view, state.sorts.findings).map {
                .finding(ViewModel.key(of: card.findings[$0]))
            }
        case .actions:
            let actions = card.actions ?? []
            return PaneOrder.actions(view, state.sorts.actions).map { .action(actions[$0].action.id) }
        }
    }

    public static func count(_ pane: Pane, _ view: VisibleItems, _ state: AppState) -> Int {
        switch pane {
        case .overview: overview(view).count
        case .kpis: view.kpis.count
        case .risks: view.risks.count
        case .initiatives: view.initiatives.count
        case .alignment: view.findings.count
        case .actions: view.actions.count
        }
    }

    /// The overview's list: what needs attention among the items the view lets through (rows left
    /// out first, unless filtering), most urgent first by the engine's `Attention` rule; showing
    /// only what changed, every change since the baseline.
    public static func overview(_ view: VisibleItems) -> [OverviewRow] {
        view.model.cache.overview(view.cacheKey(.overview)) {
            if view.changedOnly { return changes(view).map(OverviewRow.change) }
            return Attention.items(
                view.model.card, kpis: view.kpis, risks: view.risks, initiatives: view.initiatives,
                actions: view.actions, rowsLeftOut: view.filter.isEmpty
            ).map(OverviewRow.attention)
        }
    }

    /// The changes since the baseline among the items the view lets through; removed items and
    /// resolved findings by their owners and names.
    public static func changes(_ view: VisibleItems) -> [ItemChange] {
        guard let changes = view.model.changes else { return [] }
        let card = view.model.card
        let shown: [ChangeArea: Set<String>] = [
            .kpi: Set(view.kpis.map { card.kpis[$0].kpi.id }),
            .risk: Set(view.risks.map { card.risks[$0].risk.id }),
            .initiative: Set(view.initiatives.map { card.initiatives[$0].initiative.id }),
            .finding: Set(view.findings.map { ViewModel.key(of: card.findings[$0]) }),
            .action: Set(view.actions.compactMap { card.actions?[$0].action.id }),
        ]
        let needle = view.filter.lowercased()
        return changes.items.filter { change in
            guard change.direction == .removed || change.direction == .resolved else {
                return shown[change.area]?.contains(change.id) == true
            }
            return change.owners.contains(where: view.lens.includes)
                && (needle.isEmpty || (change.id + " " + change.name).lowercased().contains(needle))
        }
    }
}
