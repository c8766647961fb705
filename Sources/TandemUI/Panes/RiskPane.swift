import TandemCore

/// The residual heat map beside the register, sorted by residual score.
enum RiskPane {
    static func draw(into buffer: inout CellBuffer, _ rect: Rect, view: VisibleItems, state: AppState) {
        let g = buffer.glyphs
        let card = view.model.card
        if MissingDataSet.draw(into: &buffer, rect, title: "Risk register", .risks, card: card) { return }
        let order = PaneOrder.risks(view, state.sorts.risks)
        let settings = card.workspace.settings
        let mapSize = HeatMap.size(settings)
        let placement = mapPlacement(width: rect.width, height: rect.height, settings: settings)
        let parts: [Rect]
        switch placement {
        case .beside: parts = Layout.columns(rect, [.fixed(mapSize.columns + 2), .flex(1)])
        case .above: parts = Layout.rows(rect, [.fixed(mapSize.rows + 2), .flex(1)])
        case .none: parts = [rect]
        }
        if placement != .none { drawMap(into: &buffer, parts[0], view: view, below: placement == .beside) }

        let selected = DashboardView.selectedRow(state, count: order.count)
        var table = Table(
            columns: [
                // Before the title: an id cut short ("RK-…" on every row) names nothing.
                TableColumn("ID", width: 6, minWidth: 4, priority: 9),
                TableColumn("Risk", width: 34, minWidth: 16, priority: 9),
                TableColumn("Category", width: 11, minWidth: 8, priority: 3),
                TableColumn("Owner", width: 5, priority: 8),
                TableColumn("Score", width: scoreWidth(view.model, g), alignment: .right, priority: 8),
                TableColumn("Band", width: 10, priority: 10),
                TableColumn("Appetite", width: 8, priority: 9),  // the register's key fact
                TableColumn("Review", width: 11, priority: 6),  // never cut: a cut date hides its year
            ],
            rows: Array(repeating: .item([]), count: order.count),
            selected: selected, offset: state.scroll[.risks] ?? 0)
        let area = parts.last!
        let open = view.riskSummary.open
        guard
            let (inner, shown) = ListFrame.draw(
                into: &buffer, area,
                title: [Span("Risk register", .title), Span(" \(open) open, \(order.count - open) closed", .muted)],
                table: table, count: order.count, view: view, empty: "No risk")
        else { return }
        let changes = view.model.changes
        table.materialize(height: shown) { number in
            let item = card.risks[order[number]]
            return cells(item, g, asOf: card.asOf, change: changes?.change(.risk, item.risk.id))
        }
        table.draw(into: &buffer, inner)
    }

    enum MapPlacement { case beside, above, none }

    /// Beside the register where the register keeps its names whole beside it (120 columns at
    /// the default 5 × 5); above it on a narrower screen tall enough to leave the register ten
    /// rows; else not at all (80 × 24 keeps every row for the register).
    static func mapPlacement(width: Int, height: Int, settings: Settings) -> MapPlacement {
        let size = HeatMap.size(settings)
        if width >= 120, height >= size.rows + 2 { return .beside }
        if width >= size.columns + 24, height >= size.rows + 2 + 12 { return .above }
        return .none
    }

