import Dispatch
import TandemTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@testable import TandemCore

/// A large file read on two cores gives every record, in order, with its line, exactly as a read
/// from top to bottom does: whether a piece's guessed start is a true record start or falls inside
/// a quoted field, whatever the line ends, when pieces decline rows, and whichever thread reads
/// which piece.
@Suite struct CSVPiecesTests {
    /// Each record as "line: fields", read from top to bottom.
    static func inOrder(_ reader: CSVReader) -> [String] {
        var seen: [String] = []
        reader.forEachRecord { record in
            if record.line > 1 { seen.append(describe(record)) }
            return true
        }
        return seen
    }

    /// Who waits for whom, so that a test knows which thread read which pieces.
    enum Hold {
        case none
        /// This thread waits at its first record until the other has started on a piece: that
        /// piece is then handed over.
        case thisThread
        /// The same, and the other thread then waits at its first record until this one has read
        /// a piece apart: this one, reaching the piece the other holds, reads from the back.
        case otherThread
        /// No other thread: every piece is reached before anyone takes it, and read in order.
        case noOtherThread
    }

    /// The records read in pieces; `declines` picks the records a piece leaves. With how many
    /// records pieces handed over, how many of those this thread read apart, and how many pieces
    /// were dropped.
    static func inPieces(
        _ reader: CSVReader, hold: Hold = .none, declines: @escaping @Sendable (CSVRecord) -> Bool
    ) -> (records: [String], handedOver: Int, readHere: Int, dropped: Int) {
        let caller = pthread_self()
        let (otherStarted, readApartHere) = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
        var seen: [String] = []
        var (handedOver, readHere, dropped, waited) = (0, 0, 0, false)
        reader.forEachRecord(
            after: 1, part: { _ in (records: [String](), here: pthread_equal(pthread_self(), caller) != 0) },
            otherThread: hold != .noOtherThread,
            read: { part, record in
                if part.here, part.records.isEmpty { readApartHere.signal() }
                if !part.here, part.records.isEmpty {
                    otherStarted.signal()
                    // Ten seconds at most: a wait that never ends would be a bug, not a slow machine.
                    if case .otherThread = hold, readApartHere.wait(timeout: .now() + 10) == .success {
                        readApartHere.signal()  // for the other thread's next pieces
                    }
                }
                guard !declines(record) else { return false }
                part.records.append(describe(record))
                return true
            },
            handOver: {
                seen += $0.records
                handedOver += $0.records.count
                if $0.here { readHere += $0.records.count }
            },
            drop: { _ in dropped += 1 },
            each: {
                if hold == .thisThread || hold == .otherThread, !waited {
                    waited = true
                    _ = otherStarted.wait(timeout: .now() + 10)
                }
                seen.append(describe($0))
            })
        return (seen, handedOver, readHere, dropped)
    }

    static func describe(_ record: CSVRecord) -> String {
        "\(record.line): " + (0..<record.count).map { record.text($0) }.joined(separator: "|")
            + (record.problem.map { " !\($0)" } ?? "")
    }

