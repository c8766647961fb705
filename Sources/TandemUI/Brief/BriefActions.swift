import TandemCore

/// The brief's side of the accountability loop: what became of the actions agreed at earlier
/// meetings, and for each decision needed, the action that answers it or that none does yet.
/// Said only when the workspace has an actions data set; without one the brief reads as before.
extension Brief {
    /// "Actions from last meeting": overdue first, then still open, then done since the baseline
    /// (all done ones when there is none), each with its owner. Actions raised on the as-of date
    /// are this meeting's, not last meeting's, and are left for the next brief.
    static func actionsSection(_ model: ViewModel) -> Section? {
        let card = model.card
        guard let actions = card.actions else { return nil }
        let since = model.changes?.baseline.asOf
        let earlier = actions.filter { ($0.action.raised ?? Day(ordinal: .min)) < card.asOf }
        func byDue(_ a: ActionAssessment, _ b: ActionAssessment) -> Bool {
            (a.action.due?.ordinal ?? .max, a.action.id) < (b.action.due?.ordinal ?? .max, b.action.id)
        }
        let overdue = earlier.filter(\.isOverdue).sorted(by: byDue)
        let open = earlier.filter { $0.isOpen && !$0.isOverdue }.sorted(by: byDue)
        let done = earlier.filter { item in
            item.action.status == .done && (since == nil || (item.action.done ?? card.asOf) > since!)
        }
        let rows = (overdue + open + done).map { item -> [String] in
            let action = item.action
            let status: String
            switch action.status {
            case .done: status = "Done" + (action.done.map { " \($0.short(from: card.asOf))" } ?? "")
            case .open where item.isOverdue:
                status = "Overdue by \(plural(item.daysLate ?? 0, "day"))"
            default: status = "Open"
            }
            return [
                action.owner.label, "\(action.title) (\(action.id))", status, action.due?.description ?? "",
                action.assignee, action.links.joined(separator: ", "),
            ]
        }
        return cut(
            Section(
                heading: "Actions from last meeting",
                table: Table(
                    headers: ["Owner", "Action", "Status", "Due", "Assignee", "On"], rightAligned: [], rows: rows),
                empty: "No action from an earlier meeting is open or newly done; `tandem action add` records one."))
    }

    /// The decisions the findings call for: those the last meeting already saw and nobody took
    /// (unowned) first, each once, then the rest in export order. With actions, each names the
    /// actions that answer it, or says there is none yet.
    static func decisionList(_ model: ViewModel) -> [String] {
        let card = model.card
        let unowned = Set(
            card.findings.filter { $0.kind == .unownedDecision }.flatMap { finding in
                finding.about.map { Changes.findingID(kind: $0, ids: finding.ids) }
            })
        let own = card.findings.indices.filter { card.findings[$0].kind != .unownedDecision }
        let isUnowned = { (index: Int) in
            unowned.contains(Changes.findingID(kind: card.findings[index].kind, ids: card.findings[index].ids))
        }
        let ordered = own.filter(isUnowned) + own.filter { !isUnowned($0) }
        return ordered.map { index in
            let finding = card.findings[index]
            let text = decision(finding, owner: .combined(model.findingOwners[index]))
            guard card.actions != nil else { return text }
            let answering = card.actions(answering: finding.ids)
            guard !answering.isEmpty else {
                let seen = model.changes.map { " since \($0.baseline.asOf)" } ?? ""
                return text + (isUnowned(index) ? " Unowned: no action yet\(seen)." : " No action yet.")
            }
            let named = answering.map { item in
                let action = item.action
                let when =
                    action.status == .done
                    ? "done" + (action.done.map { " \($0)" } ?? "") : action.due.map { "due \($0)" } ?? "open"
                return "\(action.id) (\(action.owner.label), \(when))"
            }
            return text + " Action\(named.count == 1 ? "" : "s"): \(named.joined(separator: ", "))."
        }
    }

    /// How many decisions the findings call for: each finding once (an unowned decision is a
    /// finding seen again, not another decision), and how many of them are unowned.
    static func decisionCounts(_ card: Scorecard) -> (all: Int, unowned: Int) {
        let unowned = card.findings.filter { $0.kind == .unownedDecision }.reduce(0) { $0 + $1.about.count }
        return (card.findings.count { $0.kind != .unownedDecision }, unowned)
    }
}
