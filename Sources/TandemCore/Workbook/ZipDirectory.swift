/// The table of contents of a zip container, read by Tandem itself with every offset and length
/// checked against the file: which entries there are, where each one's data lies, how it is
/// compressed and how large it says it is.
///
/// ZIPFoundation, the zip library Tandem used before, trusted the offsets a file gives: fuzzing
/// found that an offset past the end of an in-memory archive stopped the process, and sizes near
/// 2^64 overflowed its arithmetic. So only inflating is left to zlib (`Deflate`), handed a byte
/// range known to be inside the file.
struct ZipDirectory {
    struct Entry: Equatable {
        let name: String
        /// 0 stored, 8 deflated; anything else cannot be read.
        let method: UInt16
        let isEncrypted: Bool
        let checksum: UInt32
        let compressedSize: UInt64
        /// As the central directory announces it: believed only up to `PartSizeLimit`, and
        /// enforced while inflating.
        let uncompressedSize: UInt64
        /// Where the compressed data starts; it ends `compressedSize` bytes later, inside the file.
        let dataOffset: Int
    }

    let entries: [Entry]

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50

    /// - Throws: `WorkbookError.damagedContainer` saying what is missing or out of place.
    init(_ bytes: [UInt8]) throws(WorkbookError) {
        let reader = ByteReader(bytes)
        guard let end = Self.endRecord(reader) else {
            throw .damagedContainer(reason: "the end of its central directory is missing")
        }
        var count = UInt64(reader.uint16(end + 10) ?? 0)
        var directorySize = UInt64(reader.uint32(end + 12) ?? 0)
        var directoryOffset = UInt64(reader.uint32(end + 16) ?? 0)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            guard end >= 20, reader.uint32(end - 20) == Self.zip64LocatorSignature,
                let recordOffset = reader.uint64(end - 12).flatMap(Int.init(exactly:)),
                reader.uint32(recordOffset) == Self.zip64EndSignature,
                let zip64Count = reader.uint64(recordOffset + 32), let zip64Size = reader.uint64(recordOffset + 40),
                let zip64Offset = reader.uint64(recordOffset + 48)
            else { throw .damagedContainer(reason: "its ZIP64 directory record is missing or out of place") }
            (count, directorySize, directoryOffset) = (zip64Count, zip64Size, zip64Offset)
        }
        guard let start = Int(exactly: directoryOffset), let size = Int(exactly: directorySize),
            start <= bytes.count, size <= bytes.count - start
        else { throw .damagedContainer(reason: "its central directory lies outside the file") }
        var entries: [Entry] = []
        var position = start
        // Each record takes at least 46 bytes, so the count a file claims cannot make this loop
        // run longer than the directory is.
        while entries.count < count, position < start + size {
            let (entry, next) = try Self.entry(reader, at: position)
            entries.append(entry)
            position = next
        }
        self.entries = entries
    }

    /// The offset of the end-of-central-directory record: the last one in the file, searched
    /// for back from the end over at most a comment's length (65,535 bytes).
    private static func endRecord(_ reader: ByteReader) -> Int? {
        guard reader.count >= 22 else { return nil }
        var offset = reader.count - 22
        let lowest = max(0, offset - 65_535)
        while offset >= lowest {
            if reader.uint32(offset) == endSignature { return offset }
            offset -= 1
        }
        return nil
    }

    /// The central directory record at `offset`, with its local header checked, and the offset
    /// of the next record.
    private static func entry(_ reader: ByteReader, at offset: Int) throws(WorkbookError) -> (Entry, Int) {
        guard reader.uint32(offset) == centralSignature, let flags = reader.uint16(offset + 8),
            let method = reader.uint16(offset + 10), let checksum = reader.uint32(offset + 16),
            let compressed32 = reader.uint32(offset + 20), let uncompressed32 = reader.uint32(offset + 24),
            let nameLength = reader.uint16(offset + 28), let extraLength = reader.uint16(offset + 30),
            let commentLength = reader.uint16(offset + 32), let local32 = reader.uint32(offset + 42),
            let name = reader.bytes(offset + 46, Int(nameLength)),
            let extra = reader.bytes(offset + 46 + Int(nameLength), Int(extraLength))
        else { throw .damagedContainer(reason: "an entry of its central directory is broken") }
        var compressedSize = UInt64(compressed32)
        var uncompressedSize = UInt64(uncompressed32)
        var localOffset = UInt64(local32)
        // ZIP64: the fields that say 0xFFFFFFFF are in the extra field 0x0001, in this order.
        if let zip64 = Self.extraField(0x0001, in: extra) {
            let fields = ByteReader(zip64)
            var at = 0
            if uncompressed32 == 0xFFFF_FFFF, let value = fields.uint64(at) { (uncompressedSize, at) = (value, at + 8) }
            if compressed32 == 0xFFFF_FFFF, let value = fields.uint64(at) { (compressedSize, at) = (value, at + 8) }
            if local32 == 0xFFFF_FFFF, let value = fields.uint64(at) { localOffset = value }
        }
        let nameText = String(decoding: name, as: UTF8.self)
        guard let local = Int(exactly: localOffset), reader.uint32(local) == localSignature,
            let localName = reader.uint16(local + 26), let localExtra = reader.uint16(local + 28),
            let length = Int(exactly: compressedSize),
            reader.bytes(local + 30 + Int(localName) + Int(localExtra), length) != nil
        else {
            throw .damagedContainer(reason: "the data of \(nameText) lies outside the file")
        }
        let entry = Entry(
            name: nameText, method: method, isEncrypted: flags & 1 != 0, checksum: checksum,
            compressedSize: compressedSize, uncompressedSize: uncompressedSize,
            dataOffset: local + 30 + Int(localName) + Int(localExtra))
        return (entry, offset + 46 + Int(nameLength) + Int(extraLength) + Int(commentLength))
    }

    /// The data of the extra field with this id, if the extra fields hold one.
    private static func extraField(_ id: UInt16, in extra: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let reader = ByteReader(Array(extra))
        var offset = 0
        while let fieldId = reader.uint16(offset), let size = reader.uint16(offset + 2) {
            guard let data = reader.bytes(offset + 4, Int(size)) else { return nil }
            if fieldId == id { return data }
            offset += 4 + Int(size)
        }
        return nil
    }
}
