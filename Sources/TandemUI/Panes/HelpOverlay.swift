/// The keyboard map, generated from the binding table, in a box over the pane.
enum HelpOverlay {
    static func draw(into buffer: inout CellBuffer, _ area: Rect) {
        let bindings = KeyBindings.documented
        let labelWidth = bindings.map { $0.label.displayWidth }.max() ?? 0
        let lines: [Line] = bindings.map { [Span($0.label.padded(to: labelWidth + 2), .accent), Span($0.help)] }
            + [[], [Span("Mouse: click a tab or a row to select it; the wheel scrolls.", .muted)]]
        let width = min(area.width, max(lines.map(\.width).max() ?? 0, 40) + 4)
        let height = min(area.height, lines.count + 2)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(rect)
        let inner = Frame.draw(into: &buffer, rect, title: [Span("Keys", .title)], focused: true, footer: [Span("Esc or ? closes", .muted)])
        for (index, line) in lines.prefix(inner.height).enumerated() {
            buffer.put(line, in: inner.row(index).inset(left: 1))
        }
    }
}
