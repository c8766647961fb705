import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A large file read on two cores: while this thread reads the first half of the records, another
/// reads the plain rows of the second half, from the first line start past the middle.
///
/// Where a record starts cannot be known without reading from the top (a quoted field may hold
/// line breaks), so the second half is a guess, checked: it is used only when the first half's
/// reading reaches exactly that line start. Otherwise it is dropped and this thread reads on. The
/// second half hands over its plain rows only, up to the first one it declines; that row and all
/// after it are read here, in order. So rows are taken in the file's order, every diagnostic is
/// made on this thread, and the result is the same as reading the file from top to bottom.
extension CSVReader {
    /// Files smaller than this are read on one core: a thread costs more than it saves.
    static let halvesFrom = 1 << 20

    /// Calls `plain` with every record after `headerLine`, and `apply` with what it makes of one
    /// (in file order), or `careful` with the record when `plain` declines it (nil).
    /// - Parameter plain: runs on two threads at once: it must only read its record.
    func forEachRecord<Outcome>(
        after headerLine: Int, plain: (CSVRecord) -> Outcome?, apply: (Outcome) -> Void,
        careful: (CSVRecord) -> Void
    ) {
        bytes.withUnsafeBufferPointer { buffer in
            func take(_ record: CSVRecord) {
                guard record.line > headerLine else { return }
                if let outcome = plain(record) { apply(outcome) } else { careful(record) }
            }
            var scanner = CSVScanner(buffer: buffer, delimiter: delimiter)
            guard buffer.count >= Self.halvesFrom, let split = Self.lineStart(after: buffer.count / 2, in: buffer)
            else {
                return scanner.forEachRecord { record, _ in
                    take(record)
                    return true
                }
            }

            let half = SecondHalf<Outcome>()
            half.outcomes.reserveCapacity(Self.lineEnds(in: buffer) / 2 + 1)
            withoutActuallyEscaping(plain) { plain in
                let reading = Unchecked((plain, buffer, delimiter))
                let group = DispatchGroup()
                DispatchQueue.global().async(group: group) {
                    let (plain, buffer, delimiter) = reading.value
                    var second = CSVScanner(buffer: buffer, delimiter: delimiter, index: split.index, line: split.line)
                    second.forEachRecord { record, start in
                        guard record.line > headerLine else { return true }
                        guard let outcome = plain(record) else {
                            half.stop = (start, record.line)
                            return false
                        }
                        half.outcomes.append(outcome)
                        return true
                    }
                }
                var (handedOver, resume): (Bool, (index: Int, line: Int)?) = (false, nil)
                scanner.forEachRecord { record, start in
                    if start >= split.index, !handedOver {
                        handedOver = true
                        group.wait()
                        if start == split.index {  // else the guess was wrong, and this thread reads on
                            half.outcomes.forEach(apply)
                            resume = half.stop
                            return false
                        }
                    }
                    take(record)
                    return true
                }
                group.wait()  // the other thread reads `buffer`: it must be done before it goes
                if let resume {
                    var rest = CSVScanner(buffer: buffer, delimiter: delimiter, index: resume.index, line: resume.line)
                    rest.forEachRecord { record, _ in
                        take(record)
                        return true
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

    /// The line ends as the scanner counts them: every LF, and every CR not followed by LF. Found
    /// with `memchr`, many bytes at a time: a byte loop over 10 MB cost more than it saved.
    static func lineEnds(in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        func positions(of byte: UInt8, _ body: (Int) -> Void) {
            var position = 0
            while position < buffer.count, let found = memchr(base + position, Int32(byte), buffer.count - position) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                body(at)
                position = at + 1
            }
        }
        var count = 0
        positions(of: Byte.newline) { _ in count += 1 }
        positions(of: Byte.carriageReturn) { at in
            if at + 1 == buffer.count || buffer[at + 1] != Byte.newline { count += 1 }
        }
        return count
    }
}

/// What the second thread read: its outcomes in order, and the record it declined, if any.
/// Written by that thread only until the group it runs in is waited for, then read here.
private final class SecondHalf<Outcome>: @unchecked Sendable {
    var outcomes: [Outcome] = []
    var stop: (index: Int, line: Int)?
}

/// A value handed to the other thread, which only reads it while this one waits for it.
private struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
