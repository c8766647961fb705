/// What `tandem inspect FILE` finds in a spreadsheet nobody wrote for Tandem: its sheets, the row
/// of headers, which Tandem column each header would be, how sample values would be read, the
/// data set it looks like, and a `[sources.NAME]` table to paste into `tandem.toml`.
public struct Inspection: Sendable {
    public struct Header: Sendable {
        /// As written, cleaned of control characters.
        public let text: String
        /// 1 is the first column.
        public let position: Int
        /// The Tandem column it would be read as; nil when none.
        public let column: String?
        /// Up to three values under it, each with how it would be read.
        public let samples: [(value: String, reading: String)]
    }

    public let file: String
    /// The workbook's sheets in tab order; empty for a delimited file.
    public let sheets: [String]
    public let sheet: String?
    /// The row the headers are on (1 is the first).
    public let headerRow: Int
    public let dataSet: DataSet
    /// One row per KPI and one column per period.
    public let isWide: Bool
    public let headers: [Header]
    /// The data set's required columns no header was found for.
    public let missing: [String]
    /// Headers that read as periods, when the file was not read as wide measurements: the same
    /// sheet may serve them too.
    public let periodHeaders: Int
    /// A `[sources.NAME]` table that reads the file as found.
    public let sourceTable: String

    /// - Parameters:
    ///   - set: the data set the file holds; nil guesses it from the headers.
    ///   - headerRow: the row of headers; nil finds the row that looks most like one.
    /// - Throws: `LoadFailure` naming the file when it cannot be read at all.
    public static func inspect(
        _ name: String, bytes: [UInt8], as set: DataSet? = nil, sheet: String? = nil, headerRow: Int? = nil
    ) throws(LoadFailure) -> Inspection {
        let source = Source(file: name, sheet: sheet)
        let opened = try DataFile.open(name, bytes: bytes, source: source)
        var rows: [(line: Int, fields: [String])] = []
        opened.records.forEachRecord { record in
            if !DataFile.isNote(record) { rows.append((record.line, RecordTable.fields(of: record))) }
            return rows.count < DataFile.headerSearchRows + 3 || (headerRow.map { record.line <= $0 + 3 } ?? false)
        }
        guard !rows.isEmpty else {
            throw LoadFailure(file: name, "is empty; expected a row of headers and rows under it")
        }
        let choice = try best(rows, name: name, set: set, headerRow: headerRow)
        let headerIndex = choice.index
        let header = rows[headerIndex].fields
        let below = Array(rows.dropFirst(headerIndex + 1))
        let positions = choice.columns
        let columnAt = Dictionary(positions.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        var options = ValueOptions()
        if ["budget", "spent", "forecast"].contains(where: {
            positions[$0].map { SourceTable.isMillions(header[$0]) } ?? false
        }) {
            options.moneyScale = 1_000_000
        }
        var unknownWords: [String: [String]] = [:]
        var headers: [Header] = []
        for (index, raw) in header.enumerated() where !CSVHeader.key(raw).isEmpty {
            let column = columnAt[index]
            let values = below.lazy.map { $0.fields.indices.contains(index) ? $0.fields[index] : "" }
                .filter { !$0.trimmingCharacters(in: " ").isEmpty }.prefix(3)
            let samples = values.map { value in
                (
                    TextSanitizer.visible(TextSanitizer.clean(value)),
                    column.map {
                        ValuePreview.reading(
                            value, column: $0, in: choice.isWide ? .measurements : choice.set, options: options)
                    } ?? (choice.isWide && choice.periods.contains(index) ? "a value of that period" : "not read")
                )
            }
            if let column, SourceTable.choiceColumns.contains(column) {
                var words: [String] = []
                for row in below where row.fields.indices.contains(index) && words.count < 8 {
                    let word = TextSanitizer.clean(row.fields[index]).trimmingCharacters(in: " ")
                    guard !word.isEmpty, !words.contains(word) else { continue }
                    if ValuePreview.reading(word, column: column, in: choice.set, options: options).hasPrefix("✗") {
                        words.append(word)
                    }
                }
                if !words.isEmpty { unknownWords[column] = words }
            }
            headers.append(
                Header(
                    text: TextSanitizer.clean(raw), position: index + 1,
                    column: column ?? (choice.periods.contains(index) ? "period" : nil), samples: Array(samples)))
        }
        let missing = (choice.isWide ? ["kpi"] : choice.set.requiredColumns).filter { positions[$0] == nil }
        return Inspection(
            file: name, sheets: opened.sheetNames,
            sheet: opened.sheet?.name, headerRow: rows[headerIndex].line, dataSet: choice.set, isWide: choice.isWide,
            headers: headers, missing: missing,
            periodHeaders: choice.isWide
                ? 0
                : header.filter { WideMeasurements.isPeriod($0) }
                    .count,
            sourceTable: SourceTable.text(
                file: name, set: choice.set, sheet: opened.sheet?.name, headerRow: rows[headerIndex].line,
                isWide: choice.isWide, columns: positions, headers: header, samples: headers,
                unknownWords: unknownWords))
    }

    private struct Choice {
        var index: Int
        var set: DataSet
        var isWide: Bool
        var columns: [String: Int]
        var periods: Set<Int>
        var score: Int
    }

    /// The header row and data set that explain the most: every required column found counts
    /// most, then every other column; a row of period headers makes wide measurements.
    private static func best(
        _ rows: [(line: Int, fields: [String])], name: String, set: DataSet?, headerRow: Int?
    ) throws(LoadFailure) -> Choice {
        var best: Choice?
        for (index, row) in rows.enumerated()
        where headerRow.map({ row.line == $0 }) ?? (index < DataFile.headerSearchRows) {
            let periods = Set(
                row.fields.indices.filter { index in
                    WideMeasurements.isPeriod(row.fields[index])
                })
            for candidate in set.map({ [$0] }) ?? DataSet.allCases {
                let wide = candidate == .measurements && periods.count >= 3
                let columns =
                    wide
                    ? HeaderGuess.columns(for: .kpis, headers: row.fields).filter { $0.key == "id" }
                        .reduce(into: [:]) { $0["kpi"] = $1.value }
                    : HeaderGuess.columns(for: candidate, headers: row.fields)
                let required = wide ? ["kpi"] : candidate.requiredColumns
                let found = required.filter { columns[$0] != nil }.count
                let score =
                    found * 10 + columns.count + (wide ? periods.count : 0)
                    - (found == required.count ? 0 : 5)
                if score > (best?.score ?? 0) {
                    best = Choice(
                        index: index, set: candidate, isWide: wide, columns: columns, periods: wide ? periods : [],
                        score: score)
                }
            }
        }
        guard let best else {
            if let headerRow { throw LoadFailure(file: name, "has no row \(headerRow); expected the row of headers") }
            return Choice(index: 0, set: set ?? .kpis, isWide: false, columns: [:], periods: [], score: 0)
        }
        return best
    }
}
