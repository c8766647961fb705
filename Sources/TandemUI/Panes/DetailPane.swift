import TandemCore

/// All there is to know about one item, as lines that scroll: for a KPI its history as a chart,
/// for a risk both mitigations, for an initiative its milestones and linked risks.
enum DetailPane {
    static func draw(into buffer: inout CellBuffer, _ rect: Rect, item: ItemKey, model: ViewModel, scroll: Int) {
        guard let (title, lines) = content(item, model: model, width: max(10, rect.width - 4), buffer.glyphs) else {
            return gone(into: &buffer, rect)
        }
        let visible = ScreenLayout.detailLines(inFrame: rect.height)
        let first = min(scroll, max(0, lines.count - visible))
        let footer: Line =
            lines.count > visible
            ? [Span("\(first + 1)–\(min(lines.count, first + visible)) of \(lines.count) lines", .muted)] : []
        let inner = Frame.draw(into: &buffer, rect, title: title, focused: true, footer: footer)
        for (index, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            buffer.put(line, in: inner.row(index).inset(left: 1, right: 1))
        }
    }

    /// The furthest the detail of `item` can scroll in a body of `rect`'s size.
    static func maxScroll(_ item: ItemKey, model: ViewModel, in rect: Rect) -> Int {
        let lines = content(item, model: model, width: max(10, rect.width - 4), .unicode)?.1.count ?? 0
        return max(0, lines - ScreenLayout.detailLines(inFrame: rect.height))
    }

    /// The title and lines of an item's detail; nil when the item is gone from the data.
    static func content(_ item: ItemKey, model: ViewModel, width: Int, _ g: Glyphs) -> (Line, [Line])? {
        let (title, lines): (Line, [Line])
        switch item {
        case .kpi(let id):
            guard let kpi = model.kpi(id) else { return nil }
            title = [Span(kpi.kpi.name, .title), Span(" \(kpi.kpi.id)", .muted)]
            lines = kpiLines(kpi, model: model, width: width, g)
        case .risk(let id):
            guard let risk = model.risk(id) else { return nil }
            title = [Span(risk.risk.title, .title), Span(" \(risk.risk.id)", .muted)]
            lines = riskLines(risk, model: model, width: width, g)
        case .initiative(let id):
            guard let initiative = model.initiative(id) else { return nil }
            title = [Span(initiative.initiative.name, .title), Span(" \(initiative.initiative.id)", .muted)]
            lines = initiativeLines(initiative, model: model, width: width, g)
        case .finding(let key):
            guard let finding = model.finding(key) else { return nil }
            title = [Span(finding.kind.title, .title)]
            lines = findingLines(finding, model: model, width: width, g)
        }
        return (title, sinceBaseline(item, model: model, g) + lines)
    }

    /// What changed since the baseline, first, where the eye starts.
    private static func sinceBaseline(_ item: ItemKey, model: ViewModel, _ g: Glyphs) -> [Line] {
        guard let changes = model.changes, let change = model.change(item) else { return [] }
        let since = "Since \(changes.baseline.asOf.short(from: model.card.asOf))"
        return change.notes.enumerated().map { index, note in
            field(
                index == 0 ? since : "",
                index == 0 ? [ChangeMarker.badge(change.direction, g), Span(": " + note)] : [Span("  " + note)])
        } + [[]]
    }

    private static func gone(into buffer: inout CellBuffer, _ rect: Rect) {
        let inner = Frame.draw(into: &buffer, rect, title: [Span("Detail", .title)], focused: true)
        buffer.put(
            [Span("This item is no longer in the data. Press Esc to go back.", .muted)], in: inner.row(0).inset(left: 1)
        )
    }

    // MARK: - Helpers

    /// Labels take this many columns, the longest ("Why it matters") with a space after it.
    static let labelWidth = 16

    static func field(_ label: String, _ value: Line) -> Line {
        [Span(label.padded(to: labelWidth), .muted)] + value
    }

    static func field(_ label: String, _ value: String, _ role: StyleRole = .text) -> Line {
        field(label, [Span(value, role)])
    }

    static func paragraph(_ label: String, _ text: String, width: Int) -> [Line] {
        guard !text.isEmpty else { return [field(label, "—", .muted)] }
        let wrapped = TextBlock.wrap(text, width: max(10, width - labelWidth))
        return wrapped.enumerated().map { index, line in field(index == 0 ? label : "", line) }
    }

