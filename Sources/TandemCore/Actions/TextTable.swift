/// A CSV file as it is written, byte for byte: its BOM, its line end, and where each record and
/// field lies. Editing through it changes only the bytes of the fields edited, so a file kept in a
/// spreadsheet keeps its header, quoting, line ends and columns Tandem ignores.
///
/// It reads records as `CSVReader` does, except where the loader recovers from a broken quote
/// that runs over line ends (it leaves out that one line and reads on): `openQuoteLine` names
/// such a quote, and the editor writes nothing on a file that has one.
struct TextTable {
    /// One record: its bytes without the line end, and each field's bytes with its quotes.
    struct Record {
        let range: Range<Int>
        let fields: [Range<Int>]
        /// The line the record starts on (the header is line 1).
        let line: Int
        /// A quote was never closed, or text followed a closing quote.
        let broken: Bool
        /// The line of a broken quote that runs over a line end, where the loader would read this
        /// record differently.
        let openQuoteLine: Int?
    }

    let bytes: [UInt8]
    let hasBOM: Bool
    /// The file's own line end: CRLF, LF or CR, as its first line ends; LF for a file of one line.
    let lineEnd: [UInt8]
    /// Header first; blank lines are not records.
    let records: [Record]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        hasBOM = bytes.starts(with: Self.bom)
        if let end = bytes.firstIndex(where: { $0 == .lf || $0 == .cr }) {
            lineEnd = bytes[end] == .lf ? [.lf] : end + 1 < bytes.count && bytes[end + 1] == .lf ? [.cr, .lf] : [.cr]
        } else {
            lineEnd = [.lf]
        }
        records = Self.scan(bytes, from: hasBOM ? Self.bom.count : 0)
    }

    /// The first quote the loader would read differently (see the type's comment), if any.
    var openQuoteLine: Int? {
        records.lazy.compactMap(\.openQuoteLine).first
    }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let delimiter = UInt8(ascii: ",")

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

    /// A value as RFC 4180 writes it: in quotes, with quotes doubled, when it holds the comma, a
    /// quote, a line break, or space at either end (which a reader could trim).
    ///
    /// - Parameter isText: free text typed by a person (a title, a name). One starting with `=`,
    ///   `+`, `-` or `@` gets a `'` in front: a spreadsheet opening the file would otherwise run it
    ///   as a formula (CSV injection). Ids, dates and words Tandem chose are written as they are.
    static func encode(_ value: String, isText: Bool = false) -> [UInt8] {
        let formula = isText && value.first.map { "=+-@".contains($0) } == true
        let bytes = Array(((formula ? "'" : "") + value).utf8)
        let needsQuotes =
            bytes.contains { $0 == .comma || $0 == .quote || $0 == .lf || $0 == .cr }
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

    private static func scan(_ bytes: [UInt8], from start: Int) -> [Record] {
        var records: [Record] = []
        var index = start
        var line = 1
        let count = bytes.count
        func endsField(_ byte: UInt8) -> Bool { byte == .comma || byte == .lf || byte == .cr }
        while index < count {
            let recordStart = index
            let recordLine = line
            var fields: [Range<Int>] = []
            var broken = false
            var openQuoteLine: Int?
            while true {
                let fieldStart = index
                if index < count, bytes[index] == .quote {
                    let quoteLine = line
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
                    var fieldBroken = !closed
                    if index < count, !endsField(bytes[index]) {
                        fieldBroken = true
                        while index < count, !endsField(bytes[index]) { index += 1 }
                    }
                    broken = broken || fieldBroken
                    if fieldBroken, line > quoteLine, openQuoteLine == nil { openQuoteLine = quoteLine }
                } else {
                    while index < count, !endsField(bytes[index]) { index += 1 }
                }
                fields.append(fieldStart..<index)
                guard index < count, bytes[index] == .comma else { break }
                index += 1
            }
            let range = recordStart..<index
            if index < count {
                index += bytes[index] == .cr && index + 1 < count && bytes[index + 1] == .lf ? 2 : 1
                line += 1
            }
            if range.isEmpty { continue }  // a blank line
            records.append(
                Record(range: range, fields: fields, line: recordLine, broken: broken, openQuoteLine: openQuoteLine))
        }
        return records
    }
}

extension UInt8 {
    fileprivate static let lf = UInt8(ascii: "\n")
    fileprivate static let cr = UInt8(ascii: "\r")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let comma = UInt8(ascii: ",")
}
