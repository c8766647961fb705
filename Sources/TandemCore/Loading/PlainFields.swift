/// The fast path of text-heavy rows (risks): fields read straight from their bytes when they are
/// written the plain way (printable ASCII, ISO dates, small whole numbers, Tandem's own words).
///
/// Every reader answers nil for anything else (a quote to undo, a word of another language, a
/// value out of range, a word for nothing such as `n/a`), and the row then goes the careful way
/// (`FieldReader`), which reads every form and says what is wrong. So this path can only make a
/// row faster, never read it differently; a test loads the same files both ways.
struct PlainFields {
    let record: CSVRecord

    /// Blank: no column, or only spaces and tabs.
    func isBlank(_ column: Column) -> Bool { column.index.map(record.isBlank) ?? true }

    /// The field as `FieldReader.text` would clean it, when that changes nothing: printable ASCII
    /// (and line breaks inside, when `keepNewlines`), no space at either end, no quote to undo,
    /// within `FieldReader.maxTextBytes`. "" when blank.
    func text(_ column: Column, keepNewlines: Bool = false) -> String? {
        guard let index = column.index, !record.isBlank(index) else { return "" }
        let raw = record.rawBytes(index)
        if EmptyWords.isEmpty(raw) { return "" }
        guard raw.count <= FieldReader.maxTextBytes, !record.isEscaped(index), let first = raw.first,
            let last = raw.last, first != Byte.space, first != Byte.newline, last != Byte.space, last != Byte.newline
        else { return nil }
        for byte in raw where byte < 0x20 || byte > 0x7E {
            guard keepNewlines, byte == Byte.newline else { return nil }
        }
        return String(decoding: raw, as: UTF8.self)
    }

    /// Text that must not be empty.
    func requiredText(_ column: Column) -> String? {
        guard let text = text(column), !text.isEmpty else { return nil }
        return text
    }

    /// A whole number of one or two digits in `range`; `.some(nil)` when blank.
    func integer(_ column: Column, in range: ClosedRange<Int>) -> Int?? {
        guard let index = column.index, !record.isBlank(index) else { return .some(nil) }
        let raw = record.rawBytes(index)
        guard (1...2).contains(raw.count), raw.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let value = raw.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return range.contains(value) ? .some(value) : nil
    }

    /// An ISO date that exists; `.some(nil)` when blank.
    func day(_ column: Column) -> Day?? {
        guard let index = column.index, !record.isBlank(index) else { return .some(nil) }
        return FieldParsing.day(record.rawBytes(index)).map { .some($0) }
    }

    /// One of the enumeration's own words in any case (`cio`, `CIO`); `.some(nil)` when blank. The
    /// data set's own words are the careful path's: this is used only without any. Compared as
    /// bytes, folding ASCII capitals: no string is made for the word.
    func choice<T>(_ column: Column, among words: OwnWords<T>) -> T?? {
        guard let index = column.index, !record.isBlank(index) else { return .some(nil) }
        let raw = record.rawBytes(index)
        return words.words.first { Byte.isWord($0.1, raw) }.map { .some($0.0) }
    }

    /// Field `index` as a `;`-separated list, read as `FieldReader.list` reads it, when it is
    /// printable ASCII with no quote to undo: split and trimmed as bytes, where each byte is a
    /// character. Nil otherwise.
    func list(_ index: Int, lowercased: Bool) -> [String]? {
        guard !record.isEscaped(index) else { return nil }
        let raw = record.rawBytes(index)
        guard raw.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        var items: [String] = []
        var seen = Set<String>()  // used once a list is long enough for a linear search to cost
        var start = 0
        while start <= raw.count {
            var end = start
            while end < raw.count, raw[end] != 0x3B { end += 1 }
            var part = UnsafeBufferPointer(rebasing: raw[start..<end])
            while part.first == Byte.space { part = UnsafeBufferPointer(rebasing: part.dropFirst()) }
            while part.last == Byte.space { part = UnsafeBufferPointer(rebasing: part.dropLast()) }
            start = end + 1
            guard !part.isEmpty else { continue }
            let item =
                lowercased
                ? String(decoding: part.map(Byte.lowercased), as: UTF8.self) : String(decoding: part, as: UTF8.self)
            guard items.count < 16 ? !items.contains(item) : seen.insert(item).inserted else { continue }
            items.append(item)
            if items.count == 16 { seen = Set(items) }
        }
        return items
    }

    /// True when the field holds this byte: checked before its text is made.
    func contains(_ column: Column, _ byte: UInt8) -> Bool {
        column.index.map { record.rawBytes($0).contains(byte) } ?? false
    }

    /// True when the field holds an ASCII capital.
    func hasCapital(_ column: Column) -> Bool {
        column.index.map { record.rawBytes($0).contains(where: Byte.isCapital) } ?? false
    }
}

extension CSVRecord {
    /// True when field `index` holds doubled quotes, which its text undoes.
    func isEscaped(_ index: Int) -> Bool { index >= 0 && index < spans.count && spans[index].escaped }
}

/// An enumeration's own words as bytes, made once per file for `PlainFields.choice`.
struct OwnWords<T> {
    let words: [(T, [UInt8])]

    init() where T: CaseIterable & RawRepresentable, T.RawValue == String {
        words = T.allCases.map { ($0, Array($0.rawValue.utf8)) }
    }
}
