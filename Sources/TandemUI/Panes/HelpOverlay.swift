/// The keyboard map, generated from the binding table, in place of the pane; in two columns when
/// one does not fit the height.
enum HelpOverlay {
    static func draw(into buffer: inout CellBuffer, _ area: Rect) {
        let bindings = KeyBindings.documented
        let labelWidth = bindings.map { $0.label.displayWidth }.max() ?? 0
        let entries: [Line] = bindings.map { [Span($0.label.padded(to: labelWidth + 2), .accent), Span($0.help)] }
        let mouse: Line = [Span("Mouse: click a tab or a row; click the selected row to open it; the wheel scrolls.", .muted)]
        let g = buffer.glyphs
        let notes: [Line] = [
            [Span("\(g.bullet) status   \(g.up)\(g.down) change: green better, red worse   \(g.trendUp)\(g.trendDown)\(g.trendFlat) trend of the last six values", .muted)],
            [Span("\(g.planMarker) where progress should be by now   16\(g.rightArrow)12 inherent\(g.rightArrow)residual score   \(g.warning) overdue, missed or left out", .muted)],
            [Span("Since the baseline: \(g.changedNew) new  \(g.changedBetter) better  \(g.changedWorse) worse  \(g.changedOther) changed otherwise (before the name)", .muted)],
            mouse,
        ]
        let columns = entries.count + notes.count + 1 <= area.height - 2 ? 1 : 2
        let perColumn = (entries.count + columns - 1) / columns
        let rect = area
        let inner = Frame.draw(into: &buffer, rect, title: [Span("Keys", .title)], focused: true, footer: [Span("Esc or ? closes", .muted)])
        let columnWidth = columns == 1 ? inner.width - 1 : (inner.width - 1 - 3) / 2
        for (index, entry) in entries.enumerated() {
            let row = index % perColumn, column = index / perColumn
            guard row < inner.height - notes.count - 1 else { continue }
            buffer.put(entry, in: Rect(x: inner.x + 1 + column * (columnWidth + 3), y: inner.y + row, width: columnWidth, height: 1))
        }
        for (index, note) in notes.enumerated() where inner.height > notes.count + 1 {
            buffer.put(note, in: inner.row(inner.height - notes.count + index).inset(left: 1, right: 1))
        }
    }
}
