import TandemCore

/// Every KPI with its status, latest value, target, change, trend and history; grouped by domain
/// when sorted by domain.
enum KPIPane {
    static func draw(into buffer: inout CellBuffer, _ rect: Rect, view: VisibleItems, state: AppState) {
        let g = buffer.glyphs
        let card = view.model.card
        if MissingDataSet.draw(into: &buffer, rect, title: "KPIs", .kpis, card: card) { return }
        let sort = state.sorts.kpis
        let order = PaneOrder.kpis(view, sort)
        let selected = DashboardView.selectedRow(state, count: order.count)

        var rows: [TableRow] = []
        var selectedRow: Int?
        var lastDomain: String?
        for (position, index) in order.enumerated() {
            let item = card.kpis[index]
            if sort == .domain, item.kpi.domain != lastDomain {
                lastDomain = item.kpi.domain
                let domain = item.kpi.domain.isEmpty ? "other" : item.kpi.domain
                rows.append(.group([Span(domain.uppercased(), .header)]))
            }
            if position == selected { selectedRow = rows.count }
            rows.append(.item([]))  // filled in below for the rows on screen
        }
        var table = Table(
            columns: columns,
            rows: rows, selected: selectedRow, offset: offsetRow(state.scroll[.kpis] ?? 0, rows: rows))
        guard
            let (inner, shown) = ListFrame.draw(
                into: &buffer, rect,
                title: [Span("KPIs", .title), Span(" \(order.count) of \(card.kpis.count)", .muted)], table: table,
                count: order.count, view: view, empty: "No KPI")
        else { return }
        let changes = view.model.changes
        table.materialize(height: shown) { number in
            let item = card.kpis[order[number]]
            return cells(item, g, change: changes?.change(.kpi, item.kpi.id))
        }
        table.draw(into: &buffer, inner)
    }

    /// The KPI table's columns, also used by the overview's board.
    static let columns: [TableColumn] = [
        TableColumn("Status", width: 9, priority: 10),
        TableColumn("KPI", width: 30, minWidth: 20, priority: 9),
        TableColumn("Owner", width: 5, priority: 8),
        TableColumn("Latest", width: 12, alignment: .right, priority: 8),
        TableColumn("Target", width: 11, alignment: .right, priority: 7),
        TableColumn("Change", width: 13, alignment: .right, priority: 6),
        TableColumn("Trend", width: 5, alignment: .center, priority: 4),
        // Right-aligned and cut from the left: every row's latest value in the same column.
        TableColumn("History", width: 24, minWidth: 6, cuttable: true, keepsEnd: true, alignment: .right, priority: 3),
    ]

    static func cells(_ item: KPIAssessment, _ g: Glyphs, change: ItemChange? = nil) -> [Line] {
        let unit = item.kpi.unit
        let latest = item.latest?.value.map { NumberFormat.value($0, unit: unit, short: true) } ?? "—"
        // Cut from the left to fit.
        let history = Sparkline.render(item.lastCounted(60).map(\.value), width: 60, glyphs: g)
        return [
            [StatusBadge.kpi(item, g)],
            ChangeMarker.prefix(change, g)
                + (item.kpi.valuesLeftOut.isEmpty
                    ? [Span(item.kpi.name)] : [Span(item.kpi.name + " "), Span(g.warning, .statusAmber)]),
            [Span(item.kpi.owner.label, .muted)],
            [Span(g.isASCII && latest == "—" ? "-" : latest, item.status == .stale ? .muted : .text)],
            [
                Span(
                    NumberFormat.value(item.target, unit: unit, short: true) + (item.targetIsInterim ? " interim" : ""),
                    .muted)
            ],
            [TrendArrow.change(item, g, short: true)],
            [TrendArrow.trend(item, g)],
            [Span(history, StatusBadge.role(for: item.status))],
        ]
    }

    /// The stored scroll is in items; tables count group headings too.
    static func offsetRow(_ itemOffset: Int, rows: [TableRow]) -> Int {
        var items = 0
        for (index, row) in rows.enumerated() where row.isItem {
            if items == itemOffset { return index }
            items += 1
        }
        return 0
    }
}