    static func heading(_ text: String) -> [Line] { [[], [Span(text.uppercased(), .header)]] }

    /// How old the latest value is: "on the as-of date" or "3 days before the as-of date".
    static func age(_ days: Int?) -> String {
        guard let days else { return "" }
        return days == 0 ? "on the as-of date" : "\(plural(days, "day")) before the as-of date"
    }

    static func owner(_ owner: Owner, _ settings: Settings) -> String {
        owner == .joint ? "Joint (CIO and COO)" : "\(owner.label) (\(settings.leaderName(for: owner)))"
    }

    // MARK: - KPI

    static func kpiLines(_ item: KPIAssessment, model: ViewModel, width: Int, _ g: Glyphs) -> [Line] {
        let kpi = item.kpi
        let unit = kpi.unit
        let value = { (v: Double) in NumberFormat.value(v, unit: unit) }
        var lines: [Line] = [
            field("Status", [StatusBadge.kpi(item, g)]),
            field("Owner", owner(kpi.owner, model.settings)),
            field(
                "Domain",
                "\(kpi.domain.isEmpty ? "—" : kpi.domain) · measured \(kpi.frequency.rawValue) "
                    + "· \(kpi.direction.rawValue) is better"
            ),
        ]
        if let latest = item.latest, let v = latest.value {
            lines.append(
                field(
                    "Latest",
                    [
                        Span(value(v)),
                        Span("  for the period ending \(latest.period) (\(age(item.ageDays)))", .muted),
                    ]))
        } else {
            lines.append(field("Latest", "no value yet", .muted))
        }
        if let previous = item.previous?.value {
            var change: Line = [Span(value(previous), .text), Span("   change ", .muted), TrendArrow.change(item, g)]
            if let percent = item.changePercent {
                change.append(
                    Span(" (\(NumberFormat.signedPercent(percent))\(unit == "%" ? " relative" : ""))", .muted))
            }
            lines.append(field("Previous", change))
        }
        if !kpi.valuesLeftOut.isEmpty {
            let place =
                kpi.valuesLeftOut.prefix(5).map(String.init).joined(separator: ", ")
                + (kpi.valuesLeftOut.count > 5 ? ", …" : "")
            lines.append(
                field(
                    "Left out",
                    [
                        Span(
                            "\(g.warning) \(kpi.valuesLeftOut.count) "
                                + "value\(kpi.valuesLeftOut.count == 1 ? "" : "s") with errors (measurements.csv "
                                + "line \(place)): the latest shown may not be the latest written",
                            .statusAmber)
                    ]))
        }
        lines.append(
            field(
                "Target",
                [
                    Span(value(kpi.target)),
                    Span(
                        "   amber \(kpi.direction == .higher ? "from" : "up to") \(value(item.warnLimit))"
                            + (kpi.warn == nil ? " (default band)" : ""),
                        .muted),
                ]))
        if let baseline = kpi.baseline {
            let achieved =
                item.achievement.map {
                    " · achievement \(NumberFormat.percent($0 * 100)) of the way from baseline to target"
                } ?? ""
            lines.append(field("Baseline", value(baseline) + achieved))
        }
        if let trend = item.trend {
            lines.append(
                field(
                    "Trend",
                    [
                        TrendArrow.trend(item, g),
                        Span(" \(trend.rawValue) over the last \(min(6, item.countedCount)) values", .muted),
                    ]))
        }
        if let pair = kpi.pair, let partner = model.kpi(pair) {
            lines.append(
                field("Paired with", [Span("\(partner.kpi.name) (\(pair)) "), StatusBadge.kpi(partner.status, g)]))
        }
        let movers = model.card.initiatives.filter { $0.initiative.kpis.contains(kpi.id) }
        lines.append(
            field(
                "Initiatives",
                movers.isEmpty
                    ? [Span("none links this KPI", item.status.rag == .green ? .muted : .statusAmber)]
                    : movers.flatMap { [Span("\($0.initiative.name) "), StatusBadge.health($0, g), Span("  ")] }))
        lines += paragraph("Description", kpi.description, width: width)
        lines += heading("History (\(item.countedCount) values)")
        lines += chart(item, width: width, g)
        lines += heading("Values")
        for observation in item.lastCounted(12).reversed() {
            lines.append([
                Span(observation.period.description.padded(to: labelWidth), .muted),
                Span(observation.value.map(value) ?? "—"),
                Span(observation.note.isEmpty ? "" : "  " + observation.note, .muted),
            ])
        }
        return lines
    }

