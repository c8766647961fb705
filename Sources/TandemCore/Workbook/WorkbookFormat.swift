/// What a file's first bytes say it is, whatever its name: users rename files, and Excel saves
/// "CSV" that is a workbook when asked to keep the formatting. Each kind Tandem cannot read gets
/// a message that names it and what to do.
public enum WorkbookFormat: Equatable, Sendable {
    /// A zip container: an `.xlsx` workbook or another zip (told apart when it is opened).
    case zip
    /// An OpenDocument spreadsheet (`.ods`, LibreOffice and Google Sheets exports): a zip whose
    /// first entry, `mimetype`, says so.
    case openDocument
    /// An OLE2 compound file (signature D0 CF 11 E0): an Excel 97–2003 workbook (`.xls`).
    case excel97
    /// An OLE2 compound file with an `EncryptionInfo` stream: a password-protected workbook,
    /// which Excel stores this way even when it is an `.xlsx`.
    case encrypted
    /// Anything else: text, for a delimited file.
    case other

    private static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let emptyZipSignature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    private static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// `EncryptionInfo` as a compound file's directory writes stream names: UTF-16LE.
    private static let encryptionInfoName: [UInt8] = Array("EncryptionInfo".utf8).flatMap { [$0, 0] }

    /// The format of a file whose bytes (or at least their first few kilobytes) are `bytes`.
    public static func sniff(_ bytes: [UInt8]) -> WorkbookFormat {
        if bytes.starts(with: compoundFileSignature) {
            return contains(bytes, encryptionInfoName) ? .encrypted : .excel97
        }
        if bytes.starts(with: emptyZipSignature) { return .zip }
        guard bytes.starts(with: zipSignature) else { return .other }
        // A local file header is 30 bytes, then the name; OpenDocument stores `mimetype` first,
        // uncompressed, so its content follows the name directly.
        let name = Array("mimetype".utf8)
        guard bytes.count >= 30 + name.count, Array(bytes[30..<(30 + name.count)]) == name else { return .zip }
        let content = bytes[(30 + name.count)...].prefix(64)
        return contains(Array(content), Array("application/vnd.oasis.opendocument".utf8)) ? .openDocument : .zip
    }

    /// A name Excel gives a workbook: `.xlsx`, or `.xlsm` (with macros, which are never run).
    public static func isWorkbookName(_ name: String) -> Bool {
        let lowercased = name.lowercased()
        return lowercased.hasSuffix(".xlsx") || lowercased.hasSuffix(".xlsm")
    }

    /// What the format is, as messages name it.
    public var name: String {
        switch self {
        case .zip: "a zip file"
        case .openDocument: "an OpenDocument spreadsheet (.ods)"
        case .excel97: "an Excel 97–2003 workbook (.xls), or an encrypted workbook"
        case .encrypted: "an encrypted (password-protected) Excel workbook"
        case .other: "text"
        }
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, bytes.count >= needle.count else { return false }
        let first = needle[0]
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