    /// `middle` goes after row `at`, by default half way.
    static func file(rows: Int, lineEnd: String = "\n", middle: String? = nil, at: Int? = nil) -> [UInt8] {
        var lines = ["id,title,description"]
        for row in 0..<rows {
            lines.append("R\(row),Risk \(row),\"Plain, quoted text for row \(row)\"")
            if row == at ?? rows / 2, let middle { lines.append(middle) }
        }
        return Array((lines.joined(separator: lineEnd) + lineEnd).utf8)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func piecesReadAsFromTheTop(lineEnd: String) {
        let reader = CSVReader(bytes: Self.file(rows: 30_000, lineEnd: lineEnd))
        #expect(reader.bytes.count > CSVReader.twoCoresFrom)
        let expected = Self.inOrder(reader)
        #expect(expected.count == 30_000)
        for hold in [Hold.none, .thisThread, .otherThread, .noOtherThread] {
            let pieces = Self.inPieces(reader, hold: hold) { _ in false }
            #expect(pieces.records == expected)
            #expect(pieces.dropped == 0)
            switch hold {
            case .none: break
            case .thisThread: #expect(pieces.handedOver > pieces.readHere)  // the other thread's were used
            case .otherThread: #expect(pieces.readHere > 0)  // and this thread's, read from the back
            case .noOtherThread: #expect(pieces.handedOver == 0)  // every piece read in order
            }
        }
        // Rows left in pieces: each hands over those before the first, and the rest up to the next
        // piece is read here.
        #expect(Self.inPieces(reader, hold: .thisThread) { $0.line % 997 == 0 }.records == expected)
        #expect(Self.inPieces(reader, hold: .otherThread) { $0.line % 997 == 0 }.records == expected)
        #expect(Self.inPieces(reader) { _ in true }.records == expected)
    }

    @Test func aQuotedFieldOverPiecesDropsTheirGuesses() {
        // Fifty thousand quoted lines around the middle: the guessed line starts of several pieces
        // are inside them.
        let long =
            "X,Multi-line,\"" + Array(repeating: "a line of a long note", count: 50_000).joined(separator: "\n")
            + "\""
        let reader = CSVReader(bytes: Self.file(rows: 20_000, middle: long))
        let expected = Self.inOrder(reader)
        #expect(expected.count == 20_001)
        for hold in [Hold.none, .thisThread, .otherThread, .noOtherThread] {
            #expect(Self.inPieces(reader, hold: hold) { _ in false }.records == expected)
        }
        // Near the end, the field holds the last piece's start: this thread reads that piece from
        // the back while the other holds the first, then drops it when its reading passes there.
        let nearTheEnd = CSVReader(bytes: Self.file(rows: 20_000, middle: long, at: 18_000))
        let pieces = Self.inPieces(nearTheEnd, hold: .otherThread) { _ in false }
        #expect(pieces.records == Self.inOrder(nearTheEnd))
        #expect(pieces.dropped > 0)
    }

    /// A file saved with a byte-order mark, its first header cell quoted over two lines: read in
    /// pieces, the mark is skipped as a read from the top skips it.
    @Test func aByteOrderMarkIsSkipped() {
        let bytes =
            [0xEF, 0xBB, 0xBF] + Array("\"id\nnumber\",title,description\n".utf8)
            + Self.file(rows: 30_000).dropFirst(21)
        let reader = CSVReader(bytes: Array(bytes))
        let expected = Self.inOrder(reader)
        #expect(expected.first?.hasPrefix("3: R0|Risk 0|") == true)
        for hold in [Hold.none, .thisThread, .otherThread, .noOtherThread] {
            #expect(Self.inPieces(reader, hold: hold) { _ in false }.records == expected)
        }
    }

    /// Blank lines everywhere: no piece starts on one (no record does), so pieces are handed over.
    @Test func noPieceStartsOnABlankLine() {
        let text = (0..<50_000).map { "R\($0),Risk \($0),text\n\r\n" }.joined()
        let reader = CSVReader(bytes: Array(("id,title,description\n" + text).utf8))
        #expect(reader.bytes.count > CSVReader.twoCoresFrom)
        let starts = reader.bytes.withUnsafeBufferPointer { CSVReader.pieceStarts(in: $0, count: 16) }
        #expect(starts.count == 15)
        #expect(starts.allSatisfy { reader.bytes[$0.index] == UInt8(ascii: "R") })
        let pieces = Self.inPieces(reader, hold: .thisThread) { _ in false }
        #expect(pieces.records == Self.inOrder(reader) && pieces.dropped == 0)
        #expect(pieces.handedOver > pieces.readHere)
    }

    @Test func brokenQuotesAndBlankLinesInTheLastPiece() {
        var text = String(decoding: Self.file(rows: 30_000), as: UTF8.self)
        text += "\n\nR-a,\"never closed,x\nR-b,after,\"a \"\"quoted\"\" word\"\n\n"
        let reader = CSVReader(bytes: Array(text.utf8))
        let expected = Self.inOrder(reader)
        for hold in [Hold.none, .thisThread, .otherThread, .noOtherThread] {
            #expect(Self.inPieces(reader, hold: hold) { $0.problem != nil }.records == expected)
        }
        #expect(expected.last?.hasPrefix("30005: R-b|after|a \"quoted\" word") == true)
    }

    /// A quote opened near the top and never closed: this thread reads to the end for its closing
    /// quote, then reads on from the next line, and the pieces read meanwhile are used.
    @Test func aQuoteNeverClosedNearTheTop() {
        let rows = (0..<40_000).map { "R\($0),Risk \($0),Plain text for row \($0)" }
        let text = (["id,title,description", "R-open,\"never closed,x"] + rows).joined(separator: "\n") + "\n"
        let reader = CSVReader(bytes: Array(text.utf8))
        #expect(reader.bytes.count > CSVReader.twoCoresFrom)
        let expected = Self.inOrder(reader)
        #expect(expected.count == 40_001 && expected[0].contains("never closed"))
        for hold in [Hold.none, .thisThread, .otherThread, .noOtherThread] {
            #expect(Self.inPieces(reader, hold: hold) { $0.problem != nil }.records == expected)
        }
    }

    /// Each piece starts on a line start after its cut, numbered as a scanner from the top numbers
    /// it, whatever the line ends; cuts inside one long line give one start, not several.
    @Test func pieceStartsAreLineStartsWithTheirLines() {
        for lineEnd in ["\n", "\r\n", "\r"] {
            let bytes = Self.file(rows: 5_000, lineEnd: lineEnd, middle: String(repeating: "x", count: 100_000))
            var lines: [Int: Int] = [:]  // line start → line, from the top
            var (line, index) = (1, 0)
            lines[0] = 1
            while index < bytes.count {
                if bytes[index] == Byte.newline
                    || (bytes[index] == Byte.carriageReturn
                        && (index + 1 == bytes.count || bytes[index + 1] != Byte.newline))
                {
                    line += 1
                    lines[index + 1] = line
                }
                index += 1
            }
            let starts = bytes.withUnsafeBufferPointer { CSVReader.pieceStarts(in: $0, count: 16) }
            #expect(starts.count >= 10 && starts.count < 16)  // two cuts or more fall in the long line
            #expect(
                starts.map(\.index) == starts.map(\.index).sorted() && Set(starts.map(\.index)).count == starts.count)
            for start in starts { #expect(lines[start.index] == start.line, "\(lineEnd.utf8.map { $0 }) \(start)") }
        }
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
