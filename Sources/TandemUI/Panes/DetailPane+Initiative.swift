import TandemCore

/// An initiative's detail: schedule, cost, milestones, adoption and the KPIs and risks it links.
extension DetailPane {
    static func initiativeLines(_ item: InitiativeAssessment, model: ViewModel, width: Int, _ g: Glyphs) -> [Line] {
        let initiative = item.initiative
        let active = initiative.stage == .active
        let asOf = model.card.asOf
        var lines: [Line] = [
            field(
                "Health",
                [StatusBadge.health(item, g)]
                    + (active
                        ? [
                            Span("   schedule ", .muted),
                            StatusBadge.rag(item.schedule, g, none: initiative.isScheduled ? "—" : "not scheduled"),
                            Span("  cost ", .muted), StatusBadge.rag(item.cost, g, none: "n/a"),
                            Span("  milestones ", .muted), StatusBadge.rag(item.milestones, g, none: "n/a"),
                        ] : [])),
            field("Reported", reported(item, g)),
            field("Sponsor", owner(initiative.sponsor, model.settings)),
            field("Lead", initiative.lead.isEmpty ? "—" : initiative.lead),
            field("Stage", initiative.stage.rawValue),
            field("Dates", dates(initiative) + (item.isPastDue ? "  PAST DUE" : "")),
            field("Progress", progress(item, width: width, g)),
        ]
        if let budget = initiative.budget {
            var money = "budget \(NumberFormat.amount(budget, currency: model.settings.currency))"
            if let spent = initiative.spent {
                money += " · spent \(NumberFormat.amount(spent, currency: model.settings.currency))"
            }
            if let forecast = item.forecast {
                money += " · forecast \(NumberFormat.amount(forecast, currency: model.settings.currency))"
                if initiative.forecast == nil {
                    // Projected only for work under way with a progress to project from.
                    let projected =
                        (active || initiative.stage == .proposed) && (initiative.progress ?? 0) > 0
                    money += projected ? " (from spend and progress)" : " (what it spent)"
                }
            }
            if let percent = item.forecastPercent { money += " = \(NumberFormat.percent(percent))" }
            lines.append(field("Cost", money))
        } else {
            lines.append(field("Cost", "no budget given", .muted))
        }
        if let adoption = initiative.adoption {
            lines.append(
                field(
                    "Adoption", "\(Int(saturating: adoption))% of intended users", adoption < 50 ? .statusAmber : .text)
            )
        }
        if !initiative.capabilities.isEmpty {
            lines.append(field("Capabilities", initiative.capabilities.joined(separator: ", ")))
        }
        if !initiative.dependsOn.isEmpty {
            lines.append(field("Depends on", initiative.dependsOn.joined(separator: ", ")))
        }
        lines += paragraph("Description", initiative.description, width: width)

        lines += heading("Milestones")
        if initiative.milestones.isEmpty { lines.append([Span("none recorded", .muted)]) }
        for milestone in initiative.milestones {
            let state: Span =
                milestone.isDone(asOf: asOf)
                ? Span("done \(milestone.done!.short(from: asOf))".padded(to: 17), .statusGreen)
                : milestone.isMissed(asOf: asOf)
                    ? Span("MISSED".padded(to: 17), milestone.isKey ? .statusRed : .statusAmber)
                    : Span("upcoming".padded(to: 17), .muted)
            lines.append([
                Span(milestone.due.description + "  ", .muted), state, Span(milestone.name),
                Span(milestone.isKey ? "  (key)" : "", .muted),
            ])
        }
        lines += heading("KPIs it moves")
        if initiative.kpis.isEmpty { lines.append([Span("none: this initiative is unanchored", .statusAmber)]) }
        for id in initiative.kpis {
            guard let kpi = model.kpi(id) else { continue }
            lines.append([StatusBadge.kpi(kpi.status, g).padded(10), Span("  \(kpi.kpi.name) (\(id))")])
        }
        lines += heading("Risks that threaten it")
        if initiative.risks.isEmpty { lines.append([Span("none linked", .muted)]) }
        for id in initiative.risks {
            guard let risk = model.risk(id) else { continue }
            lines.append([StatusBadge.band(risk.band, g).padded(10), Span("  \(risk.risk.title) (\(id))")])
        }
        return lines
    }

    /// The sponsor's own rating, and how it stands against the health measured.
    private static func reported(_ item: InitiativeAssessment, _ g: Glyphs) -> Line {
        guard let rating = item.initiative.rating else { return [Span("not given", .muted)] }
        let said = Span("\(g.bullet) \(rating.label)", StatusBadge.role(for: rating.rag))
        if item.healthIsReported { return [said, Span("  (the health above: nothing is measured)", .muted)] }
        if item.isOptimisticReport, let health = item.health {
            return [said, Span("  better than measured (\(health.rawValue))", .statusRed)]
        }
        return [said]
    }

    private static func dates(_ initiative: Initiative) -> String {
        switch (initiative.start, initiative.due) {
        case (let start?, let due?): "\(start) to \(due)"
        case (let start?, nil): "from \(start), due date not given"
        case (nil, let due?): "due \(due), start not given"
        case (nil, nil): "not given"
        }
    }

    /// The bar against the plan; for an unscheduled initiative no bar, but what is missing.
    private static func progress(_ item: InitiativeAssessment, width: Int, _ g: Glyphs) -> Line {
        let initiative = item.initiative
        guard initiative.isScheduled, let progress = initiative.progress else {
            let done = initiative.progress.map { "\(Int(saturating: $0))% done" } ?? "not given"
            let missing = [
                initiative.start == nil ? "start" : nil, initiative.due == nil ? "due date" : nil,
                initiative.progress == nil ? "progress" : nil,
            ].compactMap { $0 }
            // "no start, due date or progress"
            let what = missing.dropLast().joined(separator: ", ") + (missing.count > 1 ? " or " : "")
            return [
                Span(done, initiative.progress == nil ? .muted : .text),
                Span("; not scheduled (no \(what)\(missing.last ?? ""))", .muted),
            ]
        }
        let planned = initiative.stage == .active ? item.plannedProgress : nil
        return ProgressBar.render(
            progress: progress, planned: planned, width: min(30, max(10, width - 40)), glyphs: g,
            role: item.health.map(StatusBadge.role(for:)) ?? .muted)
            + [
                Span(
                    " \(Int(saturating: progress))% done"
                        + (planned.map { ", \(Int(rounding: $0))% planned by now" } ?? ""), .muted)
            ]
    }
}