    /// A bar chart of the whole history, eight levels per row, with the target marked on the axis.
    static func chart(_ item: KPIAssessment, width: Int, _ g: Glyphs) -> [Line] {
        let values = item.counted.compactMap(\.value)
        guard !values.isEmpty else { return [[Span("no values to chart", .muted)]] }
        let height = 6
        let low = min(values.min()!, item.kpi.target)
        let high = max(values.max()!, item.kpi.target)
        let labels = [
            NumberFormat.plain(high), NumberFormat.plain(low), "target " + NumberFormat.plain(item.kpi.target),
        ]
        let labelWidth = labels.map(\.displayWidth).max()!
        let shown = Array(values.suffix(max(1, (width - labelWidth - 2) / 2)))
        let levels = g.spark.count
        let targetRow = Int(rounding: Scale.fraction(item.kpi.target, low: low, high: high) * Double(height - 1))
        var lines: [Line] = []
        for row in stride(from: height - 1, through: 0, by: -1) {
            var label = ""
            if row == height - 1 { label = labels[0] }
            if row == 0 { label = labels[1] }
            if row == targetRow { label = labels[2] }
            var line: Line = [
                Span(label.padded(to: labelWidth, alignment: .right), row == targetRow ? .accent : .muted),
                Span(" " + (row == targetRow ? g.teeRight : g.vertical), .muted),
            ]
            var bars = ""
            for v in shown {
                let eighths = Int(rounding: Scale.fraction(v, low: low, high: high) * Double(height * levels - 1)) + 1
                let filled = eighths - row * levels
                bars +=
                    filled >= levels
                    ? g.barFull : filled > 0 ? g.spark[filled - 1] : (row == targetRow ? g.horizontal : " ")
                bars += row == targetRow ? g.horizontal : " "
            }
            line.append(Span(bars, StatusBadge.role(for: item.status)))
            lines.append(line)
        }
        let first = item.counted.suffix(shown.count).first!.period
        let last = item.counted.last!.period
        // The first and last periods under the ends of the bars.
        let barsWidth = shown.count * 2 - 1
        let ends =
            first == last
            ? first.monthYear
            : first.monthYear
                + String(
                    repeating: " ",
                    count: max(1, barsWidth - first.monthYear.displayWidth - last.monthYear.displayWidth))
                + last.monthYear
        lines.append([Span(String(repeating: " ", count: labelWidth + 2) + ends, .muted)])
        return lines
    }

    // MARK: - Risk

    static func riskLines(_ item: RiskAssessment, model: ViewModel, width: Int, _ g: Glyphs) -> [Line] {
        let risk = item.risk
        let settings = model.settings
        var lines: [Line] = [
            field(
                "Band",
                item.isClosed
                    ? [Span("\(g.neutralBullet) CLOSED", .statusNeutral)]
                    : [
                        StatusBadge.band(item.band, g),
                        Span(
                            item.aboveAppetite
                                ? "  above appetite: score \(item.residualScore) > \(settings.appetite)"
                                : "  within appetite: score \(item.residualScore) ≤ \(settings.appetite)",
                            item.aboveAppetite ? .statusRed : .muted),
                    ]),
            field("Owner", owner(risk.owner, settings)),
            field("Category", risk.category),
            field("Status", risk.status.rawValue),
            field("Inherent", "likelihood \(risk.likelihood) × impact \(risk.impact) = \(item.inherentScore)"),
            field(
                "Residual",
                "likelihood \(item.residualLikelihood) × impact \(item.residualImpact) = \(item.residualScore)"
                    + (risk.residualLikelihood == nil || risk.residualImpact == nil
                        ? " (no residual given: inherent used)" : "")),
        ]
        let reviewed = risk.lastReviewed.map { "last reviewed \($0)" } ?? "never reviewed"
        let due = item.reviewDue.map { ", next review due \($0)" } ?? ""
        lines.append(
            field(
                "Review",
                [Span(reviewed + due), Span(item.reviewOverdue && !item.isClosed ? "  OVERDUE" : "", .statusAmber)]))
        lines += heading("Mitigation")
        lines += paragraph("Technical", risk.technicalMitigation, width: width)
        lines += paragraph("Procedural", risk.proceduralMitigation, width: width)
        lines += paragraph("Description", risk.description, width: width)
        let threatened = model.card.initiatives.filter { $0.initiative.risks.contains(risk.id) }
        lines += heading("Initiatives it threatens")
        if threatened.isEmpty { lines.append([Span("none linked", .muted)]) }
        for initiative in threatened {
            lines.append([
                StatusBadge.health(initiative, g),
                Span("  \(initiative.initiative.name) (\(initiative.initiative.id))"),
            ])
        }
        return lines
    }

