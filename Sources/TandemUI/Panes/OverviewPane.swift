import TandemCore

/// The first screen: headline counts for each area and what needs attention, most severe first.
enum OverviewPane {
    static func draw(into buffer: inout CellBuffer, _ rect: Rect, view: VisibleItems, state: AppState) {
        let g = buffer.glyphs
        let card = view.model.card
        let changes = view.model.changes
        // The changes line, when the list below keeps a few rows.
        let below = rect.height - summaryHeight(forBody: rect.height)
        let strip = changes != nil && !view.changedOnly && below >= 8
        // The actions line, likewise: what the last meeting agreed, at a glance.
        let actionStrip = card.actions != nil && !view.changedOnly && below >= (strip ? 9 : 8)
        let parts = Layout.rows(
            rect,
            [.fixed(summaryHeight(forBody: rect.height))] + (strip ? [.fixed(1)] : [])
                + (actionStrip ? [.fixed(1)] : [])
                + [.flex(1)])
        if strip, let changes { drawChangeStrip(into: &buffer, parts[1], changes: changes, view: view) }
        if actionStrip { drawActionStrip(into: &buffer, parts[strip ? 2 : 1], view: view) }
        let boxes = Layout.columns(parts[0], [.flex(1), .flex(1), .flex(1), .flex(1)])

        // Items are counted in place, their fields read through the indices in view: copying
        // thousands of assessments (each a retain of every text and array it holds, a KPI's
        // history among them) was most of this frame, and handing each to a test as a value
        // still copied it.
        let kpis = view.kpis
        // A stale KPI counts where its last value stood, labelled stale: it is still off target.
        // On a narrow card the count of stale ones goes in the title instead.
        let stale = kpis.count { card.kpis[$0].status == .stale }
        let roomy = boxes[0].width >= 30  // the four cards are as wide as each other
        let staleNote =
            roomy || stale == 0
            ? ""
            : "KPIs \(kpis.count), \(stale) stale".count + 6 <= boxes[0].width
                ? ", \(stale) stale" : " \(g.neutralBullet)\(stale)"
        drawSummary(
            into: &buffer, boxes[0], title: "KPIs", total: "\(kpis.count)" + staleNote,
            absent: MissingDataSet.cardLine(.kpis, card: card),
            lines: [
                standing(kpis, in: card, .green, "on target", g, labelStale: roomy),
                standing(kpis, in: card, .amber, "near target", g, labelStale: roomy),
                standing(kpis, in: card, .red, "off target", g, labelStale: roomy),
                count(
                    kpis.count { card.kpis[$0].status == .noData }, roomy ? "never measured" : "no data",
                    StatusBadge.kpi(.noData, g)),
                [
                    Span(
                        "\(kpis.count { card.kpis[$0].changeIsBetter == false }) "
                            + (roomy ? "worse than last value" : "got worse"), .muted)
                ],
            ])

        let risks = view.riskSummary
        let (aboveAppetite, reviewsOverdue) = (risks.aboveAppetite, risks.reviewsOverdue)
        drawSummary(
            into: &buffer, boxes[1], title: "Risks", total: "\(risks.open)",
            absent: MissingDataSet.cardLine(.risks, card: card),
            lines:
                RiskBand.allCases.reversed().map { band in
                    count(risks.count(band), band.rawValue, StatusBadge.band(band, g))
                } + [
                    [Span("\(aboveAppetite) above appetite", aboveAppetite > 0 ? .statusRed : .muted)],
                    [
                        Span(
                            plural(reviewsOverdue, "review") + (roomy ? " overdue" : " late"),
                            reviewsOverdue > 0 ? .statusAmber : .muted)
                    ],
                ])

        let active = view.initiatives.filter { card.initiatives[$0].initiative.stage == .active }
        let work = card.initiatives
        func sumActive(_ amount: (Int) -> Double?) -> Double {
            active.reduce(0) { sum, index in amount(index).map { sum + $0 } ?? sum }
        }
        let budget = sumActive { work[$0].initiative.budget }
        let forecast = sumActive { work[$0].initiative.budget == nil ? nil : work[$0].forecast }
        // Unscheduled and unrated work is counted apart, never as on track; with no room for every
        // line, the count of work not active goes first.
        let unscheduled = active.count { !work[$0].initiative.isScheduled }
        let unrated = active.count { work[$0].health == nil }
        var initiativeLines: [Line] = [
            count(
                active.count { work[$0].health == .green && work[$0].initiative.isScheduled }, "on track",
                StatusBadge.rag(.green, g)),
            count(active.count { work[$0].health == .amber }, "at risk", StatusBadge.rag(.amber, g)),
            count(active.count { work[$0].health == .red }, "off track", StatusBadge.rag(.red, g)),
        ]
        if unrated > 0 { initiativeLines.append(count(unrated, "not rated", StatusBadge.kpi(.noData, g))) }
        if unscheduled > 0 { initiativeLines.append([Span("\(unscheduled) not scheduled", .statusAmber)]) }
        let notActive: Line = [Span("\(view.initiatives.count - active.count) not active", .muted)]
        if initiativeLines.count + 3 <= boxes[2].height - 2 { initiativeLines.append(notActive) }
        let missed = active.reduce(0) { $0 + card.initiatives[$1].missedMilestones.count }
        drawSummary(
            into: &buffer, boxes[2], title: "Initiatives", total: "\(active.count)",
            absent: MissingDataSet.cardLine(.initiatives, card: card),
            lines: initiativeLines + [
                [
                    Span(
                        "Forecast \(NumberFormat.amount(forecast, currency: card.workspace.settings.currency)) vs "
                            + NumberFormat.amount(budget, currency: card.workspace.settings.currency),
                        forecast > budget ? .statusAmber : .muted)
                ],
                [
                    Span(
                        plural(missed, "milestone") + (roomy ? " missed" : " late"), missed > 0 ? .statusAmber : .muted)
                ],
            ])

        let findings = view.findings
        // Kinds found first: a short card leaves out a kind with none, never one that counts.
        let kinds: [(kind: FindingKind, count: Int)] = FindingKind.allCases.map { kind in
            (kind, findings.count { card.findings[$0].kind == kind })
        }
        var found = kinds.filter { $0.count > 0 } + kinds.filter { $0.count == 0 }
        let room = max(1, boxes[3].height - 2)
        var rest: [Line] = []
        if found.count > room, found[room].count > 0 {
            // More kinds found than lines: the last line counts the findings left out.
            let hidden = found[(room - 1)...].reduce(0) { $0 + $1.count }
            rest = [[Span(String(hidden), .statusAmber), Span(" more: pane 5")]]
            found = Array(found.prefix(room - 1))
        }
        let kindLines: [Line] = found.map { kind, n in
            [
                Span(String(n), n > 0 ? .statusAmber : .muted),
                Span(" " + (boxes[3].width >= 28 ? kind.title : kind.shortTitle), n > 0 ? .text : .muted),
            ]
        }
        drawSummary(into: &buffer, boxes[3], title: "Alignment", total: "\(findings.count)", lines: kindLines + rest)

        let attention = PaneItems.overview(view)
        let listsChanges = view.changedOnly
        // A tall screen: the list as long as it needs, every KPI on a board below it.
        var listRect = parts.last!
        if !listsChanges, !view.kpis.isEmpty, listRect.height - (attention.count + 3) >= KPIBoard.minimumHeight {
            let split = Layout.rows(listRect, [.fixed(attention.count + 3), .flex(1)])
            listRect = split[0]
            KPIBoard.draw(into: &buffer, split[1], view: view)
        }
        var table = Table(
            columns: [
                TableColumn(listsChanges ? "Change" : "Status", width: 10, priority: 9),
                TableColumn("Area", width: 10, priority: 4),
                TableColumn("ID", width: 8, priority: 3),
                TableColumn("Item", width: 30, minWidth: 16, priority: 8),
                TableColumn("Owner", width: 5, priority: 7),
                TableColumn(
                    listsChanges ? "What changed" : "Why it needs attention", width: 40, minWidth: 28, flexible: true,
                    cuttable: true, priority: 7),
            ],
            rows: Array(repeating: .item([]), count: attention.count),
            selected: DashboardView.selectedRow(state, count: attention.count),
            offset: state.scroll[.overview] ?? 0)
        let title = listsChanges ? "Changed since \(changes?.baseline.label ?? "")" : "Needs attention"
        let shown = ScreenLayout.tableRows(inFrame: listRect.height)
        let inner = Frame.draw(
            into: &buffer, listRect, title: [Span(title, .title), Span(" · \(attention.count)", .muted)],
            focused: true, footer: table.scrollLabel(height: shown).map { [Span($0, .muted)] } ?? [])
        if attention.isEmpty {
            let scope = Chrome.emptyScope(filter: state.filter, lens: state.lens)
            buffer.put(
                [Span(listsChanges ? "Nothing changed\(scope)." : "Nothing needs attention\(scope).", .muted)],
                in: inner.row(0))
        } else {
            table.materialize(height: shown) { number in
                let row = attention[number]
                let item = OverviewRowText(row, view.model.card, g)
                let marker =
                    listsChanges ? [] : ChangeMarker.prefix(row.key(view.model.card).flatMap(view.model.change), g)
                return [
                    [item.status], [Span(item.kind, .muted)], [Span(item.id, .muted)], marker + [Span(item.name)],
                    [Span(item.owner?.label ?? "—")], [Span(item.reason, .muted)],
                ]
            }
            table.draw(into: &buffer, inner)
        }
    }

