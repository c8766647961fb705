/// An `.xlsx` workbook opened for reading: its sheet names, and each sheet on demand.
///
/// Opening reads the small parts every sheet needs (the workbook, its relationships, the styles
/// and the shared strings); `sheet(named:)` then reads one sheet's part in a single streaming
/// pass. Every failure is a `WorkbookError` whose description names what was found and what to
/// do. Not `Sendable`: it holds the open zip container.
///
/// ```swift
/// let workbook = try Workbook(bytes: RegularFile.read(path))
/// let sheet = try workbook.sheet(named: "Corporate")   // nil: the first sheet
/// for row in sheet.rows { … row[3] … row.reference(column: 3) … }
/// ```
public struct Workbook {
    /// The sheets' names, in tab order (hidden sheets too).
    public let sheetNames: [String]
    /// True when the workbook counts dates from 1904 (old Mac Excel), not 1900.
    public let uses1904Dates: Bool

    private let archive: WorkbookArchive
    /// The part path of each sheet, by its place in `sheetNames`; nil when the workbook names a
    /// sheet whose part it does not have.
    private let sheetParts: [String?]
    private let values: CellValues

    /// Opens the workbook in `bytes` (the whole file).
    /// - Throws: `WorkbookError`: an Excel 97–2003, encrypted or OpenDocument file; a zip that is
    ///   no workbook; a damaged container or part; a zip bomb; a workbook without sheets.
    public init(bytes: [UInt8]) throws(WorkbookError) {
        switch WorkbookFormat.sniff(bytes) {
        case .zip: break
        case .other where bytes.isEmpty: throw .notAWorkbook(found: "the file is empty")
        case .other: throw .notAWorkbook(found: "it is not a zip container, as every .xlsx workbook is")
        case let format: throw .unsupportedFormat(format)
        }
        let archive = try WorkbookArchive(bytes: bytes)
        if let mimetype = try archive.read("mimetype"),
            String(decoding: mimetype.prefix(64), as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument")
        {
            throw .unsupportedFormat(.openDocument)
        }
        let workbookPart = try Self.workbookPart(archive)
        guard let workbookBytes = try archive.read(workbookPart) else {
            let found =
                archive.contains("word/document.xml")
                ? "it is a Word document"
                : archive.contains("ppt/presentation.xml")
                    ? "it is a PowerPoint presentation"
                    : "it is a zip file without a workbook part (\(workbookPart))"
            throw .notAWorkbook(found: found)
        }
        let index = try Self.parse(workbookPart, sheet: nil) { () throws(XMLError) in
            try WorkbookIndex.parse(workbookBytes)
        }
        guard !index.sheets.isEmpty else { throw .noSheets }
        let relationshipsPart = Relationships.path(for: workbookPart)
        let relationshipsBytes = try archive.read(relationshipsPart) ?? []
        let relationships = try Self.parse(relationshipsPart, sheet: nil) { () throws(XMLError) in
            try Relationships.parse(relationshipsBytes, source: workbookPart)
        }
        let stylesPart = relationships.first(kind: "styles")?.path ?? "xl/styles.xml"
        let stylesBytes = try archive.read(stylesPart) ?? []
        let styles = try Self.parse(stylesPart, sheet: nil) { () throws(XMLError) in
            try CellStyles.parse(stylesBytes)
        }
        let stringsPart = relationships.first(kind: "sharedStrings")?.path ?? "xl/sharedStrings.xml"
        let stringsBytes = try archive.read(stringsPart) ?? []
        let strings = try Self.parse(stringsPart, sheet: nil) { () throws(XMLError) in
            try SharedStrings.parse(stringsBytes)
        }
        self.archive = archive
        sheetNames = index.sheets.map(\.name)
        uses1904Dates = index.uses1904Dates
        sheetParts = index.sheets.enumerated().map { place, sheet in
            relationships.target(id: sheet.relationshipId)?.path
                ?? (relationships.items.isEmpty ? "xl/worksheets/sheet\(place + 1).xml" : nil)
        }
        values = CellValues(sharedStrings: strings, styles: styles, uses1904Dates: index.uses1904Dates)
    }

    /// The sheet with this name (exactly, else ignoring case as Excel does), or the first sheet
    /// when `name` is nil.
    /// - Throws: `missingSheet` (listing the names there are), or what reading its part found.
    public func sheet(named name: String? = nil) throws(WorkbookError) -> WorkbookSheet {
        guard let name else { return try sheet(at: 0) }
        let place =
            sheetNames.firstIndex(of: name)
            ?? sheetNames.firstIndex { $0.lowercased() == name.lowercased() }
        guard let place else { throw .missingSheet(name, available: sheetNames) }
        return try sheet(at: place)
    }

    /// The sheet at `place` in tab order (0 is the first).
    public func sheet(at place: Int) throws(WorkbookError) -> WorkbookSheet {
        guard sheetNames.indices.contains(place) else {
            throw .missingSheet("number \(place + 1)", available: sheetNames)
        }
        let name = sheetNames[place]
        guard let part = sheetParts[place], let bytes = try archive.read(part) else {
            throw .malformedPart(
                part: sheetParts[place] ?? "xl/workbook.xml", sheet: name, reason: "its part is missing")
        }
        let parser = SheetParser(values: values)
        return try Self.parse(part, sheet: name) { () throws(XMLError) in try parser.parse(bytes, name: name) }
    }

    /// The workbook part the package's relationships name (`xl/workbook.xml` by habit).
    private static func workbookPart(_ archive: WorkbookArchive) throws(WorkbookError) -> String {
        let fallback = "xl/workbook.xml"
        guard let bytes = try archive.read("_rels/.rels") else { return fallback }
        let relationships = try parse("_rels/.rels", sheet: nil) { () throws(XMLError) in
            try Relationships.parse(bytes, source: "")
        }
        return relationships.first(kind: "officeDocument")?.path ?? fallback
    }

    /// Runs a part's parser, turning its `XMLError` into a `WorkbookError` that names the part.
    private static func parse<Result>(
        _ part: String, sheet: String?, _ body: () throws(XMLError) -> Result
    ) throws(WorkbookError) -> Result {
        do {
            return try body()
        } catch {
            throw .malformedPart(part: part, sheet: sheet, reason: "\(error.reason) (at byte \(error.offset))")
        }
    }
}
