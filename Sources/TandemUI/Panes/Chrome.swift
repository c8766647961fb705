import TandemCore

/// The title bar, the pane tabs, the banner and the status line around every pane.
enum Chrome {
    static func drawTitle(into buffer: inout CellBuffer, _ rect: Rect, model: ViewModel, state: AppState) {
        let g = buffer.glyphs
        buffer.fill(rect, role: .titleBar)
        let card = model.card
        var left: Line = [
            Span(" TANDEM ", .title),
            Span(" \(model.settings.organization) ", .titleBar),
            Span("\(g.separator) as of \(card.asOf.withYear) ", .titleBar),
        ]
        // What the screen leaves out, on the screen itself: a snapshot of a filtered screen must
        // say so.
        var right: Line = []
        if card.workspace.origin.isDemo { right.append(Span(" DEMO DATA ", .demo)) }
        let errors = card.errorCount
        let warnings = card.warningCount
        if errors + warnings > 0 {
            var words: [String] = []
            if errors > 0 { words.append("\(errors) error\(errors == 1 ? "" : "s")") }
            if warnings > 0 { words.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
            right.append(
                Span(" \(g.warning) \(words.joined(separator: ", ")) ", errors > 0 ? .statusRed : .statusAmber))
        }
        let scopes = [
            scope(state), scope(state, short: true),
            state.filter.isEmpty && state.lens == .all && !state.changedOnly ? nil : "filtered",
        ]
        if let scope = scopes.compactMap({ $0 }).first(where: {
            $0.displayWidth + 3 <= rect.width - left.width - min(right.width, rect.width / 2)
        }) {
            left.append(Span("\(g.separator) \(scope) ", .accent))
        }
        if let changes = model.changes {
            // The longest wording that fits beside the rest.
            let room = rect.width - left.width - min(right.width, rect.width / 2)
            let label = changes.baseline.label
            if let words = ["changes since \(label)", "since \(label)"].first(where: { $0.displayWidth + 3 <= room }) {
                left.append(Span("\(g.separator) \(words) ", .titleBar))
            }
        }
        let rightWidth = min(right.width, rect.width / 2)
        buffer.put(left, in: Rect(x: rect.x, y: rect.y, width: rect.width - rightWidth, height: 1))
        let rightRect = Rect(x: rect.maxX - rightWidth, y: rect.y, width: rightWidth, height: 1)
        buffer.put(right, in: rightRect, alignment: .right)
        // The count of problems leads to the list of them.
        if errors + warnings > 0 { buffer.register(rightRect, .problems) }
    }

    /// `filter "cost", lens CIO + Joint`: what the lens and the filter let through; nil for all.
    static func scope(_ state: AppState, short: Bool = false) -> String? {
        var parts: [String] = []
        if !state.filter.isEmpty { parts.append(short ? "filtered" : "filter \"\(state.filter)\"") }
        if state.lens != .all {
            parts.append(short ? state.lens.label.replacing(" ", with: "") : "lens \(state.lens.label)")
        }
        if state.changedOnly { parts.append(short ? "changes" : "only changes") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// " in this filter" or " in this lens" after "Nothing changed", when one is set.
    static func emptyScope(filter: String, lens: OwnerLens, changedOnly: Bool = false) -> String {
        !filter.isEmpty
            ? " in this filter" : lens != .all ? " in this lens" : changedOnly ? " changed since the baseline" : ""
    }

    /// The count beside each tab, by the engine's attention rule: what is red, the actions
    /// overdue, and every finding. Counted, not listed: the list would be sorted for nothing.
    static func tabCounts(_ view: VisibleItems) -> [Pane: Int] {
        let card = view.model.card
        return view.model.cache.badges(view.cacheKey(.tabBadges)) {
            let actions = card.actions ?? []
            return [
                .alignment: view.findings.count,
                .kpis: view.kpis.count { Attention.urgency(card.kpis[$0])?.isRed == true },
                .risks: view.risks.count { Attention.urgency(ofRisk: $0, in: card.risks)?.isRed == true },
                .initiatives: view.initiatives.count { Attention.urgency(card.initiatives[$0])?.isRed == true },
                .actions: view.actions.count { actions[$0].isOverdue },
            ]
        }
    }

    static func drawTabs(into buffer: inout CellBuffer, _ rect: Rect, view: VisibleItems, state: AppState) {
        let g = buffer.glyphs
        let counts = tabCounts(view)
        // Full names when they fit, else short ones.
        let fullWidth = Pane.allCases.reduce(1) { width, pane in
            width + pane.title.count + 5 + (counts[pane].map { $0 > 0 ? String($0).count + 2 : 0 } ?? 0)
        }
        let short = fullWidth > rect.width
        var x = rect.x + 1
        for pane in Pane.allCases {
            let focused = pane == state.pane
            let start = x
            let name = short ? pane.shortTitle : pane.title
            // Brackets on the focused tab: a plain-text snapshot shows which pane it is.
            x = buffer.put(
                focused ? "[\(pane.rawValue) \(name)]" : " \(pane.rawValue) \(name) ", x: x, y: rect.y,
                role: focused ? .title : .muted, clip: rect)
            if let count = counts[pane], count > 0 {
                x = buffer.put(
                    "\(g.bullet)\(count) ", x: x, y: rect.y,
                    role: pane == .alignment || pane == .actions ? .statusAmber : .statusRed,
                    clip: rect)
            }
            let tab = Rect(x: start, y: rect.y, width: x - start, height: 1)
            if focused { buffer.select(tab) }
            buffer.register(tab, .tab(pane.rawValue))
            x += 1
        }
    }

    /// The banner names the problem that matters most right now: stale data after a failed
    /// reload, or rows left out of the files.
    static func bannerText(state: AppState, model: ViewModel) -> String? {
        if let banner = state.banner { return banner }
        let leftOut = model.card.rowsLeftOut
        guard !leftOut.isEmpty else { return nil }
        let total = leftOut.reduce(0) { $0 + $1.rows }
        let files = leftOut.map { "\($0.rows) in \($0.file)" }.joined(separator: ", ")
        return "\(total) row\(total == 1 ? "" : "s") with errors left out (\(files)): ! lists every problem"
    }

    static func drawBanner(into buffer: inout CellBuffer, _ rect: Rect, text: String) {
        buffer.fill(rect, role: .banner)
        buffer.put([Span(" \(buffer.glyphs.warning) \(text)", .banner)], in: rect)
    }

    static func drawStatus(into buffer: inout CellBuffer, _ rect: Rect, state: AppState, view: VisibleItems) {
        buffer.fill(rect, role: .statusBar)
        let g = buffer.glyphs
        if let id = state.confirmingDrop {
            let title = (view.model.action(id)?.action.title ?? "").truncated(to: 40, ellipsis: g.ellipsis)
            buffer.put(
                [Span(" Drop \(id) \"\(title)\"? ", .title), Span(" y drops it · any other key keeps it", .statusBar)],
                in: rect)
            return
        }
        if state.actionForm != nil {
            // Why the last Enter wrote nothing, when it did not; else how to leave.
            let note = state.message.map { Span(" " + $0, .accent) } ?? Span(" Enter saves · Esc cancels", .statusBar)
            buffer.put([Span(" New action ", .title), note], in: rect)
            return
        }
        if state.isEditingFilter {
            buffer.put(
                [
                    Span(" Filter: ", .title), Span(state.filter + "_", .statusBar),
                    Span("   Enter keeps · Esc clears", .statusBar),
                ], in: rect)
            return
        }
        var left: Line = [Span(" \(state.pane.title) ", .title)]
        left.append(Span(" lens \(state.lens.label) ", .statusBar))
        if PaneSorts.names(of: state.pane).count > 1 {
            left.append(Span("\(g.separator) sort \(state.sortOrder(of: state.pane)) ", .statusBar))
        }
        if !state.filter.isEmpty { left.append(Span("\(g.separator) filter \"\(state.filter)\" ", .accent)) }
        if view.changedOnly { left.append(Span("\(g.separator) only changes ", .accent)) }
        let count = PaneItems.count(state.pane, view, state)
        if count > 0, state.detail == nil {
            left.append(Span("\(g.separator) \(min(state.selected + 1, count))/\(count) ", .statusBar))
        }
        let leftWidth = min(left.width, rect.width)
        buffer.put(left, in: Rect(x: rect.x, y: rect.y, width: leftWidth, height: 1))
        let room = rect.width - leftWidth
        let hint: Line
        if let message = state.message {
            hint = [Span(message + " ", .accent)]
        } else {
            let move = g.isASCII ? "j/k" : "↑↓"
            let choices =
                state.detail != nil
                ? ["\(move) scroll  Esc back  ? help  q quit ", "Esc back  ? help  q quit ", "? help "]
                : PaneSorts.names(of: state.pane).count < 2
                    ? [
                        "\(move) move  Enter detail  / filter  o lens  ? help  q quit ",
                        "Enter detail  / filter  o lens  ? help  q quit ", "? help  q quit ", "? help ",
                    ]
                    : [
                        "\(move) move  Enter detail  / filter  o lens  s sort  ? help  q quit ",
                        "Enter detail  / filter  o lens  ? help  q quit ", "? help  q quit ", "? help ",
                    ]
            hint = [Span(choices.first { $0.displayWidth <= room - 1 } ?? "", .statusBar)]
        }
        if room > 8 {
            buffer.put(hint, in: Rect(x: rect.maxX - room, y: rect.y, width: room, height: 1), alignment: .right)
        }
    }
}
