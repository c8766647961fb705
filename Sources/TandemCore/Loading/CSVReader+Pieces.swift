import Dispatch

/// A large file read on two cores, in pieces taken in turn. This thread reads from the top while
/// another takes the pieces after the first, one by one from the front, reading the plain rows
/// of each.
///
/// Where a record starts cannot be known without reading from the top (a quoted field may hold
/// line breaks), so a piece starts at a guess, the first line start after an even cut, checked:
/// its reading is used only when this thread's reading reaches exactly that line start. Otherwise
/// it is dropped and this thread reads on. A piece's reading takes plain rows only, up to the
/// first one it leaves; that row and all after it, up to the next piece, are read here, in order.
/// So every diagnostic is made on this thread, and the result is the same as reading the file
/// from top to bottom.
///
/// The pieces keep both cores busy however the machine lends them: when this thread reaches a
/// piece the other is still reading, it reads the last piece no one has taken instead of waiting,
/// and hands that over when it gets there. Each piece read over there is handed over while the
/// other reads the next (docs/DECISIONS.md says what this replaced).
extension CSVReader {
    /// Files smaller than this are read on one core: a thread costs more than it saves.
    static let twoCoresFrom = 1 << 20
    /// How many pieces a large file is cut into: enough that neither thread waits long for the
    /// other, few enough that handing each over costs nothing to speak of.
    static let pieceCount = 16

    /// Calls `body` with every record after `headerLine`, in order; in a large file, the records
    /// of its other pieces that `read` takes (into a `Part` that `start` makes) are handed over
    /// instead, at the place where they would have been read.
    /// - Parameters:
    ///   - start, read: run on either thread, at the same time as `body`; they must touch nothing
    ///     else. `start` is given the line the piece starts on. `read` returns false for a record
    ///     it leaves, and reads no further.
    ///   - handOver: a piece's reading, on this thread, in the file's order.
    ///   - drop: a piece's reading not handed over (its start was a wrong guess, or never reached),
    ///     on this thread, before `body` sees the records after the piece's start. Whatever it
    ///     holds must be let go of there, not when its last reference goes, which may be on the
    ///     other thread.
    ///   - heapPerByte: about how many bytes of heap reading a byte of the file allocates (its
    ///     texts), reserved on each thread before it reads (`ThreadHeap`).
    ///   - otherThread: tests turn it off, so that every piece is reached before anyone takes it.
    func forEachRecord<Part>(
        after headerLine: Int, part start: (_ line: Int) -> Part, heapPerByte: Int = 0, otherThread: Bool = true,
        read: (inout Part, CSVRecord) -> Bool, handOver: (Part) -> Void, drop: (Part) -> Void = { _ in },
        each body: (CSVRecord) -> Void
    ) {
        bytes.withUnsafeBufferPointer { buffer in
            func take(_ record: CSVRecord) -> Bool {
                if record.line > headerLine { body(record) }
                return true
            }
            let starts = buffer.count >= Self.twoCoresFrom ? Self.pieceStarts(in: buffer, count: Self.pieceCount) : []
            // A header past the first piece's start (a file starting with a megabyte of blank lines)
            // leaves nothing to read first here: one core, then.
            guard let first = starts.first, first.line > headerLine else {
                var scanner = CSVScanner(buffer: buffer, delimiter: delimiter)
                return scanner.forEachRecord { record, _ in take(record) }
            }
            func end(of piece: Int) -> Int { piece + 1 < starts.count ? starts[piece + 1].index : buffer.count }
            withoutActuallyEscaping(start) { start in
                withoutActuallyEscaping(read) { read in
                    let pieces = Pieces<Part>(count: starts.count) { piece in
                        ThreadHeap.reserve((end(of: piece) - starts[piece].index) * heapPerByte)
                        var part = start(starts[piece].line)
                        var scanner = CSVScanner(
                            buffer: buffer, delimiter: delimiter, index: starts[piece].index, line: starts[piece].line)
                        var resume: Position?
                        scanner.forEachRecord { record, at in
                            guard at < end(of: piece), read(&part, record) else {
                                resume = (at, record.line)
                                return false
                            }
                            return true
                        }
                        return (part, resume)
                    }
                    let group = DispatchGroup()
                    if otherThread { DispatchQueue.global().async(group: group) { pieces.readFromTheFront() } }
                    ThreadHeap.reserve(first.index * heapPerByte)
                    var next = 0  // the next piece this thread's reading meets
                    // From the top, past a byte-order mark as a scanner from the top skips it.
                    var from: Position? = (CSVScanner(buffer: buffer, delimiter: delimiter).index, 1)
                    while let position = from {
                        from = nil
                        var scanner = CSVScanner(
                            buffer: buffer, delimiter: delimiter, index: position.index, line: position.line)
                        scanner.forEachRecord { record, at in
                            // A piece this record starts past began inside a record: its guess was wrong.
                            while next < starts.count, at > starts[next].index {
                                if let dropped = pieces.reading(of: next) { drop(dropped.part) }
                                next += 1
                            }
                            guard next < starts.count, at == starts[next].index else { return take(record) }
                            next += 1
                            guard let reading = pieces.reading(of: next - 1) else {
                                // No one took it: it is read here, in order.
                                ThreadHeap.reserve((end(of: next - 1) - at) * heapPerByte)
                                return take(record)
                            }
                            handOver(reading.part)
                            from = reading.resume
                            return false
                        }
                    }
                    // No piece is left for the other thread (a quote never closed ran to the end:
                    // each would be read to the end too), and it reads `buffer`: it must be done
                    // before it goes.
                    pieces.takeNoMore()
                    group.wait()
                    pieces.letGo().forEach(drop)  // pieces never reached (a record ran to the end)
                }
            }
        }
    }

