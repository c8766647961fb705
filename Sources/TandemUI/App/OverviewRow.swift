import TandemCore

/// A row of the overview's list: something that needs attention or, showing only what changed, a
/// change since the baseline. Data only; `OverviewRowText` words it when it is drawn.
public enum OverviewRow: Sendable {
    case attention(AttentionItem)
    /// Boxed: a change is twice the size of an attention item, of which 100,000 generated risks
    /// make 37,000 rows (826 fewer page faults).
    indirect case change(ItemChange)

    /// The item Enter opens; nil for rows left out and for what is no longer in the data.
    public func key(_ card: Scorecard) -> ItemKey? {
        switch self {
        case .attention(let item):
            switch item.subject {
            case .kpi(let index): .kpi(card.kpis[index].kpi.id)
            case .risk(let index): .risk(card.risks[index].risk.id)
            case .initiative(let index): .initiative(card.initiatives[index].initiative.id)
            case .action(let index): card.actions.map { .action($0[index].action.id) }
            case .rowLeftOut, .moreRowsLeftOut: nil
            }
        case .change(let change):
            change.direction == .removed || change.direction == .resolved ? nil : ItemKey(change.area, change.id)
        }
    }

    /// The diagnostic Enter opens, for a row left out.
    public var diagnostic: Int? {
        if case .attention(let item) = self { item.diagnostic } else { nil }
    }
}
