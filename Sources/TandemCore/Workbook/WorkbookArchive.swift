import Foundation
import ZIPFoundation

/// The zip container of a workbook: which parts it holds, and each part's bytes, inflated within
/// `PartSizeLimit`. The only file that knows ZIPFoundation, so that the library can be swapped
/// (say, for a reader that needs no Foundation) by rewriting this file alone.
final class WorkbookArchive {
    private let archive: Archive
    /// By path in lower case: writers disagree on case (`xl/SharedStrings.xml`), Excel does not
    /// care, and a later entry with the same name as an earlier one is ignored.
    private let entries: [String: Entry]

    /// - Throws: `WorkbookError.damagedContainer` when the zip's directory cannot be read.
    init(bytes: [UInt8]) throws(WorkbookError) {
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .damagedContainer(reason: "its central directory is missing or broken")
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let key = Self.key(entry.path)
            if entries[key] == nil { entries[key] = entry }
        }
        self.entries = entries
    }

    /// True when the archive holds a part at `path` (any case, with or without a leading `/`).
    func contains(_ path: String) -> Bool { entries[Self.key(path)] != nil }

    /// The part at `path`, inflated; nil when there is none.
    /// - Throws: `partTooLarge` when the part would inflate past its allowance, or past the size
    ///   its header announced; `damagedContainer` when it cannot be inflated or its checksum is
    ///   wrong.
    func read(_ path: String) throws(WorkbookError) -> [UInt8]? {
        guard let entry = entries[Self.key(path)] else { return nil }
        let compressed = entry.compressedSize
        let announced = entry.uncompressedSize
        let allowance = PartSizeLimit.allowance(compressedSize: compressed)
        guard announced <= allowance else {
            throw .partTooLarge(part: path, compressedSize: compressed, inflatedSize: announced)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(announced))
        var overran = false
        do {
            let checksum = try archive.extract(entry, bufferSize: 1 << 18, skipCRC32: false) { chunk in
                guard UInt64(bytes.count) + UInt64(chunk.count) <= announced else {
                    overran = true
                    throw CocoaError(.fileReadTooLarge)
                }
                bytes.append(contentsOf: chunk)
            }
            guard checksum == entry.checksum else {
                throw WorkbookError.damagedContainer(reason: "the checksum of \(path) does not match its contents")
            }
        } catch let error as WorkbookError {
            throw error
        } catch {
            if overran {
                throw .partTooLarge(part: path, compressedSize: compressed, inflatedSize: announced)
            }
            throw .damagedContainer(reason: "\(path) cannot be inflated")
        }
        return bytes
    }

    private static func key(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }
}
