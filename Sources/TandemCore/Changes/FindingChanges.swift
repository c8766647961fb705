/// Findings that appeared or were resolved since the baseline.
extension Changes {
    /// An unowned decision is not compared: it is about the baseline itself (a finding it had
    /// that nobody took), so it is always "new" against it and would say nothing.
    static func findingChanges(_ baseline: Baseline, _ card: Scorecard) -> [ItemChange] {
        let before = baseline.findings.filter { $0.kind != .unownedDecision }
        let after = card.findings.filter { $0.kind != .unownedDecision }
        // Each finding's identity made once: they are thousands, and each is a text.
        let (beforeIDs, afterIDs) = (
            before.map { findingID(kind: $0.kind, ids: $0.ids) }, after.map { findingID(kind: $0.kind, ids: $0.ids) }
        )
        let (earlier, current) = (Set(beforeIDs), Set(afterIDs))
        // Owners of the items a finding names, from the data now or, for gone items, the baseline;
        // only of the ids the findings that changed name: every item's, at 100,000 risks, was two
        // hundred thousand insertions for a handful of findings.
        let appeared = after.indices.filter { !earlier.contains(afterIDs[$0]) }.map { after[$0] }
        let resolved = before.indices.filter { !current.contains(beforeIDs[$0]) }.map { before[$0] }
        let named = Set(appeared.flatMap(\.ids) + resolved.flatMap(\.ids))
        var owners: [String: Owner] = [:]
        if !named.isEmpty {
            // By index where there are many: `for risk in` copied each risk, strings and all.
            let (was, register) = (baseline.risks, card.workspace.risks)
            for kpi in baseline.kpis where named.contains(kpi.id) { owners[kpi.id] = kpi.owner }
            for index in was.indices where named.contains(was[index].id) { owners[was[index].id] = was[index].owner }
            for initiative in baseline.initiatives where named.contains(initiative.id) {
                owners[initiative.id] = initiative.sponsor
            }
            for item in card.kpis where named.contains(item.kpi.id) { owners[item.kpi.id] = item.kpi.owner }
            for index in register.indices where named.contains(register[index].id) {
                owners[register[index].id] = register[index].owner
            }
            for item in card.initiatives where named.contains(item.initiative.id) {
                owners[item.initiative.id] = item.initiative.sponsor
            }
        }
        func ownersOf(_ ids: [String]) -> [Owner] {
            Owner.allCases.filter { owner in ids.contains { owners[$0] == owner } }
        }

        var changes: [ItemChange] = []
        for finding in appeared {
            changes.append(
                ItemChange(
                    area: .finding, id: findingID(kind: finding.kind, ids: finding.ids),
                    name: "\(finding.kind.title): \(Finding(kind: finding.kind, ids: finding.ids).idList())",
                    owners: ownersOf(finding.ids), direction: .new, notes: ["new finding"]))
        }
        for finding in resolved {
            changes.append(
                ItemChange(
                    area: .finding, id: findingID(kind: finding.kind, ids: finding.ids),
                    name: "\(finding.kind.title): \(Finding(kind: finding.kind, ids: finding.ids).idList())",
                    owners: ownersOf(finding.ids), direction: .resolved, notes: ["resolved"]))
        }
        return changes
    }
}
