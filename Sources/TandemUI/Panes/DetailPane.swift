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
            lines = kpiLines(kpi, model: model, width: width, g) + linkedActions([id], model: model, g)
        case .risk(let id):
            guard let risk = model.risk(id) else { return nil }
            title = [Span(risk.risk.title, .title), Span(" \(risk.risk.id)", .muted)]
            lines = riskLines(risk, model: model, width: width, g) + linkedActions([id], model: model, g)
        case .initiative(let id):
            guard let initiative = model.initiative(id) else { return nil }
            title = [Span(initiative.initiative.name, .title), Span(" \(initiative.initiative.id)", .muted)]
            lines =
                initiativeLines(initiative, model: model, width: width, g) + linkedActions([id], model: model, g)
        case .finding(let key):
            guard let finding = model.finding(key) else { return nil }
            title = [Span(finding.kind.title, .title)]
            lines = findingLines(finding, model: model, width: width, g) + linkedActions(finding.ids, model: model, g)
        case .action(let id):
            guard let action = model.action(id) else { return nil }
            title = [Span(action.action.title, .title), Span(" \(action.action.id)", .muted)]
            // Follow-ups, when there are any.
            let followUps = model.card.links.actions(linking: id).isEmpty ? [] : linkedActions([id], model: model, g)
            lines = actionLines(action, model: model, width: width, g) + followUps
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

    /// "CIO (Priya Raman)"; just "CIO" where the manifest names no leader ("CIO (CIO)" says nothing).
    static func owner(_ owner: Owner, _ settings: Settings) -> String {
        guard owner != .joint else { return "Joint (CIO and COO)" }
        let name = settings.leaderName(for: owner)
        return name == owner.label ? name : "\(owner.label) (\(name))"
    }
}

extension Span {
    /// The span padded with spaces to a width, for aligned lists.
    func padded(_ width: Int) -> Span { Span(text.padded(to: width), role) }
}
