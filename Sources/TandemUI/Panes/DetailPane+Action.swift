import TandemCore

/// An action's detail: who answers for it and who does it, when it is due or was done, the meeting
/// that agreed it, and what it is about; and, on every other detail, the actions that link it.
extension DetailPane {
    static func actionLines(_ item: ActionAssessment, model: ViewModel, width: Int, _ g: Glyphs) -> [Line] {
        let action = item.action
        let asOf = model.card.asOf
        var due: Line = [Span(action.due?.description ?? "none set", action.due == nil ? .muted : .text)]
        if let late = item.daysLate {
            due.append(Span("  \(g.warning) \(plural(late, "day")) overdue", .statusAmber))
        } else if item.isDueSoon, let day = action.due {
            let left = day.ordinal - asOf.ordinal
            due.append(Span(left == 0 ? "  due today" : "  due in \(plural(left, "day"))", .muted))
        }
        var lines: [Line] = [
            field("Status", [StatusBadge.action(item, g)] + (action.done.map { [Span("  on \($0)")] } ?? [])),
            field("Owner", owner(action.owner, model.settings)),
            field("Assignee", action.assignee.isEmpty ? "—" : action.assignee),
            field("Due", due),
            field("Raised", action.raised.map { "at the meeting of \($0)" } ?? "—"),
        ]
        // The note with the other fields, before the list of what the action is on.
        lines += paragraph("Note", action.note, width: width)
        lines += heading("On")
        if action.links.isEmpty { lines.append([Span("no item linked", .muted)]) }
        for id in action.links { lines.append(linkedItem(id, model: model, g)) }
        return lines
    }

    /// One linked item, by its badge, name and id.
    private static func linkedItem(_ id: String, model: ViewModel, _ g: Glyphs) -> Line {
        if let kpi = model.kpi(id) { return [StatusBadge.kpi(kpi, g), Span("  KPI  \(kpi.kpi.name) (\(id))")] }
        if let risk = model.risk(id) {
            return [StatusBadge.band(risk.band, g), Span("  Risk  \(risk.risk.title) (\(id))")]
        }
        if let initiative = model.initiative(id) {
            return [StatusBadge.health(initiative, g), Span("  Initiative  \(initiative.initiative.name) (\(id))")]
        }
        if let other = model.action(id) {
            return [StatusBadge.action(other, g), Span("  Action  \(other.action.title) (\(id))")]
        }
        return [Span(id, .muted)]
    }

    /// The actions that link any of `ids`, for the detail of what they name; nothing when the
    /// workspace keeps no actions.
    static func linkedActions(_ ids: [String], model: ViewModel, _ g: Glyphs) -> [Line] {
        guard let actions = model.card.actions else { return [] }
        let linked = model.card.links.actions(linkingAny: ids)
        var lines = heading("Actions")
        if linked.isEmpty { lines.append([Span("none yet: press a to add one", .muted)]) }
        for index in linked {
            let item = actions[index]
            let due = item.action.due.map { ", due \($0.short(from: model.card.asOf))" } ?? ""
            let who = item.action.assignee.isEmpty ? item.action.owner.label : item.action.assignee
            lines.append([
                StatusBadge.action(item, g), Span("  \(item.action.title) (\(item.action.id)), \(who)\(due)"),
            ])
        }
        return lines
    }
}
