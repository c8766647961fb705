/// The keyboard map, generated from the binding table, in place of the pane; in two columns when
/// one does not fit the height. A description too long for its column wraps under itself rather
/// than being cut: help is read when something is unclear, so every sentence is whole.
enum HelpOverlay {
    static func draw(into buffer: inout CellBuffer, _ area: Rect) {
        let bindings = KeyBindings.documented
        let g = buffer.glyphs
        let notes = [
            "\(g.bullet) status  \(g.up)\(g.down) change: green better, red worse "
                + " \(g.trendUp)\(g.trendDown)\(g.trendFlat) trend of last six values",
            "\(g.planMarker) where progress should be by now  16\(g.rightArrow)12\(g.rightArrow)9 "
                + "inherent\(g.rightArrow)residual\(g.rightArrow)target score",
            "\(g.warning) overdue, missed or left out  \(g.bullet)2 on a tab: items there that need attention",
            "Since the baseline: \(g.changedNew) new  \(g.changedBetter) better  \(g.changedWorse) worse "
                + " \(g.changedOther) changed otherwise",
            "Mouse: click a tab or row; click the selected row to open it; wheel scrolls",
        ]
        let inner = Frame.draw(
            into: &buffer, area, title: [Span("Keys", .title)], focused: true, footer: [Span("Esc or ? closes", .muted)]
        )
        guard inner.width > 2, inner.height > 0 else { return }
        var noteLines = notes.flatMap {
            $0.displayWidth <= inner.width - 2 ? [$0] : TextBlock.wrap($0, width: inner.width - 2)
        }

        // One column when its wrapped lines fit, else two; the keys come before the notes.
        var layout = lines(bindings, columns: 1, width: inner.width - 1)
        if layout[0].count + noteLines.count + 1 > inner.height {
            layout = lines(bindings, columns: 2, width: inner.width - 1)
        }
        let keyLines = layout.map(\.count).max() ?? 0
        if keyLines + noteLines.count + 1 > inner.height { noteLines = [] }
        let columnWidth = layout.count == 1 ? inner.width - 1 : (inner.width - 1 - 3) / 2
        for (column, lines) in layout.enumerated() {
            for (row, line) in lines.prefix(inner.height).enumerated() {
                buffer.put(
                    line,
                    in: Rect(
                        x: inner.x + 1 + column * (columnWidth + 3), y: inner.y + row, width: columnWidth, height: 1))
            }
        }
        for (index, note) in noteLines.enumerated() {
            buffer.put(
                [Span(note, .muted)], in: inner.row(inner.height - noteLines.count + index).inset(left: 1, right: 1))
        }
    }

    /// The bindings in `columns` columns (split where the columns come out most even), each entry
    /// its label then its description, wrapped within the column and indented under itself.
    private static func lines(_ bindings: [KeyBinding], columns: Int, width: Int) -> [[Line]] {
        guard columns == 2, bindings.count > 1 else { return [column(bindings[...], width: width)] }
        let columnWidth = (width - 3) / 2
        let splits = (1..<bindings.count).map { split in
            [column(bindings[..<split], width: columnWidth), column(bindings[split...], width: columnWidth)]
        }
        return splits.min { max($0[0].count, $0[1].count) < max($1[0].count, $1[1].count) }!
    }

    private static func column(_ entries: ArraySlice<KeyBinding>, width: Int) -> [Line] {
        let labelWidth = (entries.map { $0.label.displayWidth }.max() ?? 0) + 2
        return entries.flatMap { binding -> [Line] in
            let wrapped = TextBlock.wrap(binding.help, width: max(1, width - labelWidth))
            return wrapped.enumerated().map { index, text in
                [Span((index == 0 ? binding.label : "").padded(to: labelWidth), .accent), Span(text)]
            }
        }
    }
}
