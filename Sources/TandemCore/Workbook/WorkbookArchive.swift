/// The zip container of a workbook: which parts it holds, and each part's bytes, inflated within
/// `PartSizeLimit`.
///
/// Tandem reads the zip's directory itself (`ZipDirectory`, every offset checked) and asks zlib
/// (`Deflate`) only to inflate and checksum a byte range inside the file.
final class WorkbookArchive {
    private let bytes: [UInt8]
    /// By path in lower case: writers disagree on case (`xl/SharedStrings.xml`), Excel does not
    /// care, and a later entry with the same name as an earlier one is ignored.
    private let entries: [String: ZipDirectory.Entry]

    /// - Throws: `WorkbookError.damagedContainer` when the zip's directory cannot be read.
    init(bytes: [UInt8]) throws(WorkbookError) {
        let directory = try ZipDirectory(bytes)
        var entries: [String: ZipDirectory.Entry] = [:]
        for entry in directory.entries where !entry.name.hasSuffix("/") {
            let key = Self.key(entry.name)
            if entries[key] == nil { entries[key] = entry }
        }
        self.bytes = bytes
        self.entries = entries
    }

    /// True when the archive holds a part at `path` (any case, with or without a leading `/`).
    func contains(_ path: String) -> Bool { entries[Self.key(path)] != nil }

    /// The part at `path`, inflated; nil when there is none.
    /// - Throws: `partTooLarge` when the part would inflate past its allowance, or past the size
    ///   its header announced; `damagedContainer` when it is encrypted, compressed in a way
    ///   Tandem cannot inflate, cannot be inflated, or its checksum is wrong.
    func read(_ path: String) throws(WorkbookError) -> [UInt8]? {
        guard let entry = entries[Self.key(path)] else { return nil }
        let announced = entry.uncompressedSize
        guard announced <= PartSizeLimit.allowance(compressedSize: entry.compressedSize) else {
            throw .partTooLarge(part: path, compressedSize: entry.compressedSize, inflatedSize: announced)
        }
        guard !entry.isEncrypted else { throw .damagedContainer(reason: "\(path) is encrypted") }
        let data = bytes[entry.dataOffset..<(entry.dataOffset + Int(entry.compressedSize))]
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard UInt64(data.count) == announced else {
                throw .damagedContainer(reason: "\(path) is stored with a size other than the one announced")
            }
            output = Array(data)
        case 8:
            do {
                output = try Deflate.inflate(data, limit: Int(announced))
            } catch .tooLarge {
                throw .partTooLarge(part: path, compressedSize: entry.compressedSize, inflatedSize: announced)
            } catch {
                throw .damagedContainer(reason: "\(path) cannot be inflated")
            }
        default:
            throw .damagedContainer(reason: "\(path) is compressed with method \(entry.method), not deflate")
        }
        guard UInt64(output.count) == announced else {
            throw .damagedContainer(reason: "\(path) inflates to a size other than the one announced")
        }
        guard Deflate.crc32(output) == entry.checksum else {
            throw .damagedContainer(reason: "the checksum of \(path) does not match its contents")
        }
        return output
    }

    private static func key(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }
}
