/// One worksheet, read whole: its name and the rows that hold values, in order.
public struct WorkbookSheet: Equatable, Sendable {
    /// The name on the sheet's tab.
    public let name: String
    /// Rows that hold at least one value, ascending by row number without repeats.
    public let rows: [WorkbookRow]
    /// The sheet's merged ranges; each one's value is in its top-left cell only.
    public let mergedRanges: [CellRange]

    public init(name: String, rows: [WorkbookRow], mergedRanges: [CellRange] = []) {
        self.name = name
        self.rows = rows
        self.mergedRanges = mergedRanges
    }

    /// The row with this 1-based number, or nil when it holds nothing.
    public func row(_ number: Int) -> WorkbookRow? {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].number < number { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low].number == number ? rows[low] : nil
    }

    /// The cell at `reference`; `.empty` where the sheet has nothing.
    public subscript(reference: CellReference) -> WorkbookCell {
        row(reference.row)?[reference.column] ?? .empty
    }
}
