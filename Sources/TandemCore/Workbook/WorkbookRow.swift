/// One row of a sheet that holds at least one value: its row number and its cells, without the
/// empty ones in between. Sparse because a sheet may place a single value in column XFD: a dense
/// row would be 16,384 cells, and a small hostile file could repeat that on every row.
public struct WorkbookRow: Equatable, Sendable {
    /// 1-based row number, as on the sheet (hidden rows included, blank rows skipped).
    public let number: Int
    /// The 1-based columns that hold a value, ascending; `cells[i]` is in `columns[i]`.
    public let columns: [Int]
    /// The non-empty cells, left to right.
    public let cells: [WorkbookCell]

    /// - Precondition: `columns` ascending without repeats, as many as `cells`.
    public init(number: Int, columns: [Int], cells: [WorkbookCell]) {
        precondition(columns.count == cells.count, "a column for every cell")
        self.number = number
        self.columns = columns
        self.cells = cells
    }

    /// The cell in `column` (1 is A); `.empty` where the row has nothing.
    public subscript(column: Int) -> WorkbookCell {
        var low = 0
        var high = columns.count
        while low < high {
            let middle = (low + high) / 2
            if columns[middle] < column { low = middle + 1 } else { high = middle }
        }
        return low < columns.count && columns[low] == column ? cells[low] : .empty
    }

    /// The rightmost column that holds a value; 0 for a row without any.
    public var lastColumn: Int { columns.last ?? 0 }

    /// Columns 1 to `lastColumn` (at most `limit` of them), empty cells included: what a
    /// delimited file's record would hold.
    public func values(limit: Int = CellReference.maximumColumn) -> [WorkbookCell] {
        var values = [WorkbookCell](repeating: .empty, count: min(lastColumn, limit))
        for (column, cell) in zip(columns, cells) where column <= values.count { values[column - 1] = cell }
        return values
    }

    /// The reference of this row's cell in `column`, for messages (`F14`).
    public func reference(column: Int) -> CellReference { CellReference(row: number, column: column) }
}
