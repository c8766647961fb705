/// What rows are read from: a delimited file as it is on disk, or a `RecordTable` built in memory.
protocol RecordSource {
    /// Calls `body` for every record, in order, header included; stops when `body` returns false.
    func forEachRecord(_ body: (CSVRecord) -> Bool)
    /// About as many as the records there are, found cheaply: what arrays of rows reserve, so
    /// that 100,000 risks are not copied each time their array grows.
    var recordsAbout: Int { get }
}

extension CSVReader: RecordSource {
    /// The lines: a record spans one or more.
    var recordsAbout: Int { bytes.withUnsafeBufferPointer { Self.lineEnds(in: $0) + 1 } }
}

/// Records held in memory, each with the line (or sheet row) it came from: a workbook sheet's
/// rows as text, or a file rewritten with defaults filled in or wide periods turned into rows.
/// They are handed out as `CSVRecord`s, so every data set is read by one row reader, whatever its
/// file was.
struct RecordTable: RecordSource {
    private var bytes: [UInt8] = []
    private var spans: [CSVRecord.Span] = []
    private var rows: [(line: Int, first: Int, count: Int, problem: String?, fieldCount: Int)] = []

    /// Adds a record. `columns` gives the sheet column of each field (1 is A) when that is not
    /// its position, so that messages name the right cell; `from` is the record it rewrites, whose
    /// broken quote or cut fields still count.
    mutating func append(line: Int, fields: [String], columns: [Int]? = nil, from original: CSVRecord? = nil) {
        let fieldCount = fields.count + max(0, (original?.fieldCount ?? 0) - (original?.count ?? 0))
        rows.append((line, spans.count, fields.count, original?.problem, fieldCount))
        for (index, field) in fields.enumerated() {
            let start = bytes.count
            bytes += field.utf8
            var span = CSVRecord.Span(start: start, end: bytes.count, quoted: false, escaped: false)
            if let columns { span.column = Int32(columns[index]) }
            spans.append(span)
        }
    }

    var recordsAbout: Int { rows.count }

    func forEachRecord(_ body: (CSVRecord) -> Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            spans.withUnsafeBufferPointer { allSpans in
                for row in rows {
                    let record = CSVRecord(
                        buffer: buffer,
                        spans: UnsafeBufferPointer(rebasing: allSpans[row.first..<(row.first + row.count)]),
                        line: row.line, problem: row.problem, fieldCount: row.fieldCount)
                    if !body(record) { return }
                }
            }
        }
    }

    /// Every record of `source` as text fields: for rewriting one.
    static func fields(of record: CSVRecord) -> [String] { (0..<record.count).map { record.text($0) } }
}
