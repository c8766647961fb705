import TandemCore

/// The mark a changed row carries: new, better, worse, or changed otherwise; never colour alone.
enum ChangeMarker {
    static func glyph(_ direction: ChangeDirection, _ g: Glyphs) -> String {
        switch direction {
        case .new: g.changedNew
        case .better, .resolved: g.changedBetter
        case .worse: g.changedWorse
        case .changed, .removed: g.changedOther
        }
    }

    static func role(_ direction: ChangeDirection) -> StyleRole {
        switch direction {
        case .new: .accent
        case .better, .resolved: .statusGreen
        case .worse: .statusRed
        case .changed, .removed: .muted
        }
    }

    /// The marker and a space, to put before an item's name; nothing when it did not change.
    static func prefix(_ change: ItemChange?, _ g: Glyphs) -> [Span] {
        guard let change else { return [] }
        return [Span(glyph(change.direction, g) + " ", role(change.direction))]
    }

    /// The marker with its word, e.g. `↓ worse`.
    static func badge(_ direction: ChangeDirection, _ g: Glyphs) -> Span {
        Span("\(glyph(direction, g)) \(direction.rawValue)", role(direction))
    }
}