    // MARK: - Initiative

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
                            Span("   schedule ", .muted), StatusBadge.rag(item.schedule, g),
                            Span("  cost ", .muted), StatusBadge.rag(item.cost, g, none: "n/a"),
                            Span("  milestones ", .muted), StatusBadge.rag(item.milestones, g, none: "n/a"),
                        ] : [])),
            field("Sponsor", owner(initiative.sponsor, model.settings)),
            field("Lead", initiative.lead.isEmpty ? "—" : initiative.lead),
            field("Stage", initiative.stage.rawValue),
            field("Dates", "\(initiative.start) to \(initiative.due)" + (item.isPastDue ? "  PAST DUE" : "")),
            field(
                "Progress",
                ProgressBar.render(
                    progress: initiative.progress, planned: active ? item.plannedProgress : nil,
                    width: min(30, max(10, width - 40)), glyphs: g,
                    role: item.health.map(StatusBadge.role(for:)) ?? .muted)
                    + [
                        Span(
                            " \(Int(saturating: initiative.progress))% done"
                                + (active ? ", \(Int(rounding: item.plannedProgress))% planned by now" : ""), .muted)
                    ]),
        ]
        if let budget = initiative.budget {
            var money = "budget $\(NumberFormat.money(budget))"
            if let spent = initiative.spent { money += " · spent $\(NumberFormat.money(spent))" }
            if let forecast = item.forecast {
                money += " · forecast $\(NumberFormat.money(forecast))"
                if initiative.forecast == nil { money += " (from spend and progress)" }
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

    // MARK: - Finding

    static func findingLines(_ finding: Finding, model: ViewModel, width: Int, _ g: Glyphs) -> [Line] {
        var lines: [Line] = paragraph("What", finding.detail, width: width)
        lines += paragraph("Why it matters", finding.kind.whyItMatters, width: width)
        if !finding.on.isEmpty {
            lines += heading("Shared")
            for id in finding.on {
                // A KPI by its status and name; anything else is a capability tag.
                if let kpi = model.kpi(id) {
                    lines.append([StatusBadge.kpi(kpi.status, g).padded(12), Span("KPI  \(kpi.kpi.name) (\(id))")])
                } else {
                    lines.append([Span(String(repeating: " ", count: 12)), Span("Capability  \(id)")])
                }
            }
        }
        lines += heading("Items")
        for id in finding.ids {
            if let kpi = model.kpi(id) {
                lines.append([
                    StatusBadge.kpi(kpi.status, g).padded(12),
                    Span("KPI  \(kpi.kpi.name) (\(id)), \(kpi.kpi.owner.label)"),
                ])
            } else if let risk = model.risk(id) {
                lines.append([
                    StatusBadge.band(risk.band, g).padded(12),
                    Span("Risk  \(risk.risk.title) (\(id)), \(risk.risk.owner.label)"),
                ])
            } else if let initiative = model.initiative(id) {
                lines.append([
                    StatusBadge.health(initiative, g).padded(12),
                    Span("Initiative  \(initiative.initiative.name) (\(id)), \(initiative.initiative.sponsor.label)"),
                ])
            }
        }
        return lines
    }
}

extension Span {
    /// The span padded with spaces to a width, for aligned lists.
    func padded(_ width: Int) -> Span { Span(text.padded(to: width), role) }
}
