import TandemCore

/// Every finding that links (or fails to link) KPIs, risks and initiatives, grouped by kind, with
/// why it matters.
enum AlignmentPane {
    static func draw(into buffer: inout CellBuffer, _ rect: Rect, view: VisibleItems, state: AppState) {
        let g = buffer.glyphs
        let card = view.model.card
        let order = PaneOrder.findings(view, state.sorts.findings)
        let selected = DashboardView.selectedRow(state, count: order.count)
        var rows: [TableRow] = []
        var selectedRow: Int?
        var lastKind: FindingKind?
        let grouped = state.sorts.findings == .kind
        for (position, index) in order.enumerated() {
            let finding = card.findings[index]
            if grouped, finding.kind != lastKind {
                lastKind = finding.kind
                let n = order.count { card.findings[$0].kind == finding.kind }
                rows.append(
                    .group([
                        Span("\(finding.kind.title.uppercased()) (\(n))", .header),
                        Span("  " + finding.kind.whyItMatters, .muted),
                    ]))
            }
            if position == selected { selectedRow = rows.count }
            rows.append(.item([]))  // filled in below for the rows on screen
        }
        var table = Table(
            columns: [TableColumn("", width: 1, priority: 10)]
                + (grouped ? [] : [TableColumn("Finding", width: 22, priority: 8)]) + [
                    TableColumn("Items", width: 18, minWidth: 10, priority: 10),
                    TableColumn("Owners", width: 9, minWidth: 5, priority: 6),
                    TableColumn("What was found", width: 50, minWidth: 20, flexible: true, cuttable: true, priority: 9),
                ],
            rows: rows, selected: selectedRow, offset: KPIPane.offsetRow(state.scroll[.alignment] ?? 0, rows: rows))
        // Only with nothing left out may the empty pane say all is well.
        guard
            let (inner, shown) = ListFrame.draw(
                into: &buffer, rect, title: [Span("Alignment", .title), Span(" \(order.count) findings", .muted)],
                table: table, count: order.count, view: view, empty: "No finding",
                allWell: "No findings: every initiative is anchored, every off-target KPI addressed.")
        else { return }
        table.materialize(height: shown) { number in
            let index = order[number]
            let finding = card.findings[index]
            let owners = view.model.findingOwners[index].map(\.label).sorted().joined(separator: "+")
            let kind: [Line] = grouped ? [] : [[Span(finding.kind.title, .muted)]]
            let marker =
                view.model.changes?.change(.finding, ViewModel.key(of: finding))
                .map { Span(ChangeMarker.glyph($0.direction, g), ChangeMarker.role($0.direction)) }
                ?? Span(g.bullet, .statusAmber)
            return [[marker]] + kind
                + [[Span(finding.idList(separator: " + "))], [Span(owners, .muted)], [Span(finding.detail)]]
        }
        table.draw(into: &buffer, inner)
    }
}
