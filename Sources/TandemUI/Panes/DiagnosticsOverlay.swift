import TandemCore

/// Every warning and error found in the files (`!`, or a click on the title's count), in place of
/// the pane: one line each, and the whole message of the selected one on Enter.
enum DiagnosticsOverlay {
    static func draw(into buffer: inout CellBuffer, _ area: Rect, model: ViewModel, state: DiagnosticsState) {
        let g = buffer.glyphs
        let diagnostics = model.card.diagnostics
        let errors = model.card.errorCount
        let warnings = model.card.warningCount
        let count = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        let footer = state.isOpen ? "Esc back to the list" : "Enter opens · Esc closes"
        let shown = ScreenLayout.tableRows(inFrame: area.height)
        let inner = Frame.draw(
            into: &buffer, area, title: [Span("Problems in the files", .title), Span(" \(count)", .muted)],
            focused: true, footer: [Span(footer, .muted)])
        guard !diagnostics.isEmpty else {
            buffer.put([Span("No problems: every row of every file loaded.", .muted)], in: inner.row(0).inset(left: 1))
            return
        }
        let selected = min(state.selected, diagnostics.count - 1)
        if state.isOpen {
            drawMessage(diagnostics[selected], into: &buffer, inner, g)
            return
        }
        var table = Table(
            columns: [
                TableColumn("Severity", width: 9, priority: 10),
                TableColumn("Where", width: 20, minWidth: 12, priority: 9),
                TableColumn("Column", width: 12, minWidth: 6, priority: 4),
                TableColumn("Problem", width: 60, minWidth: 20, flexible: true, cuttable: true, priority: 8),
            ],
            rows: Array(repeating: .item([]), count: diagnostics.count),
            selected: selected, offset: max(0, selected - shown + 1))
        // Only the rows on screen are formatted, as in every pane.
        table.materialize(height: shown) { number in
            let diagnostic = diagnostics[number]
            return [
                [badge(diagnostic, g)], [Span(diagnostic.location)], [Span(diagnostic.column ?? "", .muted)],
                [Span(diagnostic.message)],
            ]
        }
        table.draw(into: &buffer, inner)
    }

    static func badge(_ diagnostic: Diagnostic, _ g: Glyphs) -> Span {
        diagnostic.severity == .error
            ? Span("\(g.warning) ERROR", .statusRed) : Span("\(g.warning) WARNING", .statusAmber)
    }

    private static func drawMessage(_ diagnostic: Diagnostic, into buffer: inout CellBuffer, _ inner: Rect, _ g: Glyphs)
    {
        var lines: [Line] = [
            [badge(diagnostic, g)],
            [Span("File    ", .muted), Span(diagnostic.file)],
        ]
        if let line = diagnostic.line { lines.append([Span("Line    ", .muted), Span("\(line)")]) }
        if let column = diagnostic.column { lines.append([Span("Column  ", .muted), Span(column)]) }
        lines.append([])
        lines += TextBlock.wrap(diagnostic.message, width: max(1, inner.width - 2)).map { [Span($0)] }
        if diagnostic.severity == .error, diagnostic.line != nil {
            lines += [
                [],
                [Span("This row is left out of every pane until it is fixed; the rest of the file loaded.", .muted)],
            ]
        }
        for (index, line) in lines.prefix(inner.height).enumerated() {
            buffer.put(line, in: inner.row(index).inset(left: 1, right: 1))
        }
    }
}