    /// `3 ● off target (1 stale)`: the KPIs whose last value stands at `status`.
    /// - Parameter kpis: the indices of the KPIs shown.
    private static func standing(
        _ kpis: [Int], in card: Scorecard, _ status: KPIStatus, _ words: String, _ g: Glyphs, labelStale: Bool
    ) -> Line {
        let all = kpis.count { card.kpis[$0].lastValueStatus == status }
        let stale = kpis.count { card.kpis[$0].lastValueStatus == status && card.kpis[$0].status == .stale }
        return count(all, words + (stale > 0 && labelStale ? " (\(stale) stale)" : ""), StatusBadge.kpi(status, g))
    }

    static func summaryHeight(forBody height: Int) -> Int { height >= 24 ? 9 : 8 }

    /// One line under the summaries: the actions open, overdue and due in the next 14 days.
    private static func drawActionStrip(into buffer: inout CellBuffer, _ rect: Rect, view: VisibleItems) {
        let g = buffer.glyphs
        let actions = view.actions.compactMap { view.model.card.actions?[$0] }
        let overdue = actions.count(where: \.isOverdue)
        let soon = actions.count(where: \.isDueSoon)
        let line: Line = [
            Span(" Actions: ", .header), Span("\(actions.count(where: \.isOpen)) open  "),
            Span("\(g.warning) \(overdue) overdue", overdue > 0 ? .statusAmber : .muted),
            Span("  \(soon) due in \(ActionAssessment.dueSoonDays) days  "),
        ]
        let hint = Span("6 lists them", .muted)
        buffer.put(line.width + hint.width <= rect.width ? line + [hint] : line, in: rect)
    }

