/// The frame every list pane draws: its title, where the table is scrolled to in the footer, and
/// a line saying the list is empty (in this filter, lens or "only what changed") when it is.
enum ListFrame {
    /// - Parameters:
    ///   - empty: what the pane lists, as "No KPI" says it.
    ///   - allWell: said instead when nothing hides any item, where an empty list is good news.
    /// - Returns: the inside of the frame and how many table rows it shows; nil when the list is
    ///   empty and the line saying so is drawn.
    static func draw(
        into buffer: inout CellBuffer, _ rect: Rect, title: Line, table: Table, count: Int, view: VisibleItems,
        empty: String, allWell: String? = nil
    ) -> (inner: Rect, rows: Int)? {
        let rows = ScreenLayout.tableRows(inFrame: rect.height)
        let inner = Frame.draw(
            into: &buffer, rect, title: title, focused: true,
            footer: table.scrollLabel(height: rows).map { [Span($0, .muted)] } ?? [])
        guard count == 0 else { return (inner, rows) }
        let scope = Chrome.emptyScope(filter: view.filter, lens: view.lens, changedOnly: view.changedOnly)
        buffer.put([Span(scope.isEmpty ? allWell ?? empty + "." : empty + scope + ".", .muted)], in: inner.row(0))
        return nil
    }
}
