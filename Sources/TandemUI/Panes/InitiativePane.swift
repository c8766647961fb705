import TandemCore

/// The joint roadmap: health, progress against plan, cost and the next milestone.
enum InitiativePane {
    static func draw(into buffer: inout CellBuffer, _ rect: Rect, view: VisibleItems, state: AppState) {
        let g = buffer.glyphs
        let card = view.model.card
        if MissingDataSet.draw(into: &buffer, rect, title: "Initiatives", .initiatives, card: card) { return }
        let order = PaneOrder.initiatives(view, state.sorts.initiatives)
        var table = Table(
            columns: [
                // The health measured, and beside it the rating its sponsor reports.
                TableColumn("Health  Rep", width: 11, priority: 10),
                TableColumn("Initiative", width: 28, minWidth: 16, priority: 9),
                TableColumn("Owner", width: 5, priority: 6),  // the sponsor, named as in every pane
                TableColumn("Lead", width: 15, minWidth: 10, priority: 2),
                // Wide enough for "not scheduled" and "100%" whole.
                TableColumn("Progress", width: 16, minWidth: 13, priority: 8),
                // The plan marker on the bar says it too: the first to go on a narrow screen.
                TableColumn("Behind", width: 7, alignment: .right, priority: 5),
                TableColumn("Of budget", width: 9, alignment: .right, priority: 6),  // the forecast
                TableColumn("Due", width: 11, priority: 6),  // never cut: a cut date hides its year
                TableColumn("Next milestone", width: 28, minWidth: 14, flexible: true, priority: 5),
                TableColumn("KPIs", width: 14, minWidth: 8, priority: 1),
            ],
            rows: Array(repeating: .item([]), count: order.count),
            selected: DashboardView.selectedRow(state, count: order.count), offset: state.scroll[.initiatives] ?? 0)
        let active = order.count { card.initiatives[$0].initiative.stage == .active }
        guard
            let (inner, shown) = ListFrame.draw(
                into: &buffer, rect,
                title: [Span("Initiatives", .title), Span(" \(active) active of \(order.count)", .muted)], table: table,
                count: order.count, view: view, empty: "No initiative")
        else { return }
        let changes = view.model.changes
        table.materialize(height: shown) { number in
            let item = card.initiatives[order[number]]
            return cells(
                item, g, asOf: card.asOf, barWidth: rect.width >= 150 ? 10 : 6,
                change: changes?.change(.initiative, item.initiative.id))
        }
        table.draw(into: &buffer, inner)
    }

    /// - Parameter barWidth: the progress bar's cells: narrower on screens under 150 columns, to keep
    ///   the names and the next milestone whole.
    static func cells(
        _ item: InitiativeAssessment, _ g: Glyphs, asOf: Day, barWidth: Int = 10, change: ItemChange? = nil
    ) -> [Line] {
        let initiative = item.initiative
        let active = initiative.stage == .active
        // Unscheduled: no bar, which would read as progress against a plan there is none of.
        let progress: Line =
            initiative.isScheduled
            ? ProgressBar.render(
                progress: initiative.progress ?? 0, planned: active ? item.plannedProgress : nil,
                width: barWidth, glyphs: g, role: item.health.map(StatusBadge.role(for:)) ?? .muted)
                + [Span(" \(Int(saturating: initiative.progress ?? 0))%", .text)]
            : [Span("not scheduled", .muted)]
        let behind: Span =
            item.pointsBehind.map { points in
                points > 0.5
                    ? Span("\(NumberFormat.points(points)) pts", item.schedule.map(StatusBadge.role(for:)) ?? .muted)
                    : Span(points < -0.5 ? "ahead" : "on plan", .muted)
            } ?? Span("", .muted)
        let forecast: Span =
            item.forecastPercent.map {
                Span(NumberFormat.percent($0), item.cost.map(StatusBadge.role(for:)) ?? .muted)
            } ?? Span(initiative.budget == nil ? "no budget" : "", .muted)
        let next: Line =
            !active && initiative.stage != .proposed
            ? []
            : item.nextMilestone.map { milestone in
                let late = milestone.isMissed(asOf: asOf)
                return late
                    ? [
                        Span("\(g.warning) \(milestone.due.short(from: asOf)) ", .statusRed),
                        Span(milestone.name, .statusRed),
                    ]
                    : [Span(milestone.due.short(from: asOf) + " ", .muted), Span(milestone.name, .text)]
            } ?? [Span(initiative.milestones.isEmpty ? "" : "all met", .muted)]
        let due = initiative.due.map { $0.short(from: asOf) } ?? ""
        return [
            health(item, g),
            ChangeMarker.prefix(change, g) + [Span(initiative.name, active ? .text : .muted)],
            [Span(initiative.sponsor.label, .muted)],
            [Span(initiative.lead, .muted)],
            progress,
            [behind],
            [forecast],
            [active && item.isPastDue ? Span("\(g.warning) \(due)", .statusRed) : Span(due, .muted)],
            next,
            [Span(initiative.kpis.joined(separator: " "), .muted)],
        ]
    }

    /// `● RED   G`: the health, then under "Rep" the reported rating (`G`, `A`, `R`, `AG`, `AR`),
    /// for active initiatives; others show their stage.
    static func health(_ item: InitiativeAssessment, _ g: Glyphs) -> Line {
        let badge = StatusBadge.health(item, g)
        guard item.initiative.stage == .active, let rating = item.initiative.rating else { return [badge] }
        return [badge.padded(8), Span(rating.letters, StatusBadge.role(for: rating.rag))]
    }
}
