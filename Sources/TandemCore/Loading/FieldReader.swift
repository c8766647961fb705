/// A column of a CSV file, found by its header name.
struct Column {
    let name: String
    /// Where it is in each record; nil when the file has no such column.
    let index: Int?
}

/// Reads the typed fields of one record, turning every problem into a diagnostic that names the
/// file, line and column, and says what was found and what was expected.
struct FieldReader {
    let record: CSVRecord
    let file: String
    /// The workbook sheet the row is on: messages then name the cell (`F14`).
    let sheet: String?
    /// How the data set writes its values (decimal comma, date order, its own words).
    let options: ValueOptions
    /// What was said once for a whole column, shared by all rows of the file.
    let saidOnce: ColumnNotes
    var diagnostics: [Diagnostic] = []
    /// The row is left out. Not read from the diagnostics: an error said once for a column (a
    /// missing `date_format`) leaves out every row it concerns, but is listed once.
    var hasError = false
    /// The row's figures are a `%` KPI's: its value, target, warn and baseline are percentages.
    var isPercentKPI = false

    init(
        record: CSVRecord, file: String, sheet: String? = nil, options: ValueOptions = ValueOptions(),
        saidOnce: ColumnNotes = ColumnNotes()
    ) {
        self.record = record
        self.file = file
        self.sheet = sheet
        self.options = options
        self.saidOnce = saidOnce
        if let problem = record.problem {
            diagnostics.append(Diagnostic(.error, file: file, line: record.line, problem))
            hasError = true
        }
        if record.isCut { diagnostics.append(Self.cutWarning(record, file: file)) }
    }

    /// Said of a record with more fields than the reader keeps: the rest are unknown columns.
    static func cutWarning(_ record: CSVRecord, file: String) -> Diagnostic {
        Diagnostic(
            .warning, file: file, line: record.line,
            "has \(record.fieldCount) fields; only the first \(record.count) are read; expected at "
                + "most \(CSVReader.maxFields) columns"
        )
    }

    /// Records an error in a column. A row whose quotes are broken has one error already: its
    /// fields are not where the header says, so they are not judged one by one.
    mutating func error(_ column: Column, _ message: String) {
        guard record.problem == nil else { return }
        diagnostics.append(
            Diagnostic(.error, file: file, line: record.line, column: column.name, inCell(column, message)))
        hasError = true
    }

    mutating func warning(_ column: Column, _ message: String) {
        guard record.problem == nil else { return }
        diagnostics.append(
            Diagnostic(.warning, file: file, line: record.line, column: column.name, inCell(column, message)))
    }

    /// On a sheet, the message starts with the cell it is about: `F14: "7" is out of range…`.
    private func inCell(_ column: Column, _ message: String) -> String {
        guard sheet != nil, let index = column.index else { return message }
        return "\(CellReference(row: record.line, column: record.sheetColumn(index))): \(message)"
    }

    func isBlank(_ column: Column) -> Bool { column.index.map(isEmpty) ?? true }

    /// Blank, or a word for nothing (`n/a`, `TBC`, `-`…): empty everywhere.
    func isEmpty(_ index: Int) -> Bool { record.isBlank(index) || EmptyWords.isEmpty(record.rawBytes(index)) }

    /// Text fields longer than this are cut here, with a warning: a 50 MB description would
    /// otherwise be wrapped into a million lines when its detail opens.
    static let maxTextBytes = 16 * 1024

    /// The cleaned text of the column, "" when absent.
    mutating func text(_ column: Column, keepNewlines: Bool = false) -> String {
        guard let index = column.index, !isEmpty(index) else { return "" }
        let raw = record.rawBytes(index)
        guard raw.count > Self.maxTextBytes else {
            return TextSanitizer.clean(record.text(index), keepNewlines: keepNewlines)
        }
        warning(column, "is \(Self.size(raw.count)) long; expected at most 16 KB of text: only its start is kept")
        // Cut at a character boundary: a UTF-8 continuation byte is 10xxxxxx.
        var end = Self.maxTextBytes
        while end > 0, raw[end] & 0xC0 == 0x80 { end -= 1 }
        return TextSanitizer.clean(String(decoding: raw.prefix(end), as: UTF8.self), keepNewlines: keepNewlines) + "…"
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes / 1024) KB"
    }

    /// Quoted raw text for messages, shortened so a 50 MB field never floods the screen, with
    /// control characters shown as symbols (␛ for ESC), so the message says what is really there.
    func shown(_ column: Column) -> String {
        guard let index = column.index else { return "\"\"" }
        let raw = record.rawBytes(index)
        let text = TextSanitizer.visible(String(decoding: raw.prefix(200), as: UTF8.self))
            .trimming(.whitespaces)
        return "\"" + (text.count > 40 || raw.count > 200 ? text.prefix(40) + "…" : text) + "\""
    }

    mutating func requiredText(_ column: Column, expected: String) -> String? {
        let value = text(column)
        if value.isEmpty { error(column, "is empty; expected \(expected)") }
        return value.isEmpty ? nil : value
    }

    /// An id: no spaces around it, no `;` (lists use it).
    mutating func id(_ column: Column) -> String? {
        guard let value = requiredText(column, expected: "an id") else { return nil }
        // As characters, as lists are split: `;` with a combining mark on it separates nothing. Its
        // byte first: a search by characters is slow, and without the byte there is no character.
        if value.utf8.contains(0x3B), value.contains(";") {
            error(column, "\(shown(column)) holds a \";\"; expected an id without \";\", which separates lists")
            return nil
        }
        return value
    }

    /// A `;`-separated list of ids or tags, trimmed, empty entries and repeats dropped;
    /// lowercased first when `lowercased` (tags that differ only in case are one tag).
    /// - Parameter plainBytes: read a plain field as bytes (`PlainFields.list`); tests turn it off
    ///   to prove that both ways read a list alike.
    func list(_ column: Column, lowercased: Bool = false, plainBytes: Bool = true) -> [String] {
        // Not cut like text: a long list of ids is still every id.
        guard let index = column.index, !isEmpty(index) else { return [] }
        if plainBytes, let plain = PlainFields(record: record).list(index, lowercased: lowercased) { return plain }
        var seen = Set<String>()
        return TextSanitizer.clean(record.text(index)).split(separator: ";").compactMap { part in
            let trimmed = part.trimmingCharacters(in: " ")
            let item = lowercased ? trimmed.lowercased() : trimmed
            return item.isEmpty || !seen.insert(item).inserted ? nil : item
        }
    }
}
