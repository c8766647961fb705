/// Gathers a sheet's cells row by row as the parser meets them, and hands back rows in the shape
/// `WorkbookSheet` promises: ascending, without repeats, only cells that hold something.
///
/// Excel writes rows and cells in order, so that is the fast path. A file that repeats a row or
/// a cell, or goes back, is put in order at the end; where a cell is written twice, the later
/// one wins, as when the file is opened in Excel.
struct RowCollector {
    private(set) var rows: [WorkbookRow] = []
    private var columns: [Int] = []
    private var cells: [WorkbookCell] = []
    private var rowNumber = 0
    private var rowsInOrder = true
    private var cellsInOrder = true

    /// The number of the last row begun, 0 before the first.
    var currentRow: Int { rowNumber }

    /// Ends the row being gathered (if any) and starts row `number`.
    mutating func startRow(_ number: Int) {
        finishRow()
        rowNumber = number
    }

    mutating func add(_ cell: WorkbookCell, column: Int) {
        guard cell != .empty else { return }
        if let last = columns.last, column <= last { cellsInOrder = false }
        columns.append(column)
        cells.append(cell)
    }

    /// The finished rows, ascending.
    mutating func finish() -> [WorkbookRow] {
        finishRow()
        guard !rowsInOrder else { return rows }
        var merged: [WorkbookRow] = []
        for row in rows.enumerated().sorted(by: { ($0.element.number, $0.offset) < ($1.element.number, $1.offset) }) {
            if let last = merged.last, last.number == row.element.number {
                merged[merged.count - 1] = Self.ordered(
                    number: last.number, columns: last.columns + row.element.columns,
                    cells: last.cells + row.element.cells)
            } else {
                merged.append(row.element)
            }
        }
        return merged
    }

    private mutating func finishRow() {
        defer { cellsInOrder = true }
        guard !cells.isEmpty else { return }
        if let last = rows.last, rowNumber <= last.number { rowsInOrder = false }
        let row =
            cellsInOrder
            ? WorkbookRow(number: rowNumber, columns: columns, cells: cells)
            : Self.ordered(number: rowNumber, columns: columns, cells: cells)
        rows.append(row)
        let capacity = columns.count
        columns = []
        cells = []
        columns.reserveCapacity(capacity)
        cells.reserveCapacity(capacity)
    }

    /// The cells sorted by column; of two in one column, the later.
    private static func ordered(number: Int, columns: [Int], cells: [WorkbookCell]) -> WorkbookRow {
        var pairs: [(column: Int, cell: WorkbookCell)] = []
        for (index, column) in columns.enumerated().sorted(by: { ($0.element, $0.offset) < ($1.element, $1.offset) }) {
            if pairs.last?.column == column { pairs.removeLast() }
            pairs.append((column, cells[index]))
        }
        return WorkbookRow(number: number, columns: pairs.map(\.column), cells: pairs.map(\.cell))
    }
}
