import TandemCore

/// The form for a new action, drawn in a box over the pane: each field on its line with what was
/// typed, the focused one marked and followed by a cursor, and a refused field's reason under it.
enum ActionFormOverlay {
    static let labels: [ActionField: String] = [
        .title: "Action", .owner: "Owner", .assignee: "Assignee", .due: "Due", .links: "On",
    ]

    /// What an empty field means, shown in its place.
    private static func hint(_ field: ActionField, asOf: Day) -> String {
        switch field {
        case .title: "what is to be done"
        case .owner: "cio, coo or joint"
        case .assignee: "who does it (optional)"
        case .due: "\(asOf.adding(days: ActionDue.defaultDays)) (14 days); or YYYY-MM-DD, +10d, +2w"
        case .links: "ids of KPIs, risks, initiatives or actions (optional)"
        }
    }

    static func draw(into buffer: inout CellBuffer, _ area: Rect, form: ActionForm, asOf: Day) {
        let g = buffer.glyphs
        let problems = form.problems.count
        let height = min(area.height, 2 + ActionField.allCases.count + problems + 1)
        let width = min(area.width, 96)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: height)
        buffer.fill(box)
        let inner = Frame.draw(
            into: &buffer, box, title: [Span("New action", .title)], focused: true,
            footer: [Span("Tab next · Shift-Tab back · Enter saves · Esc cancels", .muted)])
        var row = 0
        for field in ActionField.allCases where row < inner.height {
            let focused = field == form.focus
            let value = form.value(field)
            let label = Span((focused ? "\(g.selectionMarker) " : "  ") + labels[field]!.padded(to: 10), .accent)
            let shown: [Span] =
                value.isEmpty
                ? [Span(focused ? "_" : "", .text), Span(" " + hint(field, asOf: asOf), .muted)]
                : [Span(value + (focused ? "_" : ""), .text)]
            buffer.put([label] + shown, in: inner.row(row).inset(left: 1, right: 1))
            if focused { buffer.select(inner.row(row)) }
            row += 1
            if let problem = form.problems[field], row < inner.height {
                buffer.put(
                    [Span("  " + String(repeating: " ", count: 10) + "\(g.warning) \(problem)", .statusRed)],
                    in: inner.row(row).inset(left: 1, right: 1))
                row += 1
            }
        }
    }
}
