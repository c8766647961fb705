/// Findings that appeared or were resolved since the baseline.
extension Changes {
    /// An unowned decision is not compared: it is about the baseline itself (a finding it had
    /// that nobody took), so it is always "new" against it and would say nothing.
    static func findingChanges(_ baseline: Baseline, _ card: Scorecard) -> [ItemChange] {
        let before = baseline.findings.filter { $0.kind != .unownedDecision }
        let after = card.findings.filter { $0.kind != .unownedDecision }
        let earlier = Set(before.map { findingID(kind: $0.kind, ids: $0.ids) })
        let current = Set(after.map { findingID(kind: $0.kind, ids: $0.ids) })
        // Owners of the items a finding names, from the data now or, for gone items, the baseline.
        var owners: [String: Owner] = [:]
        for kpi in baseline.kpis { owners[kpi.id] = kpi.owner }
        for risk in baseline.risks { owners[risk.id] = risk.owner }
        for initiative in baseline.initiatives { owners[initiative.id] = initiative.sponsor }
        for item in card.kpis { owners[item.kpi.id] = item.kpi.owner }
        for item in card.risks { owners[item.risk.id] = item.risk.owner }
        for item in card.initiatives { owners[item.initiative.id] = item.initiative.sponsor }
        func ownersOf(_ ids: [String]) -> [Owner] {
            Owner.allCases.filter { owner in ids.contains { owners[$0] == owner } }
        }

        var changes: [ItemChange] = []
        for finding in after {
            let id = findingID(kind: finding.kind, ids: finding.ids)
            guard !earlier.contains(id) else { continue }
            changes.append(
                ItemChange(
                    area: .finding, id: id,
                    name: "\(finding.kind.title): \(Finding(kind: finding.kind, ids: finding.ids).idList())",
                    owners: ownersOf(finding.ids), direction: .new, notes: ["new finding"]))
        }
        for finding in before {
            let id = findingID(kind: finding.kind, ids: finding.ids)
            guard !current.contains(id) else { continue }
            changes.append(
                ItemChange(
                    area: .finding, id: id,
                    name: "\(finding.kind.title): \(Finding(kind: finding.kind, ids: finding.ids).idList())",
                    owners: ownersOf(finding.ids), direction: .resolved, notes: ["resolved"]))
        }
        return changes
    }
}
