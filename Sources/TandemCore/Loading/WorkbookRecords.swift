/// A workbook sheet's rows as records of text, each cell written the way Tandem reads it back
/// exactly: a date as `YYYY-MM-DD`, a percent as its points with `%`, a number in full.
enum WorkbookRecords {
    /// The rows as records, each at most `width` fields wide (its own last value's column, if
    /// nearer): a sheet stores only the cells that hold something, and a record holds every one up
    /// to its last.
    /// - Throws: when the rows would hold more than `maximumCells` fields: a small hostile file
    ///   can place one value far right on each of a million rows.
    static func table(
        _ rows: ArraySlice<WorkbookRow>, decimal: Character, width: Int, file: String
    ) throws(LoadFailure) -> RecordTable {
        var table = RecordTable()
        var cells = 0
        for row in rows {
            let values = row.values(limit: width)
            cells += values.count
            guard cells <= maximumCells else {
                throw LoadFailure(
                    file: file, line: row.number,
                    "holds more than \(maximumCells / 1_000_000) million cells within its header's width; expected "
                        + "a sheet of at most that many (split it, or delete the unused columns and rows)")
            }
            table.append(line: row.number, fields: values.map { text($0, decimal: decimal) })
        }
        return table
    }

    /// 200,000 rows of 25 columns, far more than a dashboard's data set; a sheet that reaches it
    /// (a value far right on every row) fails after about a quarter of a gigabyte.
    static let maximumCells = 5_000_000

    /// The cell as text. An error value reads as empty: `errorCells` says so.
    static func text(_ cell: WorkbookCell, decimal: Character) -> String {
        switch cell {
        case .empty, .error: ""
        case .text(let text): text
        case .number(let value): number(value, decimal: decimal)
        case .percent(let value): number(value, decimal: decimal) + "%"
        case .date(let day): day.description
        case .bool(let value): value ? "TRUE" : "FALSE"
        }
    }

    /// Whole numbers without `.0` (an id of 1001 stays "1001"), others in full, with the file's
    /// decimal separator so the same reader takes them.
    private static func number(_ value: Double, decimal: Character) -> String {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        return decimal == "." ? text : String(text.map { $0 == "." ? decimal : $0 })
    }

    /// The 0-based columns whose header cell is a date (Excel's `mmm-yy` headers are).
    static func dateColumns(in sheet: WorkbookSheet, row: Int) -> Set<Int> {
        guard let header = sheet.row(row) else { return [] }
        return Set(zip(header.columns, header.cells).compactMap { if case .date = $1 { $0 - 1 } else { nil } })
    }

    /// One warning per column Tandem reads that holds error values (`#N/A`, `#DIV/0!`): they read
    /// as empty, and the user should know which cells those are.
    static func errorCells(in sheet: WorkbookSheet, after header: CSVHeader, columns: [String], file: String)
        -> [Diagnostic]
    {
        var read: [Int: String] = [:]
        for name in columns { if let index = header.column(name).index { read[index + 1] = name } }
        var found: [Int: [CellReference]] = [:]
        var codes: [Int: String] = [:]
        for row in sheet.rows where row.number > header.line {
            for (column, cell) in zip(row.columns, row.cells) {
                guard case .error(let code) = cell, read[column] != nil else { continue }
                found[column, default: []].append(row.reference(column: column))
                codes[column] = codes[column] ?? code
            }
        }
        return found.keys.sorted().map { column in
            let cells = found[column]!
            let listed = cells.prefix(5).map(\.description).joined(separator: ", ") + (cells.count > 5 ? ", …" : "")
            let (cellsWord, holds) = cells.count == 1 ? ("cell", "holds") : ("\(cells.count) cells", "hold")
            var diagnostic = Diagnostic(
                .warning, file: file, line: cells[0].row, column: read[column],
                "\(cellsWord) \(listed) \(holds) an error value (\(TextSanitizer.visible(codes[column]!))) "
                    + "that Excel computed; read as empty; expected a value (fix the formula in the workbook)")
            diagnostic.sheet = sheet.name
            return diagnostic
        }
    }
}
