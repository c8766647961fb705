import TandemCore

/// Every KPI on one board under the overview's list, worst first, where a tall screen has the
/// room: a wide screen shows more, not more blank.
enum KPIBoard {
    /// Rows the board needs to be worth drawing: a frame, a header and a few KPIs.
    static let minimumHeight = 8

    static func draw(into buffer: inout CellBuffer, _ rect: Rect, view: VisibleItems) {
        let g = buffer.glyphs
        let card = view.model.card
        let order = PaneOrder.kpis(view, .status)
        var table = Table(columns: KPIPane.columns, rows: Array(repeating: .item([]), count: order.count))
        let shown = ScreenLayout.tableRows(inFrame: rect.height)
        let inner = Frame.draw(
            into: &buffer, rect, title: [Span("KPIs at a glance", .title), Span(" · worst first", .muted)],
            footer: table.scrollLabel(height: shown).map { [Span($0, .muted)] } ?? [])
        let changes = view.model.changes
        table.materialize(height: shown) { number in
            let item = card.kpis[order[number]]
            return KPIPane.cells(item, g, change: changes?.change(.kpi, item.kpi.id))
        }
        table.draw(into: &buffer, inner)
    }
}
