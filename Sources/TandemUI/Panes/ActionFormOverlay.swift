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

    /// The value as it fits its line; the focused one ends with the cursor and, when too long,
    /// shows its end, where the typing is.
    private static func visible(_ value: String, focused: Bool, width: Int, _ g: Glyphs) -> String {
        guard focused else { return value.truncated(to: width, ellipsis: g.ellipsis) }
        let typed = value + "_"
        guard typed.displayWidth > width else { return typed }
        return g.ellipsis + typed.suffix(fittingWidth: max(1, width - g.ellipsis.displayWidth))
    }

    static func draw(into buffer: inout CellBuffer, _ area: Rect, form: ActionForm, asOf: Day) {
        let g = buffer.glyphs
        let width = min(area.width, 96)
        // A refused field's reason wraps under it: every word of why is worth reading.
        let indent = 13
        let reasons = form.problems.mapValues {
            TextBlock.wrap("\(g.warning) \($0)", width: max(10, width - 4 - indent))
        }
        let height = min(area.height, 2 + ActionField.allCases.count + reasons.values.reduce(0) { $0 + $1.count } + 1)
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
                : [Span(visible(value, focused: focused, width: inner.width - 2 - 12, g), .text)]
            buffer.put([label] + shown, in: inner.row(row).inset(left: 1, right: 1))
            if focused { buffer.select(inner.row(row)) }
            row += 1
            for line in reasons[field] ?? [] where row < inner.height {
                buffer.put([Span(line, .statusRed)], in: inner.row(row).inset(left: indent, right: 1))
                row += 1
            }
        }
    }
}
