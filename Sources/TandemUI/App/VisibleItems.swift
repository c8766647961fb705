import TandemCore

/// The items that pass the owner lens, the filter text and "only what changed", in file order.
public struct VisibleItems: Sendable {
    public let model: ViewModel
    public let lens: OwnerLens
    public let filter: String
    /// Only items that changed since the baseline (never set without one).
    public let changedOnly: Bool
    public let kpis: [Int]
    public let risks: [Int]
    public let initiatives: [Int]
    public let findings: [Int]
    /// Empty when the workspace has no actions data set.
    public let actions: [Int]

    init(model: ViewModel, lens: OwnerLens, filter: String, changedOnly: Bool, items: Items) {
        self.model = model
        self.lens = lens
        self.filter = filter
        self.changedOnly = changedOnly
        (kpis, risks, initiatives, findings) = (items.kpis, items.risks, items.initiatives, items.findings)
        actions = items.actions
    }

    /// The indices of the items that pass, per kind.
    struct Items {
        let kpis, risks, initiatives, findings, actions: [Int]

        init(_ d: ViewModel, lens: OwnerLens, filter: String, changedOnly: Bool) {
            let needle = Array(filter.lowercased().utf8)
            let texts = needle.isEmpty ? nil : d.searchTexts
            let changes = changedOnly ? d.changes : nil
            // The owner only read for a lens: reading it is a trip to memory per item.
            func passes(
                _ owner: @autoclosure () -> Owner, _ search: SearchText?, _ index: Int, _ area: ChangeArea,
                _ id: @autoclosure () -> String
            ) -> Bool {
                (lens == .all || lens.includes(owner()))
                    && (search.map { $0.contains(needle, item: index) } ?? true)
                    && (changes.map { $0.change(area, id()) != nil } ?? true)
            }
            let card = d.card
            // Nothing to leave out: every item, without reading each one's owner (at 100,000 risks
            // that reading was most of the first frame's filtering). Every finding names items of
            // this workspace (the engine finds them there), so each has an owner and passes.
            guard lens != .all || !needle.isEmpty || changes != nil else {
                (kpis, risks, initiatives) = (
                    Array(card.kpis.indices), Array(card.risks.indices), Array(card.initiatives.indices)
                )
                findings = Array(card.findings.indices)
                actions = Array((card.actions ?? []).indices)
                return
            }
            kpis = card.kpis.indices.filter {
                passes(card.kpis[$0].kpi.owner, texts?.kpis, $0, .kpi, card.kpis[$0].kpi.id)
            }
            risks = card.risks.indices.filter {
                passes(card.risks[$0].risk.owner, texts?.risks, $0, .risk, card.risks[$0].risk.id)
            }
            initiatives = card.initiatives.indices.filter {
                passes(
                    card.initiatives[$0].initiative.sponsor, texts?.initiatives, $0, .initiative,
                    card.initiatives[$0].initiative.id)
            }
            // Every finding names items of this workspace, so it has an owner: no lens, no need to
            // find who (which reads every risk's id).
            let owners = lens == .all ? nil : d.findingOwners
            findings = card.findings.indices.filter { index in
                (owners.map { $0[index].contains(where: lens.includes) } ?? true)
                    && (texts.map { $0.findings.contains(needle, item: index) } ?? true)
                    && (changes.map { $0.change(.finding, ViewModel.key(of: card.findings[index])) != nil } ?? true)
            }
            let actionList = card.actions ?? []
            actions = actionList.indices.filter {
                passes(actionList[$0].action.owner, texts?.actions, $0, .action, actionList[$0].action.id)
            }
        }
    }
}

extension VisibleItems {
    /// The cache key of a list derived from this view, for its lens and filter.
    func cacheKey(_ list: ViewCache.List) -> ViewCache.Key {
        .init(lens: lens, filter: filter, changedOnly: changedOnly, list: list)
    }
}
