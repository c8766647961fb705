import Testing

@_spi(Fuzzing) @testable import TandemCore

/// The zip container read with every offset checked: hostile directories are a damaged
/// workbook, never a crash or a hang.
@Suite struct ZipDirectoryTests {
    /// A zip of stored entries, written the plain way: local headers, then the central directory,
    /// then its end record. `patch` may break it afterwards.
    static func storedZip(
        _ files: [(String, String)], patch: (inout [UInt8], _ centralStart: Int) -> Void = { _, _ in }
    )
        -> [UInt8]
    {
        var zip: [UInt8] = []
        var central: [UInt8] = []
        for (name, text) in files {
            let data = Array(text.utf8)
            let offset = zip.count
            let crc = crc32(data)
            zip += le(0x0403_4B50, 4) + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(crc, 4)
            zip += le(data.count, 4) + le(data.count, 4) + le(name.utf8.count, 2) + le(0, 2) + Array(name.utf8) + data
            central += le(0x0201_4B50, 4) + le(20, 2) + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(crc, 4)
            central += le(data.count, 4) + le(data.count, 4) + le(name.utf8.count, 2) + le(0, 2) + le(0, 2)
            central += le(0, 2) + le(0, 2) + le(0, 4) + le(offset, 4) + Array(name.utf8)
        }
        let centralStart = zip.count
        zip += central
        zip += le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(files.count, 2) + le(files.count, 2)
        zip += le(central.count, 4) + le(centralStart, 4) + le(0, 2)
        patch(&zip, centralStart)
        return zip
    }

    static func le<T: BinaryInteger>(_ value: T, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: UInt64(value) >> (8 * UInt64($0))) }
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private func damage(_ bytes: [UInt8], reading part: String = "a.xml") -> String? {
        do {
            _ = try WorkbookArchive(bytes: bytes).read(part)
            return nil
        } catch {
            guard case .damagedContainer(let reason) = error else { return "\(error)" }
            return reason
        }
    }

    @Test func storedZipReadsBack() throws {
        let archive = try WorkbookArchive(bytes: Self.storedZip([("a.xml", "<a/>"), ("B/C.xml", "c")]))
        #expect(try archive.read("a.xml") == Array("<a/>".utf8))
        #expect(try archive.read("/b/c.XML") == Array("c".utf8))
        #expect(try archive.read("d.xml") == nil)
    }

    @Test func localHeaderPastTheEndIsDamageNotACrash() {
        let zip = Self.storedZip([("a.xml", "<a/>")]) { zip, central in
            zip.replaceSubrange((central + 42)..<(central + 46), with: Self.le(0x7FFF_FFF0, 4))
        }
        #expect(damage(zip) == "the data of a.xml lies outside the file")
    }

    @Test func centralDirectoryPastTheEndIsDamage() {
        let zip = Self.storedZip([("a.xml", "<a/>")]) { zip, _ in
            zip.replaceSubrange((zip.count - 6)..<(zip.count - 2), with: Self.le(0xFFFF_FFFF, 4))
        }
        #expect(damage(zip) == "its ZIP64 directory record is missing or out of place")
        let shifted = Self.storedZip([("a.xml", "<a/>")]) { zip, _ in
            zip.replaceSubrange((zip.count - 6)..<(zip.count - 2), with: Self.le(0x10_0000, 4))
        }
        #expect(damage(shifted) == "its central directory lies outside the file")
    }

    @Test func sizeNearTwoToTheSixtyFourInAZip64FieldIsDamage() {
        let zip = Self.storedZip([("a.xml", "<a/>")]) { zip, central in
            // compressed and uncompressed 0xFFFFFFFF, then a ZIP64 extra field with 2^64 - 1 for both
            zip.replaceSubrange((central + 20)..<(central + 28), with: [UInt8](repeating: 0xFF, count: 8))
            zip.replaceSubrange((central + 30)..<(central + 32), with: Self.le(20, 2))
            let nameEnd = central + 46 + 5
            zip.insert(contentsOf: Self.le(1, 2) + Self.le(16, 2) + [UInt8](repeating: 0xFF, count: 16), at: nameEnd)
            let end = zip.count - 22
            zip.replaceSubrange((end + 12)..<(end + 16), with: Self.le(46 + 5 + 20, 4))
        }
        #expect(damage(zip) == "the data of a.xml lies outside the file")
    }

    @Test func missingEndRecordAndTinyFilesAreDamage() {
        #expect(
            damage(Array(Self.storedZip([("a.xml", "<a/>")]).dropLast(22)))
                == "the end of its central directory is missing")
        #expect(damage([0x50, 0x4B, 0x05, 0x06]) == "the end of its central directory is missing")
    }

    @Test func countThatClaimsMoreEntriesThanTheDirectoryHoldsReadsWhatIsThere() throws {
        let zip = Self.storedZip([("a.xml", "<a/>")]) { zip, _ in
            zip.replaceSubrange((zip.count - 12)..<(zip.count - 10), with: Self.le(0xFFFE, 2))
        }
        #expect(try WorkbookArchive(bytes: zip).read("a.xml") == Array("<a/>".utf8))
    }

    @Test func wrongChecksumEncryptionAndUnknownMethodsAreDamage() {
        let wrongChecksum = Self.storedZip([("a.xml", "<a/>")]) { zip, central in zip[central + 16] ^= 1 }
        #expect(damage(wrongChecksum) == "the checksum of a.xml does not match its contents")
        let encrypted = Self.storedZip([("a.xml", "<a/>")]) { zip, central in zip[central + 8] = 1 }
        #expect(damage(encrypted) == "a.xml is encrypted")
        let bzip2 = Self.storedZip([("a.xml", "<a/>")]) { zip, central in zip[central + 10] = 12 }
        #expect(damage(bzip2) == "a.xml is compressed with method 12, not deflate")
    }

    @Test func deflateStreamCutShortIsDamageNotAHang() throws {
        var bytes = try WorkbookFixtures.bytes("dates-1904.xlsx")
        let directory = try ZipDirectory(bytes)
        let sheet = try #require(directory.entries.first { $0.name == "xl/worksheets/sheet1.xml" })
        // Halve the compressed size in the central directory record of the sheet.
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        let record =
            try #require(
                bytes.indices.last {
                    bytes[$0...].starts(with: name) && $0 >= 46 && bytes[($0 - 46)...].starts(with: [0x50, 0x4B, 1, 2])
                }
            ) - 46
        bytes.replaceSubrange((record + 20)..<(record + 24), with: Self.le(sheet.compressedSize / 2, 4))
        #expect(damage(bytes, reading: "xl/worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml cannot be inflated")
    }
}
