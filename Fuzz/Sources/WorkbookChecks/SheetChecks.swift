// Checks the two .xlsx targets share: what a sheet Tandem read promises, and that messages
// about a workbook are safe to print.
import FuzzSupport
@_spi(Fuzzing) import TandemCore

public enum SheetChecks {
    /// Traps when `sheet` breaks a promise of `WorkbookSheet`: rows ascending without repeats,
    /// each with cells, in Excel's grid, columns ascending, no empty cell stored, no text that
    /// could reach the terminal as a control character (line breaks are kept), finite numbers.
    public static func check(_ sheet: WorkbookSheet) {
        var lastRow = 0
        for row in sheet.rows {
            require(row.number > lastRow, "rows ascend without repeats: \(row.number) after \(lastRow)")
            require(row.number <= CellReference.maximumRow, "row \(row.number) is in the grid")
            require(!row.cells.isEmpty && row.cells.count == row.columns.count, "a row holds cells")
            lastRow = row.number
            var lastColumn = 0
            for (column, cell) in zip(row.columns, row.cells) {
                require(column > lastColumn, "columns ascend in row \(row.number)")
                require(column <= CellReference.maximumColumn, "column \(column) is in the grid")
                lastColumn = column
                require(row[column] == cell, "a row finds its own cells")
                check(cell)
            }
        }
        for range in sheet.mergedRanges {
            require(range.first.row <= range.last.row && range.first.column <= range.last.column, "ranges are ordered")
        }
    }

    public static func check(_ cell: WorkbookCell) {
        switch cell {
        case .empty: fatalError("an empty cell is not stored")
        case .text(let text), .error(let text):
            require(!text.isEmpty, "text is not empty")
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                TerminalSafe.check(String(line), "a cell's text")
            }
        case .number(let value), .percent(let value):
            require(value.isFinite, "a number is finite")
        case .date(let day):
            let (y, m, d) = day.components
            require(Day(year: y, month: m, day: d) == day, "a date round-trips")
        case .bool:
            break
        }
    }
}
