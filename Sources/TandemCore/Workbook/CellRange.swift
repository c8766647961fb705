/// A rectangle of cells, such as a merged title (`A1:F2`): merged cells hold their value in the
/// top-left cell only, and a reader that knows the range can tell a title block from a header.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public let first: CellReference
    public let last: CellReference

    public init(first: CellReference, last: CellReference) {
        self.first = CellReference(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Reads `A1:F2`, or `B3` for a range of one cell; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
            let first = CellReference(String(parts[0])),
            let last = CellReference(String(parts[parts.count - 1]))
        else { return nil }
        self.init(first: first, last: last)
    }

    public func contains(_ cell: CellReference) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
    }

    public var description: String { first == last ? "\(first)" : "\(first):\(last)" }
}
