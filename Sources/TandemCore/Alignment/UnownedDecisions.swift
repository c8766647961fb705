/// The "unowned decision" finding of SPEC.md: a finding the baseline also had that no action
/// answers (`Scorecard.actions(answering:)`), so the last meeting saw it and nobody took it. It needs the
/// baseline, which the scorecard does not know, so it is added where the baseline is chosen.
enum UnownedDecisions {
    /// One finding per set of ids: when two findings on the same items are both unowned, one
    /// decision names them both (`about`), so each keeps one key on the Alignment pane.
    /// - Returns: none when the workspace has no actions data set (nothing could answer them).
    static func findings(_ findings: [Finding], in card: Scorecard, baseline: Baseline) -> [Finding] {
        guard card.actions != nil else { return [] }
        let earlier = Set(
            baseline.findings.filter { $0.kind != .unownedDecision }.map {
                Changes.findingID(kind: $0.kind, ids: $0.ids)
            })
        var byIDs: [[String]: [Finding]] = [:]
        var order: [[String]] = []
        for finding in findings where finding.kind != .unownedDecision {
            guard earlier.contains(Changes.findingID(kind: finding.kind, ids: finding.ids)),
                card.actions(answering: finding.ids).isEmpty
            else { continue }
            if byIDs[finding.ids] == nil { order.append(finding.ids) }
            byIDs[finding.ids, default: []].append(finding)
        }
        return order.map { ids in
            let group = byIDs[ids]!
            let what = group.map { $0.detail.isEmpty ? "\($0.kind.title): \($0.idList())" : $0.detail }
            return Finding(
                kind: .unownedDecision, ids: ids,
                detail: what.joined(separator: "; ") + "; seen on \(baseline.asOf) and no action answers it",
                about: group.map(\.kind))
        }
    }
}

extension Scorecard {
    /// The actions that answer a finding on `ids`: those that link any of them and are not
    /// dropped (a done one answered it). The one rule the unowned decisions and the brief share.
    /// - Returns: none when the workspace has no actions data set.
    public func actions(answering ids: [String]) -> [ActionAssessment] {
        guard let actions else { return [] }
        return links.actions(linkingAny: ids).map { actions[$0] }.filter { $0.action.status != .dropped }
    }

    /// The scorecard measured against a baseline: with its unowned decisions, and what changed.
    /// The one way every output compares, so the dashboard, the brief and the export agree.
    public func compared(with baseline: Baseline) -> (card: Scorecard, changes: Changes) {
        let card = withUnownedDecisions(since: baseline)
        return (card, Changes(since: baseline, to: card))
    }

    /// The scorecard with the unowned decisions measured against `baseline` added to its
    /// findings (in export order), replacing any measured against another.
    public func withUnownedDecisions(since baseline: Baseline) -> Scorecard {
        var card = self
        let own = findings.filter { $0.kind != .unownedDecision }
        card.findings = Finding.inExportOrder(own + UnownedDecisions.findings(own, in: self, baseline: baseline))
        return card
    }
}