    /// The map in its frame, with the bands' legend under it (beside the register) or to its
    /// right (above the register), then the risks counted beside it and the closed ones' note.
    private static func drawMap(into buffer: inout CellBuffer, _ rect: Rect, view: VisibleItems, below: Bool) {
        let g = buffer.glyphs
        let card = view.model.card
        let settings = card.workspace.settings
        let mapSize = HeatMap.size(settings)
        let inner = Frame.draw(into: &buffer, rect, title: [Span("Heat map", .title), Span(" (residual)", .muted)])
        let summary = view.riskSummary
        HeatMap.draw(counts: summary.heatMap, settings: settings, into: &buffer, at: (inner.x, inner.y))
        let scoredOnly = summary.scoredOnly
        let legendWidth = below ? inner.width - 2 : inner.width - mapSize.columns - 4
        let beside =
            scoredOnly == 0
            ? []
            : TextBlock.wrap("\(scoredOnly) scored without likelihood and impact", width: legendWidth).map {
                [Span($0, .text)]
            } + [[]]
        let legend: [Line] =
            RiskBand.allCases.reversed().map { [StatusBadge.band($0, g)] } + [[]] + beside + [
                [Span("Closed risks not shown", .muted)]
            ]
        for (index, line) in legend.enumerated() {
            let row = below ? mapSize.rows + 1 + index : index
            guard row < inner.height else { break }
            buffer.put(line, in: inner.row(row).inset(left: below ? 2 : mapSize.columns + 3))
        }
    }

    static func cells(_ item: RiskAssessment, _ g: Glyphs, asOf: Day, change: ItemChange? = nil) -> [Line] {
        let closed = item.isClosed
        let review: Span
        if closed {
            review = Span("closed", .muted)
        } else if let due = item.reviewDue {
            review =
                item.reviewOverdue
                ? Span("\(g.warning) \(due.short(from: asOf))", .statusAmber) : Span(due.short(from: asOf), .muted)
        } else {
            review = Span("\(g.warning) never", .statusAmber)
        }
        return [
            [Span(item.risk.id, .muted)],
            ChangeMarker.prefix(change, g) + [Span(item.risk.title, closed ? .muted : .text)],
            [Span(item.risk.category, .muted)],
            [Span(item.risk.owner.label, .muted)],
            score(item, g),
            [closed ? Span("\(g.neutralBullet) CLOSED", .statusNeutral) : StatusBadge.band(item.band, g)],
            [item.aboveAppetite && !closed ? Span("\(g.up) above", .statusRed) : Span("", .muted)],
            [review],
        ]
    }

    /// Inherent → residual, and → target when there is one: ⚠ and amber when it is missed.
    static func score(_ item: RiskAssessment, _ g: Glyphs) -> Line {
        let closed = item.isClosed
        let scores = Span("\(item.inherentScore)\(g.rightArrow)\(item.residualScore)", closed ? .muted : .text)
        guard let target = item.targetScore else { return [scores] }
        let missed = item.targetMissed == true && !closed
        return [scores, Span(g.rightArrow + (missed ? g.warning : "") + "\(target)", missed ? .statusAmber : .muted)]
    }

    /// Room for the widest score cell, and at least for the header and two scores of two digits.
    static func scoreWidth(_ model: ViewModel, _ g: Glyphs) -> Int {
        let digits = model.cache.scoreDigits { ScoreDigits(model.card.risks) }
        let (arrow, warning) = (g.rightArrow.displayWidth, g.warning.displayWidth)
        let widths = [
            8, digits.plain.map { $0 + arrow }, digits.target.map { $0 + 2 * arrow },
            digits.missed.map { $0 + 2 * arrow + warning },
        ]
        return widths.compactMap { $0 }.max()!
    }

    /// The most digits of the register's score cells, by the arrows and warning each adds: the
    /// width for any glyphs follows without measuring every risk again (no text made either).
    struct ScoreDigits {
        /// Inherent → residual; with → target; with a missed target of an open risk (⚠).
        private(set) var plain, target, missed: Int?

        init(_ risks: [RiskAssessment]) {
            func digits(_ number: Int) -> Int { number < 10 ? 1 : number < 100 ? 2 : String(number).count }
            for index in risks.indices {
                let scores = digits(risks[index].inherentScore) + digits(risks[index].residualScore)
                guard let target = risks[index].targetScore else {
                    plain = max(plain ?? 0, scores)
                    continue
                }
                if risks[index].targetMissed == true && !risks[index].isClosed {
                    missed = max(missed ?? 0, scores + digits(target))
                } else {
                    self.target = max(self.target ?? 0, scores + digits(target))
                }
            }
        }
    }
}
