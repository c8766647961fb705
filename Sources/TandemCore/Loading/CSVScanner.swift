/// The byte scanner under `CSVReader`: one record at a time, from wherever it stands. Two of
/// them can read one file from two places at once (`CSVReader+Pieces.swift`).
struct CSVScanner {
    let buffer: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    var index = 0
    var line = 1
    /// Fields in the record just read, kept or not.
    var fieldCount = 0

    init(buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8) {
        self.buffer = buffer
        self.delimiter = delimiter
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3 }
    }

    /// Starts at `index`, the start of a record on `line`, as another scanner reading the same
    /// file from its start would stand there.
    init(buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8, index: Int, line: Int) {
        (self.buffer, self.delimiter, self.index, self.line) = (buffer, delimiter, index, line)
    }

    /// Calls `body` with each record from here on and the offset it starts at, blank lines
    /// skipped, until `body` returns false or the file ends. The record borrows the span storage:
    /// no copy, no allocation per row.
    mutating func forEachRecord(_ body: (CSVRecord, Int) -> Bool) {
        var spans = Spans()
        defer { spans.free() }
        while true {
            let start = index
            guard let (line, problem) = nextRecord(into: &spans) else { return }
            if spans.count == 1, spans.first.isEmpty, problem == nil { continue }  // blank line
            let record = CSVRecord(
                buffer: buffer, spans: spans.kept, line: line, problem: problem, fieldCount: fieldCount)
            if !body(record, start) { return }
        }
    }

    /// Reads one record's field spans; returns its first line and any problem, nil at the end.
    mutating func nextRecord(into spans: inout Spans) -> (Int, String?)? {
        let count = buffer.count
        guard index < count else { return nil }
        spans.removeAll()
        fieldCount = 0
        let recordLine = line
        let recordStart = index
        var problem: String?

        // A broken quote that ran over line ends is almost always one stray quote: leave out
        // just the line it is on and read on from the next, instead of swallowing the rows
        // that follow.
        func recoverAtNextLine(_ message: String) -> (Int, String?) {
            var end = recordStart
            while end < count, buffer[end] != Byte.newline, buffer[end] != Byte.carriageReturn { end += 1 }
            if end < count, buffer[end] == Byte.carriageReturn { end += 1 }
            if end < count, buffer[end] == Byte.newline { end += 1 }
            index = end
            line = recordLine + 1
            spans.removeAll()
            spans.append(.init(start: recordStart, end: recordStart, quoted: false, escaped: false))
            fieldCount = 1
            return (recordLine, message)
        }
        while true {
            if index < count, buffer[index] == Byte.quote {
                let openingLine = line
                index += 1
                let start = index
                var escaped = false
                var closed = false
                while index < count {
                    let byte = buffer[index]
                    if byte == Byte.quote {
                        if index + 1 < count, buffer[index + 1] == Byte.quote {
                            escaped = true
                            index += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    if byte == Byte.newline
                        || (byte == Byte.carriageReturn
                            && (index + 1 == count || buffer[index + 1] != Byte.newline))
                    {
                        line += 1
                    }
                    index += 1
                }
                keep(.init(start: start, end: index, quoted: true, escaped: escaped), in: &spans)
                let spansLines = line > openingLine
                if !closed {
                    let message =
                        "a quoted field opened on line \(openingLine) is never closed; expected a closing \" "
                        + "before the end of the file"
                    return spansLines ? recoverAtNextLine(message) : (recordLine, problem ?? message)
                }
                index += 1  // the closing quote
                if index < count, !endsField(buffer[index]) {
                    let message = "unexpected text after a closing quote; expected a comma or the end of the line"
                    if spansLines { return recoverAtNextLine(message) }
                    problem = problem ?? message
                    while index < count, !endsField(buffer[index]) { index += 1 }
                }
            } else {
                let start = index
                skipToFieldEnd()
                keep(.init(start: start, end: index, quoted: false, escaped: false), in: &spans)
            }
            guard index < count else { return (recordLine, problem) }
            let separator = buffer[index]
            index += 1
            if separator == delimiter { continue }
            if separator == Byte.carriageReturn, index < count, buffer[index] == Byte.newline { index += 1 }
            line += 1
            return (recordLine, problem)
        }
    }

    /// Moves `index` to the end of an unquoted field. With a comma, eight bytes at a time while
    /// none of them is at or below it (all three field ends are): most bytes of a large file are
    /// in such fields.
    @inline(__always)
    mutating func skipToFieldEnd() {
        let count = buffer.count
        if delimiter == Byte.comma, let base = buffer.baseAddress {
            while index + 8 <= count {
                // The first byte in memory is the lowest in the number.
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                // The first byte below 0x2D sets its top bit here (later ones may too: a borrow).
                let low = (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080
                guard low != 0 else {
                    index += 8
                    continue
                }
                index += low.trailingZeroBitCount / 8
                if endsField(buffer[index]) { return }
                index += 1
            }
        }
        while index < count, !endsField(buffer[index]) { index += 1 }
    }

    /// One comparison for almost every byte with a comma: all three field ends are at or below it.
    @inline(__always)
    func endsField(_ byte: UInt8) -> Bool {
        delimiter == Byte.comma
            ? byte <= Byte.comma && (byte == Byte.comma || byte == Byte.newline || byte == Byte.carriageReturn)
            : byte == delimiter || byte == Byte.newline || byte == Byte.carriageReturn
    }

    /// Counts the field, and keeps it while the record has fewer than `maxFields`.
    @inline(__always)
    mutating func keep(_ span: CSVRecord.Span, in spans: inout Spans) {
        fieldCount += 1
        if spans.count < CSVReader.maxFields { spans.append(span) }
    }

    /// The spans of the record being read, in memory of each `forEachRecord` call's own that grows
    /// as records do and is emptied, not freed, between them. An array checked its uniqueness and capacity
    /// on every field and emptied itself through a generic path on every record: without them,
    /// 100,000 risks load about a tenth sooner.
    struct Spans {
        private var base = UnsafeMutablePointer<CSVRecord.Span>.allocate(capacity: 32)
        private var capacity = 32
        private(set) var count = 0

        var kept: UnsafeBufferPointer<CSVRecord.Span> { UnsafeBufferPointer(start: base, count: count) }
        var first: CSVRecord.Span { base[0] }

        mutating func removeAll() { count = 0 }

        @inline(__always)
        mutating func append(_ span: CSVRecord.Span) {
            if count == capacity {
                let larger = UnsafeMutablePointer<CSVRecord.Span>.allocate(capacity: capacity * 2)
                larger.moveInitialize(from: base, count: count)
                base.deallocate()
                (base, capacity) = (larger, capacity * 2)
            }
            (base + count).initialize(to: span)
            count += 1
        }

        /// Spans hold only numbers and flags: nothing to deinitialize.
        func free() { base.deallocate() }
    }
}
