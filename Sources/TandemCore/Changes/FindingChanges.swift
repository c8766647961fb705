/// Findings that appeared or were resolved since the baseline.
extension Changes {
    /// An unowned decision is not compared: it is about the baseline itself (a finding it had
    /// that nobody took), so it is always "new" against it and would say nothing.
    static func findingChanges(_ baseline: Baseline, _ card: Scorecard) -> [ItemChange] {
        // By place, each finding's identity made once: they are thousands, each a text, and
        // copying them to leave out the unowned decisions retained all their texts.
        let (was, now) = (baseline.findings, card.findings)
        let before = was.indices.filter { was[$0].kind != .unownedDecision }
        let after = now.indices.filter { now[$0].kind != .unownedDecision }
        let (beforeIDs, afterIDs) = (
            before.map { findingID(kind: was[$0].kind, ids: was[$0].ids) },
            after.map { findingID(kind: now[$0].kind, ids: now[$0].ids) }
        )
        let (earlier, current) = (Set(beforeIDs), Set(afterIDs))
        // Owners of the items a finding names, from the data now or, for gone items, the baseline;
        // only of the ids the findings that changed name: every item's, at 100,000 risks, was two
        // hundred thousand insertions for a handful of findings.
        let appeared = after.indices.filter { !earlier.contains(afterIDs[$0]) }.map { now[after[$0]] }
        let resolved = before.indices.filter { !current.contains(beforeIDs[$0]) }.map { was[before[$0]] }
        let named = Set(appeared.flatMap(\.ids) + resolved.flatMap(\.ids))
        var owners: [String: Owner] = [:]
        if !named.isEmpty {
            // By index: `for item in` copied each item, a KPI's assessment with its whole history.
            func note(_ id: String, _ owner: Owner) { if named.contains(id) { owners[id] = owner } }
            for index in baseline.kpis.indices { note(baseline.kpis[index].id, baseline.kpis[index].owner) }
            for index in baseline.risks.indices { note(baseline.risks[index].id, baseline.risks[index].owner) }
            for index in baseline.initiatives.indices {
                note(baseline.initiatives[index].id, baseline.initiatives[index].sponsor)
            }
            for index in card.kpis.indices { note(card.kpis[index].kpi.id, card.kpis[index].kpi.owner) }
            let register = card.workspace.risks
            for index in register.indices { note(register[index].id, register[index].owner) }
            for index in card.initiatives.indices {
                note(card.initiatives[index].initiative.id, card.initiatives[index].initiative.sponsor)
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
