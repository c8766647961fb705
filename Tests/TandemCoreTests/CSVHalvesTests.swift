import TandemTestSupport
import Testing

@testable import TandemCore

/// A large file read on two cores gives every record, in order, with its line, exactly as a read
/// from top to bottom does: whether the guessed middle is a true record start or falls inside a
/// quoted field, whatever the line ends, and when the second half declines rows.
@Suite struct CSVHalvesTests {
    /// Each record as "line: fields", read from top to bottom.
    static func inOrder(_ reader: CSVReader) -> [String] {
        var seen: [String] = []
        reader.forEachRecord { record in
            if record.line > 1 { seen.append(describe(record)) }
            return true
        }
        return seen
    }

    /// The same, read in two halves; `declines` picks the records the second half leaves. With how
    /// many records the second half handed over, so that a test knows it was used.
    static func inHalves(
        _ reader: CSVReader, declines: @escaping (CSVRecord) -> Bool
    ) -> (records: [String], handedOver: Int) {
        var seen: [String] = []
        var handedOver = 0
        reader.forEachRecord(
            after: 1, secondHalf: { _ in [String]() },
            read: { half, record in
                guard !declines(record) else { return false }
                half.append(describe(record))
                return true
            },
            handOver: {
                seen += $0
                handedOver += $0.count
            }, each: { seen.append(describe($0)) })
        return (seen, handedOver)
    }

    static func describe(_ record: CSVRecord) -> String {
        "\(record.line): " + (0..<record.count).map { record.text($0) }.joined(separator: "|")
            + (record.problem.map { " !\($0)" } ?? "")
    }

    static func file(rows: Int, lineEnd: String = "\n", middle: String? = nil) -> [UInt8] {
        var lines = ["id,title,description"]
        for row in 0..<rows {
            lines.append("R\(row),Risk \(row),\"Plain, quoted text for row \(row)\"")
            if row == rows / 2, let middle { lines.append(middle) }
        }
        return Array((lines.joined(separator: lineEnd) + lineEnd).utf8)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func halvesReadAsFromTheTop(lineEnd: String) {
        let reader = CSVReader(bytes: Self.file(rows: 30_000, lineEnd: lineEnd))
        #expect(reader.bytes.count > CSVReader.halvesFrom)
        let expected = Self.inOrder(reader)
        #expect(expected.count == 30_000)
        let halves = Self.inHalves(reader) { _ in false }
        #expect(halves.records == expected)
        #expect(halves.handedOver > 10_000)  // the other thread's part was used
        // Rows left in the second half: it hands over those before the first, and the rest is
        // read here.
        #expect(Self.inHalves(reader) { $0.line % 997 == 0 }.records == expected)
        #expect(Self.inHalves(reader) { _ in true }.records == expected)
    }

    @Test func aQuotedFieldOverTheMiddleDropsTheGuess() {
        // Fifty thousand quoted lines around the middle: the guessed line start is inside them.
        let long =
            "X,Multi-line,\"" + Array(repeating: "a line of a long note", count: 50_000).joined(separator: "\n")
            + "\""
        let reader = CSVReader(bytes: Self.file(rows: 20_000, middle: long))
        let expected = Self.inOrder(reader)
        #expect(expected.count == 20_001)
        let halves = Self.inHalves(reader) { _ in false }
        #expect(halves.records == expected)
        #expect(halves.handedOver == 0)  // the guess was dropped
    }

    @Test func brokenQuotesAndBlankLinesInTheSecondHalf() {
        var text = String(decoding: Self.file(rows: 30_000), as: UTF8.self)
        text += "\n\nR-a,\"never closed,x\nR-b,after,\"a \"\"quoted\"\" word\"\n\n"
        let reader = CSVReader(bytes: Array(text.utf8))
        let expected = Self.inOrder(reader)
        #expect(Self.inHalves(reader) { $0.problem != nil }.records == expected)
        #expect(expected.last?.hasPrefix("30005: R-b|after|a \"quoted\" word") == true)
    }

    /// Line ends counted sixteen bytes at a time match a count byte by byte: every LF, and every
    /// CR not followed by LF, wherever they fall against the blocks (a CR ending one, its LF
    /// starting the next) and past the 255 blocks after which the lanes are added up.
    @Test func lineEndsCountAsTheScannerDoes() {
        func byteByByte(_ bytes: [UInt8]) -> Int {
            bytes.indices.count { at in
                bytes[at] == Byte.newline
                    || (bytes[at] == Byte.carriageReturn && (at + 1 == bytes.count || bytes[at + 1] != Byte.newline))
            }
        }
        var source = SplitMix64(seed: 20_261_130)
        var generator = SeededRandom { source.next() }
        let alphabet: [UInt8] = [Byte.newline, Byte.carriageReturn, UInt8(ascii: "a"), UInt8(ascii: ",")]
        for length in [0, 1, 15, 16, 17, 31, 32, 33, 255, 4_079, 4_080, 4_081, 4_097, 9_000] {
            for _ in 0..<8 {
                let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                let counted = bytes.withUnsafeBufferPointer { CSVReader.lineEnds(in: $0) }
                #expect(counted == byteByByte(bytes), "length \(length): \(bytes)")
            }
        }
        let crlf = Array(String(repeating: "x,y\r\n", count: 2_000).utf8)
        #expect(crlf.withUnsafeBufferPointer { CSVReader.lineEnds(in: $0) } == 2_000)
        // Runs of line ends long enough to fill every lane to the most it can count, and more.
        for end in [Byte.newline, Byte.carriageReturn] {
            let run = [UInt8](repeating: end, count: 8_200)
            #expect(run.withUnsafeBufferPointer { CSVReader.lineEnds(in: $0) } == 8_200)
            // From an address one byte on, and through the slice's end, not the array's.
            #expect(run.withUnsafeBufferPointer { CSVReader.lineEnds(in: .init(rebasing: $0[1..<8_199])) } == 8_198)
        }
        #expect(CSVReader.lineEnds(in: UnsafeBufferPointer(start: nil, count: 0)) == 0)
    }
}
