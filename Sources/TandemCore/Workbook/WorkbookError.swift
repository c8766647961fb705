/// Why a workbook, or one of its sheets, cannot be read. `description` completes "FILE …" and
/// says what was found, what was expected and what to do, as `RegularFile.ReadError` does; the
/// loader puts the file's name in front.
public enum WorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A format Tandem does not read: Excel 97–2003, encrypted, OpenDocument.
    case unsupportedFormat(WorkbookFormat)
    /// A file read as delimited text (by its name, `.csv`) that is a workbook or another zip.
    case workbookNamedAsText(WorkbookFormat)
    /// A file read as a workbook that is none: text, or a zip without a workbook in it.
    case notAWorkbook(found: String)
    /// The zip container itself cannot be read.
    case damagedContainer(reason: String)
    /// A part that would inflate past `PartSizeLimit`: a zip bomb, or a header that lies.
    case partTooLarge(part: String, compressedSize: UInt64, inflatedSize: UInt64)
    /// A part whose XML (or a cell in it) cannot be read; `sheet` names the sheet it belongs to.
    case malformedPart(part: String, sheet: String?, reason: String)
    /// A workbook whose sheet list is empty.
    case noSheets
    /// No sheet has the name asked for; `available` lists the names it has, in tab order.
    case missingSheet(String, available: [String])

    private static let saveAs = "save it as .xlsx (Excel Workbook) or CSV"

    public var description: String {
        switch self {
        case .unsupportedFormat(.openDocument):
            "is an OpenDocument spreadsheet (.ods), which Tandem cannot read; expected an .xlsx workbook: "
                + "open it in LibreOffice or Excel and \(Self.saveAs)"
        case .unsupportedFormat(.encrypted):
            "is an encrypted (password-protected) Excel workbook, which Tandem cannot read; expected a workbook "
                + "without a password: open it in Excel, remove the password and \(Self.saveAs)"
        case .unsupportedFormat(let format):
            "is \(format.name), which Tandem cannot read; expected an .xlsx workbook: open it in Excel and "
                + "\(Self.saveAs) (without a password)"
        case .workbookNamedAsText(.zip):
            "is an Excel workbook (.xlsx) or another zip file, not delimited text; expected CSV text: "
                + "name the file .xlsx if it is a workbook, or open it in Excel and save it as CSV"
        case .workbookNamedAsText(let format):
            "is \(format.name), not delimited text; expected CSV text: open it in Excel and \(Self.saveAs)"
        case .notAWorkbook(let found):
            "is not an .xlsx workbook: \(TextSanitizer.visible(found)); expected a workbook as Excel saves it: "
                + Self.saveAs
        case .damagedContainer(let reason):
            "is a damaged .xlsx workbook: its zip container cannot be read (\(TextSanitizer.visible(reason))); "
                + "expected a workbook as Excel saves it: open it in Excel and \(Self.saveAs) again"
        case .partTooLarge(let part, let compressed, let inflated):
            "holds a part, \(TextSanitizer.visible(part)), that inflates from \(Self.size(compressed)) to more than "
                + "\(Self.size(inflated)), past what Tandem reads of one part (\(PartSizeLimit.description)): "
                + "it looks like a zip bomb; expected an ordinary workbook: \(Self.saveAs) again"
        case .malformedPart(let part, let sheet, let reason):
            "is a damaged .xlsx workbook: "
                + (sheet.map { "sheet \"\(TextSanitizer.visible($0))\" (\(TextSanitizer.visible(part)))" }
                    ?? TextSanitizer.visible(part))
                + " cannot be read: \(TextSanitizer.visible(reason)); open it in Excel and \(Self.saveAs) again"
        case .noSheets:
            "is an .xlsx workbook without any sheet; expected at least one sheet of data"
        case .missingSheet(let name, let available):
            "has no sheet \"\(TextSanitizer.visible(name))\"; its sheets are "
                + available.map { "\"\(TextSanitizer.visible($0))\"" }.joined(separator: ", ")
        }
    }

    /// Bytes as a person reads them: `612 bytes`, `15 KB`, `512 MB`.
    static func size(_ bytes: UInt64) -> String {
        switch bytes {
        case ..<1_000: "\(bytes) bytes"
        case ..<1_000_000: "\(bytes / 1_000) KB"
        default: "\(bytes / 1_000_000) MB"
        }
    }
}
