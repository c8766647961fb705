/// `[sources.NAME.defaults]`: a value for a column the file lacks, or leaves empty. The records are
/// rewritten with it, so the row reader reads it like any value in the file (and checks it alike).
enum DefaultValues {
    static func filled(
        _ records: any RecordSource, header: CSVHeader, defaults: [String: String], known: [String]
    ) -> (RecordTable, CSVHeader) {
        var names = header.names
        var fill: [(index: Int, value: String)] = []
        for name in known {
            guard let value = defaults[name] else { continue }
            if let index = header.column(name).index {
                fill.append((index, value))
            } else {
                fill.append((names.count, value))
                names.append(name)
            }
        }
        var table = RecordTable()
        records.forEachRecord { record in
            guard record.line > header.line, !DataFile.isNote(record) else { return true }  // a mapped file's notes
            var fields = RecordTable.fields(of: record)
            var columns = fields.indices.map { record.sheetColumn($0) }
            for (index, value) in fill {
                while fields.count <= index {
                    fields.append("")
                    columns.append(fields.count)
                }
                if record.isBlank(index) || EmptyWords.isEmpty(fields[index]) { fields[index] = value }
            }
            table.append(line: record.line, fields: fields, columns: columns, from: record)
            return true
        }
        // The added columns are found by their own names; the mapped ones where they were.
        var mapping: [String: SourceColumn] = [:]
        for name in known { if let index = header.column(name).index { mapping[name] = .position(index + 1) } }
        let filled = CSVHeader(file: header.file, line: header.line, names: names, mapping: mapping)
        return (table, filled.adding(header.warnings))
    }
}