    /// Where a record starts: its byte and its line.
    typealias Position = (index: Int, line: Int)

    /// The start of each piece but the first: the first start of a line that is not blank after
    /// each of `count - 1` even cuts (a record never starts on a blank line), with its line number
    /// as a scanner from the top counts it (every LF, and every CR not followed by LF, ends a line,
    /// inside quotes too). Cuts that find no line start of their own (a line longer than a piece)
    /// give none.
    static func pieceStarts(in buffer: UnsafeBufferPointer<UInt8>, count: Int) -> [Position] {
        var starts: [Position] = []
        var (counted, lines) = (0, 1)  // the line of byte `counted`
        for cut in 1..<max(count, 1) {
            var index = max(buffer.count / count * cut, counted)
            while index < buffer.count, buffer[index] != Byte.newline, buffer[index] != Byte.carriageReturn {
                index += 1
            }
            while index < buffer.count, buffer[index] == Byte.newline || buffer[index] == Byte.carriageReturn {
                index += 1
            }
            guard index < buffer.count else { break }
            guard index > counted else { continue }
            lines += lineEnds(in: UnsafeBufferPointer(rebasing: buffer[counted..<index]))
            counted = index
            starts.append((index, lines))
        }
        return starts
    }

    /// The line ends as the scanner counts them: every LF, and every CR not followed by LF (a CR
    /// at the end counts). Sixteen bytes at a time: `memchr` once a line took 4 ms of the first
    /// 11 MB of a 22 MB file of short rows, while the other thread waited to start; this takes
    /// about 1 ms.
    static func lineEnds(in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(buffer)
        let (newline, carriageReturn) = (SIMD16(repeating: Byte.newline), SIMD16(repeating: Byte.carriageReturn))
        var (index, count) = (0, 0)
        while index + 16 < raw.count {  // the byte after the block is read too
            // Each lane counts in a byte, so the lanes are added up every 255 blocks.
            var lanes = SIMD16<UInt8>()
            var blocks = 0
            while blocks < 255, index + 16 < raw.count {
                let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
                let ends = block .== newline .| (block .== carriageReturn .& next .!= newline)
                lanes &+= SIMD16(repeating: 0).replacing(with: 1, where: ends)
                (index, blocks) = (index + 16, blocks + 1)
            }
            count += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        }
        for at in index..<raw.count
        where raw[at] == Byte.newline
            || (raw[at] == Byte.carriageReturn && (at + 1 == raw.count || raw[at + 1] != Byte.newline))
        {
            count += 1
        }
        return count
    }
}

/// Which thread reads each piece, and the pieces read: shared by the two threads, under a lock.
/// The other thread takes pieces from the front; this one reaches them in order, and meanwhile
/// takes pieces from the back.
private final class Pieces<Part>: @unchecked Sendable {
    typealias Reading = (part: Part, resume: CSVReader.Position?)

    private enum State {
        case untaken, reading
        case read(Reading)
        /// Handed over, dropped, or read in order by this thread.
        case gone
    }

    private var states: [State]
    /// The pieces no one has taken.
    private var (front, back): (Int, Int)
    private let lock = Lock()
    /// Signalled by the other thread each time it has read a piece.
    private let pieceRead = DispatchSemaphore(value: 0)
    /// Reads a piece, on either thread. Let go of once both are done: it holds the caller's
    /// closures, which must not outlive the call (`withoutActuallyEscaping` checks), while the
    /// queue may keep the block that ran it a little longer.
    private var readPiece: ((Int) -> Reading)?

    init(count: Int, readPiece: @escaping (Int) -> Reading) {
        (states, front, back, self.readPiece) = (Array(repeating: .untaken, count: count), 0, count, readPiece)
    }

    /// On the other thread: piece after piece from the front, until none is left.
    func readFromTheFront() {
        while let piece = take(fromFront: true) {
            let reading = readPiece!(piece)
            lock.withLock { states[piece] = .read(reading) }
            pieceRead.signal()
        }
    }

    /// On this thread, when its reading reaches a piece's start or passes it: the piece's reading,
    /// once done (reading pieces from the back meanwhile), or nil when no one had taken it.
    func reading(of piece: Int) -> Reading? {
        while true {
            let state = lock.withLock {
                let state = states[piece]
                switch state {
                case .untaken:
                    // Every piece before it was reached already, so it is the front one.
                    precondition(piece == front, "a piece reached out of order")
                    front += 1
                    states[piece] = .gone
                case .read: states[piece] = .gone
                case .reading, .gone: break
                }
                return state
            }
            switch state {
            case .untaken, .gone: return nil
            case .read(let reading): return reading
            case .reading:
                // The other thread is reading it: read from the back meanwhile, else wait for it.
                if let last = take(fromFront: false) {
                    let reading = readPiece!(last)
                    lock.withLock { states[last] = .read(reading) }
                } else {
                    pieceRead.wait()
                }
            }
        }
    }

    private func take(fromFront: Bool) -> Int? {
        lock.withLock {
            guard front < back else { return nil }
            let piece = fromFront ? front : back - 1
            if fromFront { front += 1 } else { back -= 1 }
            states[piece] = .reading
            return piece
        }
    }

    /// No piece is taken from now on, by either thread.
    func takeNoMore() { lock.withLock { front = back } }

    /// Once the other thread is done: the reader let go of, and the parts of the readings never
    /// reached given back.
    func letGo() -> [Part] {
        let parts = states.compactMap { state -> Part? in
            guard case .read(let reading) = state else { return nil }
            return reading.part
        }
        (states, readPiece) = ([], nil)
        return parts
    }
}
