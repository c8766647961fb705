import Dispatch

/// A large file read on two cores: while this thread reads the first half of the records, another
/// reads the plain rows of the second half, from the first line start in the last `share` of the
/// file (past the middle by default).
///
/// Where a record starts cannot be known without reading from the top (a quoted field may hold
/// line breaks), so the second half is a guess, checked: it is used only when the first half's
/// reading reaches exactly that line start. Otherwise it is dropped and this thread reads on. The
/// second half reads plain rows only, up to the first one it leaves; that row and all after it
/// are read here, in order. So every diagnostic is made on this thread, and the result is the
/// same as reading the file from top to bottom.
extension CSVReader {
    /// Files smaller than this are read on one core: a thread costs more than it saves.
    static let halvesFrom = 1 << 20

    /// Calls `body` with every record after `headerLine`, in order; in a large file, the records
    /// of its second half that `read` takes (into a `Half` that `start` makes) are handed over
    /// instead, at the place where they would have been read.
    /// - Parameters:
    ///   - start, read: run on another thread, at the same time as `body`; they must touch
    ///     nothing else. `start` is given the line the second half starts on. `read` returns false
    ///     for a record it leaves, and reads no further. A second half not handed over is let go
    ///     of before `body` sees the records it read.
    ///   - handOver: the second half's reading, on this thread, in the file's order.
    ///   - share: how much of the file the other thread reads, from the end. More than half when
    ///     taking its reading over costs this thread much, so that both finish together.
    ///   - heapPerByte: about how many bytes of heap reading a byte of the file allocates (its
    ///     texts), reserved on each thread before it reads its part (`ThreadHeap`).
    func forEachRecord<Half>(
        after headerLine: Int, secondHalf start: (_ line: Int) -> Half, share: Double = 0.5, heapPerByte: Int = 0,
        read: (inout Half, CSVRecord) -> Bool, handOver: (Half) -> Void, each body: (CSVRecord) -> Void
    ) {
        bytes.withUnsafeBufferPointer { buffer in
            func take(_ record: CSVRecord) -> Bool {
                if record.line > headerLine { body(record) }
                return true
            }
            var scanner = CSVScanner(buffer: buffer, delimiter: delimiter)
            let firstPart = Int(Double(buffer.count) * (1 - min(max(share, 0), 1)))
            // A header past the split (a file starting with a megabyte of blank lines) leaves nothing
            // for this thread to read first: one core, then.
            guard buffer.count >= Self.halvesFrom, let split = Self.lineStart(after: firstPart, in: buffer),
                split.line > headerLine
            else { return scanner.forEachRecord { record, _ in take(record) } }

            let half = SecondHalf<Half>()
            withoutActuallyEscaping(start) { start in
                withoutActuallyEscaping(read) { read in
                    half.job = {
                        ThreadHeap.reserve((buffer.count - split.index) * heapPerByte)
                        var state = start(split.line)
                        var second = CSVScanner(
                            buffer: buffer, delimiter: delimiter, index: split.index, line: split.line)
                        second.forEachRecord { record, at in
                            guard read(&state, record) else {
                                half.stop = (at, record.line)
                                return false
                            }
                            return true
                        }
                        half.state = state
                    }
                    let group = DispatchGroup()
                    DispatchQueue.global().async(group: group) { half.run() }
                    ThreadHeap.reserve(split.index * heapPerByte)
                    var (handedOver, resume): (Bool, (index: Int, line: Int)?) = (false, nil)
                    scanner.forEachRecord { record, at in
                        if at >= split.index, !handedOver {
                            handedOver = true
                            group.wait()
                            // Let go of here, at once: it may hold memory this thread writes next.
                            let state = half.state
                            half.state = nil
                            if at == split.index, let state {  // else the guess was wrong
                                handOver(state)
                                resume = half.stop
                                return false
                            }
                        }
                        return take(record)
                    }
                    group.wait()  // the other thread reads `buffer`: it must be done before it goes
                    half.state = nil  // never reached (a record ran to the end): let go of here, not there
                    if let resume {
                        var rest = CSVScanner(
                            buffer: buffer, delimiter: delimiter, index: resume.index, line: resume.line)
                        rest.forEachRecord { record, _ in take(record) }
                    }
                }
            }
        }
    }

    /// The first line start after `offset`, and its line number as a scanner from the top counts
    /// it (every LF, and every CR not followed by LF, ends a line, inside quotes too).
    static func lineStart(after offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (index: Int, line: Int)? {
        var index = offset
        while index < buffer.count, buffer[index] != Byte.newline, buffer[index] != Byte.carriageReturn {
            index += 1
        }
        if index < buffer.count, buffer[index] == Byte.carriageReturn { index += 1 }
        if index < buffer.count, buffer[index] == Byte.newline { index += 1 }
        guard index < buffer.count, index > offset else { return nil }
        return (index, 1 + lineEnds(in: UnsafeBufferPointer(rebasing: buffer[..<index])))
    }

    /// The line ends as the scanner counts them: every LF, and every CR not followed by LF (a CR
    /// at the end counts). Sixteen bytes at a time: `memchr` once a line took 4 ms of the 11 MB
    /// before the split of a 22 MB file of short rows, while the other thread waited to start;
    /// this takes about 1 ms.
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

/// What the second thread read, and the record it left, if any. Written by that thread only
/// until the group it runs in is waited for, then read here.
private final class SecondHalf<Half>: @unchecked Sendable {
    /// The reading, let go of as soon as it is done: it holds the caller's closures, which must
    /// not outlive the call (`withoutActuallyEscaping` checks), while the queue may keep the
    /// block that ran it a little longer.
    var job: (() -> Void)?
    var state: Half?
    var stop: (index: Int, line: Int)?

    func run() {
        job?()
        job = nil
    }
}
