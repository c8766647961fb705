/// A delimited text file as it is written, byte for byte: its BOM, its line end, and where each
/// record and field lies. Editing through it changes only the bytes of the fields edited, so a
/// file kept in a spreadsheet keeps its header, quoting, line ends and columns Tandem ignores.
struct TextTable {
    /// One record: its bytes without the line end, and each field's bytes with its quotes.
    struct Record {
        let range: Range<Int>
        let fields: [Range<Int>]
        /// The line the record starts on (the header is line 1).
        let line: Int
        /// A quote was never closed, or text followed a closing quote.
        let broken: Bool
    }

    let bytes: [UInt8]
    let delimiter: UInt8
    let hasBOM: Bool
    /// The file's own line end: CRLF, LF or CR, as its first line ends; LF for a file of one line.
    let lineEnd: [UInt8]
    /// Header first; blank lines are not records.
    let records: [Record]

    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        hasBOM = bytes.starts(with: Self.bom)
        if let end = bytes.firstIndex(where: { $0 == .lf || $0 == .cr }) {
            lineEnd = bytes[end] == .lf ? [.lf] : end + 1 < bytes.count && bytes[end + 1] == .lf ? [.cr, .lf] : [.cr]
        } else {
            lineEnd = [.lf]
        }
        records = Self.scan(bytes, from: hasBOM ? Self.bom.count : 0, delimiter: delimiter)
    }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// True when the last byte ends a line, so a new record can follow at once.
    var endsWithLineEnd: Bool { bytes.last == .lf || bytes.last == .cr }

    /// The header's names, cleaned and lowercased, as the loader matches them.
    var header: [String] { records.first.map { $0.fields.map { TextSanitizer.clean(text($0)).lowercased() } } ?? [] }

    /// The text of a field: quotes removed, doubled quotes undone.
    func text(_ field: Range<Int>) -> String {
        var slice = bytes[field]
        guard slice.first == .quote else { return String(decoding: slice, as: UTF8.self) }
        slice = slice.dropFirst()
        if slice.last == .quote { slice = slice.dropLast() }
        var out: [UInt8] = []
        var index = slice.startIndex
        while index < slice.endIndex {
            out.append(slice[index])
            index += slice[index] == .quote && index + 1 < slice.endIndex && slice[index + 1] == .quote ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A value as RFC 4180 writes it: in quotes, with quotes doubled, when it holds the
    /// delimiter, a quote, a line break, or space at either end (which a reader could trim).
    static func encode(_ value: String, delimiter: UInt8) -> [UInt8] {
        let bytes = Array(value.utf8)
        let needsQuotes =
            bytes.contains { $0 == delimiter || $0 == .quote || $0 == .lf || $0 == .cr }
            || bytes.first == .space || bytes.last == .space
        guard needsQuotes else { return bytes }
        var out: [UInt8] = [.quote]
        for byte in bytes {
            out.append(byte)
            if byte == .quote { out.append(.quote) }
        }
        out.append(.quote)
        return out
    }

    private static func scan(_ bytes: [UInt8], from start: Int, delimiter: UInt8) -> [Record] {
        var records: [Record] = []
        var index = start
        var line = 1
        let count = bytes.count
        func endsField(_ byte: UInt8) -> Bool { byte == delimiter || byte == .lf || byte == .cr }
        while index < count {
            let recordStart = index
            let recordLine = line
            var fields: [Range<Int>] = []
            var broken = false
            while true {
                let fieldStart = index
                if index < count, bytes[index] == .quote {
                    index += 1
                    var closed = false
                    while index < count {
                        if bytes[index] == .quote {
                            if index + 1 < count, bytes[index + 1] == .quote {
                                index += 2
                                continue
                            }
                            closed = true
                            index += 1
                            break
                        }
                        if bytes[index] == .lf
                            || (bytes[index] == .cr && (index + 1 == count || bytes[index + 1] != .lf))
                        {
                            line += 1
                        }
                        index += 1
                    }
                    if !closed { broken = true }
                    if index < count, !endsField(bytes[index]) {
                        broken = true
                        while index < count, !endsField(bytes[index]) { index += 1 }
                    }
                } else {
                    while index < count, !endsField(bytes[index]) { index += 1 }
                }
                fields.append(fieldStart..<index)
                guard index < count, bytes[index] == delimiter else { break }
                index += 1
            }
            let range = recordStart..<index
            if index < count {
                index += bytes[index] == .cr && index + 1 < count && bytes[index + 1] == .lf ? 2 : 1
                line += 1
            }
            if range.isEmpty { continue }  // a blank line
            records.append(Record(range: range, fields: fields, line: recordLine, broken: broken))
        }
        return records
    }
}

extension UInt8 {
    fileprivate static let lf = UInt8(ascii: "\n")
    fileprivate static let cr = UInt8(ascii: "\r")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let space = UInt8(ascii: " ")
}
