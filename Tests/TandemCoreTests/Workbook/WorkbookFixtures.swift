import Foundation

@_spi(Fuzzing) @testable import TandemCore

/// The workbooks in Fixtures/workbooks (made by scripts/make-workbook-fixtures), and a way to
/// show a sheet as lines a reviewer can read in a diff.
enum WorkbookFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/workbooks").path

    static func bytes(_ name: String) throws -> [UInt8] {
        try RegularFile.read(folder + "/" + name)
    }

    static func open(_ name: String) throws -> Workbook {
        try Workbook(bytes: bytes(name))
    }

    /// One line per row: its number, then each cell as `F=value` (`WorkbookCell.summary`).
    static func lines(_ sheet: WorkbookSheet) -> [String] {
        sheet.rows.map { row in
            let cells = zip(row.columns, row.cells).map { column, cell in
                "\(CellReference.letters(column: column))=\(cell.summary)"
            }
            return "\(row.number): " + cells.joined(separator: " ")
        }
    }

    /// A sheet part parsed on its own, with these shared strings and no styles.
    static func sheet(_ xml: String, strings: [String] = [], uses1904Dates: Bool = false) throws -> WorkbookSheet {
        try SheetParser(sharedStrings: strings, uses1904Dates: uses1904Dates).parse(Array(xml.utf8), name: "Test")
    }
}
