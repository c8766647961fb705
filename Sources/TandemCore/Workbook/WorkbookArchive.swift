import Foundation
import ZIPFoundation

/// The zip container of a workbook: which parts it holds, and each part's bytes, inflated within
/// `PartSizeLimit`. The only file that knows ZIPFoundation, so that the library can be swapped
/// (say, for zlib alone, to drop Foundation) by rewriting this file.
///
/// Tandem reads the zip's directory itself (`ZipDirectory`, every offset checked) and asks
/// ZIPFoundation only to inflate and checksum a byte range inside the file.
final class WorkbookArchive {
    private let bytes: [UInt8]
    /// By path in lower case: writers disagree on case (`xl/SharedStrings.xml`), Excel does not
    /// care, and a later entry with the same name as an earlier one is ignored.
    private let entries: [String: ZipDirectory.Entry]

    /// The largest input chunk handed to the inflater (it writes at most as much at a time).
    private static let largestChunk = 16 << 20

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
        var output: [UInt8] = []
        output.reserveCapacity(Int(announced))
        let checksum: CRC32
        switch entry.method {
        case 0:
            guard UInt64(data.count) == announced else {
                throw .damagedContainer(reason: "\(path) is stored with a size other than the one announced")
            }
            output.append(contentsOf: data)
            checksum = Data(data).crc32(checksum: 0)
        case 8:
            checksum = try inflate(data, into: &output, limit: announced, path: path, entry: entry)
        default:
            throw .damagedContainer(reason: "\(path) is compressed with method \(entry.method), not deflate")
        }
        guard UInt64(output.count) == announced else {
            throw .damagedContainer(reason: "\(path) inflates to a size other than the one announced")
        }
        guard checksum == entry.checksum else {
            throw .damagedContainer(reason: "the checksum of \(path) does not match its contents")
        }
        return output
    }

    /// Inflates `data` (raw deflate) into `output`, refusing to go past `limit` bytes.
    ///
    /// ZIPFoundation's inflater on Linux tells zlib that every input chunk is full length and
    /// asks for more until the stream ends, so the provider always hands over a full chunk and
    /// throws once the data is used up: no read past a buffer, no endless loop on a stream that
    /// never ends. Parts up to 16 MiB compressed (all but the largest sheets) go in one chunk of
    /// exactly their size; past that, the last chunk is filled up with zeros. A stream cut short
    /// may inflate some of those zeros before zlib finds it broken: that is damage, not a bomb,
    /// and the output still counts against `limit`.
    private func inflate(
        _ data: ArraySlice<UInt8>, into output: inout [UInt8], limit: UInt64, path: String, entry: ZipDirectory.Entry
    ) throws(WorkbookError) -> CRC32 {
        var overran = false
        var padded = false
        do {
            return try Data.decompress(
                size: Int64(data.count), bufferSize: max(1, min(data.count, Self.largestChunk)), skipCRC32: false,
                provider: { position, size in
                    guard position < data.count else { throw CocoaError(.fileReadCorruptFile) }
                    let start = data.startIndex + Int(position)
                    var chunk = Data(data[start..<min(start + size, data.endIndex)])
                    if chunk.count < size {
                        chunk.append(Data(count: size - chunk.count))
                        padded = true
                    }
                    return chunk
                },
                consumer: { chunk in
                    guard UInt64(output.count) + UInt64(chunk.count) <= limit else {
                        overran = true
                        throw CocoaError(.fileReadTooLarge)
                    }
                    output.append(contentsOf: chunk)
                })
        } catch {
            // Once the zeros after the data were handed over, an overrun may come from them.
            if overran && !padded {
                throw .partTooLarge(part: path, compressedSize: entry.compressedSize, inflatedSize: limit)
            }
            throw .damagedContainer(reason: "\(path) cannot be inflated")
        }
    }

    private static func key(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }
}