    /// One line under the summaries: how many items changed which way since the baseline.
    private static func drawChangeStrip(
        into buffer: inout CellBuffer, _ rect: Rect, changes: Changes, view: VisibleItems
    ) {
        let g = buffer.glyphs
        let items = PaneItems.changes(view)
        var line: Line = [Span(" Since \(changes.baseline.label): ", .header)]
        if items.isEmpty {
            line.append(Span("nothing changed\(Chrome.emptyScope(filter: view.filter, lens: view.lens))", .muted))
        } else {
            for direction in ChangeDirection.allCases {
                let n = items.count { $0.direction == direction }
                guard n > 0 else { continue }
                line += [
                    Span(
                        "\(ChangeMarker.glyph(direction, g)) \(n) \(direction.rawValue)", ChangeMarker.role(direction)),
                    Span("  "),
                ]
            }
            // The hint only where it fits whole: "c…" says nothing.
            let hint = Span("c lists them", .muted)
            if line.width + hint.width <= rect.width { line.append(hint) }
        }
        buffer.put(line, in: rect)
    }

    private static func count(_ n: Int, _ words: String, _ badge: Span) -> Line {
        [
            Span(String(n), n > 0 ? badge.role : .muted),  // right-aligned by `drawSummary`
            Span(" " + badge.text.split(separator: " ").first.map(String.init)! + " ", n > 0 ? badge.role : .muted),
            Span(words, n > 0 ? .text : .muted),
        ]
    }

    /// - Parameter absent: why the card's data set is not there: no counts, which would read as
    ///   all clear, but a line saying so.
    private static func drawSummary(
        into buffer: inout CellBuffer, _ rect: Rect, title: String, total: String, absent: String? = nil,
        lines: [Line]
    ) {
        let inner = Frame.draw(
            into: &buffer, rect, title: [Span(title, .title), Span(" " + (absent == nil ? total : "—"), .muted)])
        // Wrapped: at 80 columns a card is 18 wide, and "not in this work…" would say less.
        // Counts are right-aligned as wide as the card's widest, at least 3: "71330" is never
        // cut to "71…", which would hide the figure.
        let isCount = { (line: Line) in line.count > 1 && line[0].text.allSatisfy(\.isNumber) }
        let digits = max(3, lines.filter(isCount).map { $0[0].text.count }.max() ?? 0)
        let aligned = lines.map { line in
            isCount(line) ? [Span(line[0].text.padded(to: digits, alignment: .right), line[0].role)] + line[1...] : line
        }
        let shown =
            absent.map { TextBlock.wrap($0, width: max(1, inner.width - 1)).map { [Span($0, .muted)] } } ?? aligned
        for (index, line) in shown.prefix(inner.height).enumerated() {
            buffer.put(line, in: inner.row(index).inset(left: 1))
        }
    }
}

/// `1 review`, `2 reviews`.
func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
