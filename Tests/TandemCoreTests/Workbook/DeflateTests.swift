import Testing

@testable import TandemCore

/// zlib as the .xlsx reader calls it: raw deflate inflated within a limit, and the zip CRC-32.
@Suite struct DeflateTests {
    /// "Tandem " 20 times, raw deflate (no zlib header), as a zip entry stores it.
    private let deflated: [UInt8] = [11, 73, 204, 75, 73, 205, 85, 8, 25, 12, 20, 0]
    private let text = Array(String(repeating: "Tandem ", count: 20).utf8)

    @Test func inflatesRawDeflate() throws {
        #expect(try Deflate.inflate(deflated[...], limit: text.count) == text)
    }

    @Test func outputPastTheLimitIsTooLarge() {
        #expect(throws: Deflate.Failure.tooLarge) { try Deflate.inflate(deflated[...], limit: text.count - 1) }
        #expect(throws: Deflate.Failure.tooLarge) { try Deflate.inflate(deflated[...], limit: 0) }
    }

    @Test func aStreamCutShortIsBroken() {
        for length in 0..<deflated.count {
            #expect(throws: Deflate.Failure.broken) { try Deflate.inflate(deflated.prefix(length), limit: 1000) }
        }
    }

    @Test func aStreamThatIsNotDeflateIsBroken() {
        // Block type 3 does not exist.
        #expect(throws: Deflate.Failure.broken) { try Deflate.inflate([0xFF, 0xFF, 0xFF][...], limit: 1000) }
    }

    @Test func bytesAfterTheEndOfTheStreamAreIgnored() throws {
        let padded = [0x5A] + deflated + [1, 2, 3]
        #expect(try Deflate.inflate(padded[1...], limit: text.count) == text)
    }

    @Test func crc32IsTheZipChecksum() {
        #expect(Deflate.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Deflate.crc32([]) == 0)
    }
}
