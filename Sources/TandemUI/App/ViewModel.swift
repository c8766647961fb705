import TandemCore

/// The view model: the computed workspace prepared for the views: items by id, search text and owners, each
/// made once per load when first needed (not before the first frame), so that key presses only filter and sort.
public struct ViewModel: Sendable {
    public let card: Scorecard
    /// What changed since the baseline, when there is one to compare with.
    public let changes: Changes?
    let cache = ViewCache()

    public init(_ card: Scorecard, changes: Changes? = nil) {
        self.card = card
        self.changes = changes
    }

    /// The owners of the items each finding names: made when first asked for (a lens, the
    /// Alignment pane, the brief), as it reads every risk's id, which the first frame does not need.
    var findingOwners: [Set<Owner>] { cache.findingOwners { Self.findingOwners(card) } }

    private static func findingOwners(_ card: Scorecard) -> [Set<Owner>] {
        // Only the ids findings name are looked up, not every item indexed.
        let named = Set(card.findings.flatMap(\.ids))
        func owners(_ count: Int, _ id: (Int) -> String, _ owner: (Int) -> Owner) -> [String: Owner] {
            var owners: [String: Owner] = [:]
            // Backwards, so that the first of an id given twice is the one kept.
            for position in (0..<count).reversed() where named.contains(id(position)) {
                owners[id(position)] = owner(position)
            }
            return owners
        }
        let k = owners(card.kpis.count, { card.kpis[$0].kpi.id }, { card.kpis[$0].kpi.owner })
        // Each risk as the register holds it, not through its assessment: one pass over memory, not two.
        let register = card.workspace.risks
        let r = owners(register.count, { register[$0].id }, { register[$0].owner })
        let i = owners(
            card.initiatives.count, { card.initiatives[$0].initiative.id }, { card.initiatives[$0].initiative.sponsor })
        return card.findings.map { finding in Set(finding.ids.compactMap { k[$0] ?? r[$0] ?? i[$0] }) }
    }

    /// Each id's first index, by kind: made when first asked for (a detail, a link), not at start-up.
    var kpiIndex: [String: Int] {
        cache.index(.kpis) { [String: Int](firstPositionsOf: card.kpis.count) { card.kpis[$0].kpi.id } }
    }
    var riskIndex: [String: Int] {
        cache.index(.risks) { [String: Int](firstPositionsOf: card.risks.count) { card.risks[$0].risk.id } }
    }
    var initiativeIndex: [String: Int] {
        cache.index(.initiatives) {
            [String: Int](firstPositionsOf: card.initiatives.count) { card.initiatives[$0].initiative.id }
        }
    }
    var actionIndex: [String: Int] {
        cache.index(.actions) {
            let actions = card.actions ?? []
            return [String: Int](firstPositionsOf: actions.count) { actions[$0].action.id }
        }
    }

    public var settings: Settings { card.workspace.settings }

    /// What the filter searches, per item: lowercased UTF-8, searched as bytes (a String search
    /// per item per key press was the slowest part of typing a filter on large data). Made on
    /// the first filter, not at start-up, where nobody has typed anything yet.
    struct SearchTexts {
        let kpis, risks, initiatives, findings, actions: SearchText
    }

    var searchTexts: SearchTexts {
        cache.searchTexts {
            let (kpis, risks, initiatives) = (card.kpis, card.risks, card.initiatives)
            let actions = card.actions ?? []
            return SearchTexts(
                kpis: SearchText(count: kpis.count) {
                    let item = kpis[$0]
                    return [
                        item.kpi.id, item.kpi.name, item.kpi.owner.label, item.kpi.domain, item.status.rawValue,
                        item.kpi.unit,
                    ]
                },
                risks: SearchText(count: risks.count) {
                    [
                        risks[$0].risk.id, risks[$0].risk.title, risks[$0].risk.owner.label, risks[$0].risk.category,
                        risks[$0].band.rawValue, risks[$0].risk.status.rawValue,
                    ]
                },
                initiatives: SearchText(count: initiatives.count) {
                    let item = initiatives[$0]
                    return [
                        item.initiative.id, item.initiative.name, item.initiative.sponsor.label, item.initiative.lead,
                        item.initiative.stage.rawValue, item.health?.rawValue ?? "",
                    ]
                },
                findings: SearchText(count: card.findings.count) {
                    let finding = card.findings[$0]
                    return [finding.kind.title, finding.detail] + finding.ids + finding.on
                },
                actions: SearchText(count: actions.count) {
                    let item = actions[$0].action
                    return [item.id, item.title, item.owner.label, item.assignee, item.status.rawValue, item.note]
                        + item.links
                })
        }
    }

    public func kpi(_ id: String) -> KPIAssessment? { kpiIndex[id].map { card.kpis[$0] } }
    public func risk(_ id: String) -> RiskAssessment? { riskIndex[id].map { card.risks[$0] } }
    public func initiative(_ id: String) -> InitiativeAssessment? { initiativeIndex[id].map { card.initiatives[$0] } }
    public func action(_ id: String) -> ActionAssessment? { actionIndex[id].flatMap { card.actions?[$0] } }

    /// The finding's key: its kind and ids.
    public static func key(of finding: Finding) -> String { Changes.findingID(kind: finding.kind, ids: finding.ids) }

    public func finding(_ key: String) -> Finding? { card.findings.first { Self.key(of: $0) == key } }

    /// What the lens, the filter and "only what changed" let through.
    public func filtered(lens: OwnerLens, filter: String, changedOnly: Bool = false) -> VisibleItems {
        let changedOnly = changedOnly && changes != nil
        // Only the item lists are cached: a cached VisibleItems holds this ViewModel, which holds
        // the cache, and that cycle kept every workspace ever loaded alive after a reload.
        let items = cache.visible(.init(lens: lens, filter: filter, changedOnly: changedOnly, list: .visible)) {
            VisibleItems.Items(self, lens: lens, filter: filter, changedOnly: changedOnly)
        }
        return VisibleItems(model: self, lens: lens, filter: filter, changedOnly: changedOnly, items: items)
    }

    /// What the state's lens, filter and "only what changed" let through.
    public func filtered(_ state: AppState) -> VisibleItems {
        filtered(lens: state.lens, filter: state.filter, changedOnly: state.changedOnly)
    }

    /// The change of an item since the baseline, if it changed.
    public func change(_ key: ItemKey) -> ItemChange? { changes?.change(key.area, key.id) }
}
