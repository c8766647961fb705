import TandemCore

/// What a pane shows for a data set the workspace does not have, or could not read at all: one
/// line saying so, and how to add it or where to see why.
enum MissingDataSet {
    /// - Returns: true when the data set is missing and the pane was drawn.
    static func draw(
        into buffer: inout CellBuffer, _ rect: Rect, title: String, _ set: DataSet, card: Scorecard
    ) -> Bool {
        guard card.workspace.missing.contains(set) else { return false }
        let inner = Frame.draw(into: &buffer, rect, title: [Span(title, .title)], focused: true)
        buffer.put([Span(sentence(set, card: card), .muted)], in: inner.row(0))
        return true
    }

    /// The file is there but could not be read as its data set (as opposed to absent).
    static func isUnreadable(_ set: DataSet, card: Scorecard) -> Bool {
        card.diagnostics.contains { $0.isWholeFile && $0.dataSet == set }
    }

    /// The overview card's line for a data set that is not there; nil when it is.
    static func cardLine(_ set: DataSet, card: Scorecard) -> String? {
        guard card.workspace.missing.contains(set) else { return nil }
        return isUnreadable(set, card: card) ? "could not be read: ! says why" : "not in this workspace"
    }

    static func sentence(_ set: DataSet, card: Scorecard) -> String {
        isUnreadable(set, card: card)
            ? "\(TextSanitizer.visible(card.fileName(of: set))) could not be read: ! shows why."
            : "No \(set.rawValue) in this workspace: add \(set.fileName) beside tandem.toml, or name your own "
                + "file in [sources.\(set.rawValue)] (`tandem inspect FILE` writes the table)."
    }
}
