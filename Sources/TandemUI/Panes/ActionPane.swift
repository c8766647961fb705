import TandemCore

/// What the last meetings agreed: open actions first by due date, overdue marked, then done and
/// dropped. Without an actions data set, says how to start one.
enum ActionPane {
    static func draw(into buffer: inout CellBuffer, _ rect: Rect, view: VisibleItems, state: AppState) {
        let g = buffer.glyphs
        let card = view.model.card
        guard let actions = card.actions else {
            let inner = Frame.draw(into: &buffer, rect, title: [Span("Actions", .title)], focused: true)
            let lines =
                MissingDataSet.isUnreadable(.actions, card: card)
                ? [MissingDataSet.sentence(.actions, card: card)]
                : [
                    "No actions yet: what a meeting agrees goes in actions.csv.",
                    "Press a to add one, or run: tandem action add TITLE --owner coo DIR",
                ]
            for (index, line) in lines.enumerated() where index < inner.height {
                buffer.put([Span(line, .muted)], in: inner.row(index))
            }
            return
        }
        let order = PaneOrder.actions(view, state.sorts.actions)
        var table = Table(
            columns: [
                TableColumn("Status", width: 10, priority: 10),
                TableColumn("ID", width: 6, minWidth: 4, priority: 6),
                TableColumn("Action", width: 36, minWidth: 16, flexible: true, priority: 9),
                TableColumn("Owner", width: 5, priority: 8),
                TableColumn("Assignee", width: 16, minWidth: 8, priority: 5),
                TableColumn("Due", width: 11, priority: 9),  // never cut: a cut date hides its year
                TableColumn("On", width: 14, minWidth: 6, priority: 3),
            ],
            rows: Array(repeating: .item([]), count: order.count),
            selected: DashboardView.selectedRow(state, count: order.count), offset: state.scroll[.actions] ?? 0)
        let open = order.count { actions[$0].isOpen }
        let overdue = order.count { actions[$0].isOverdue }
        guard
            let (inner, shown) = ListFrame.draw(
                into: &buffer, rect,
                title: [Span("Actions", .title), Span(" \(open) open, \(overdue) overdue of \(order.count)", .muted)],
                table: table, count: order.count, view: view, empty: "No action")
        else { return }
        let changes = view.model.changes
        table.materialize(height: shown) { number in
            let item = actions[order[number]]
            return cells(item, g, asOf: card.asOf, change: changes?.change(.action, item.action.id))
        }
        table.draw(into: &buffer, inner)
    }

    static func cells(_ item: ActionAssessment, _ g: Glyphs, asOf: Day, change: ItemChange? = nil) -> [Line] {
        let action = item.action
        let settled = action.status != .open
        let due: Span
        if let day = action.due {
            due = Span(
                (item.isOverdue ? "\(g.warning) " : "") + day.short(from: asOf),
                item.isOverdue ? .statusAmber : settled ? .muted : .text)
        } else {
            due = Span("—", .muted)
        }
        return [
            [StatusBadge.action(item, g)],
            [Span(action.id, .muted)],
            ChangeMarker.prefix(change, g) + [Span(action.title, settled ? .muted : .text)],
            [Span(action.owner.label, .muted)],
            [Span(action.assignee, .muted)],
            [due],
            [Span(action.links.joined(separator: " "), .muted)],
        ]
    }
}
