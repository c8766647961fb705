/// A data set's file opened for loading: a delimited file or a workbook's sheet, with its header
/// row found, its columns mapped as its source says and its defaults filled in. Rows are then
/// read the same way whatever the file was.
struct DataFile {
    /// The file as messages name it: the data set's own file, or as `[sources.NAME] file` says.
    let name: String
    /// The workbook sheet read; nil for a delimited file.
    let sheet: String?
    let records: any RecordSource
    let header: CSVHeader
    /// Problems with the file as a whole (bytes that are not UTF-8, a repeated header, error cells).
    let diagnostics: [Diagnostic]
    /// How the data set writes its values.
    let options: ValueOptions
    /// Read through a `[sources]` table: a spreadsheet of the user's own, with its notes.
    let isMapped: Bool
    /// What was said once for a whole column (a missing `date_format`), shared by its rows.
    let saidOnce = ColumnNotes()

    /// Rows searched for the header when the source does not say which it is.
    static let headerSearchRows = 50

    /// - Parameters:
    ///   - bytes: the file's content; nil when there is no such file.
    ///   - required: whether an empty file is an error (a data set's own file) or as good as none.
    /// - Returns: nil when the data set's own file is absent (it is not in the workspace), or empty
    ///   and not required.
    /// - Throws: `LoadFailure` naming the file when the data set cannot be read at all.
    init?(_ set: DataSet, source: Source, bytes: [UInt8]?, required: Bool = true) throws(LoadFailure) {
        let name = source.file
        guard let bytes else {
            guard source.isMapped else { return nil }
            throw LoadFailure(
                file: name,
                "does not exist; expected the file [sources.\(set.rawValue)] names (relative to the workspace "
                    + "folder, absolute, or ~/…)")
        }
        var diagnostics: [Diagnostic] = []
        var opened = try Self.open(name, bytes: bytes, source: source)
        let columns = source.isWide ? ["kpi"] : set.columns
        let needed = (source.isWide ? ["kpi"] : set.requiredColumns).filter { source.defaults[$0] == nil }
        let found: CSVHeader?
        do throws(LoadFailure) {
            found = try Self.findHeader(
                in: opened.records, name: name, source: source, known: columns, required: needed)
        } catch {
            guard source.delimiter == nil,
                let other = Self.headerWithOtherDelimiter(
                    opened.records, name: name, source: source, known: columns, required: needed)
            else { throw error }
            (opened.records, found) = (other.records, other.header)
        }
        guard var header = found else {
            guard required || source.isMapped else { return nil }  // an empty optional file is as good as none
            throw LoadFailure(
                file: name, line: 1,
                "is empty; expected a header row with the columns \(set.requiredColumns.joined(separator: ", "))")
        }
        var records = opened.records
        if let sheet = opened.sheet {
            // The head was enough to find the header; the rest is read as wide as the header.
            records = try WorkbookRecords.table(
                sheet.rows[...], decimal: source.options.decimal, width: header.names.count, file: name)
            diagnostics += WorkbookRecords.errorCells(in: sheet, after: header, columns: columns, file: name)
        }
        if source.isWide {
            (records, header) = try WideMeasurements.rows(
                records, header: header,
                dateHeaders: opened.sheet.map { WorkbookRecords.dateColumns(in: $0, row: header.line) } ?? [],
                options: source.options)
        } else if !source.defaults.isEmpty {
            (records, header) = DefaultValues.filled(records, header: header, defaults: source.defaults, known: columns)
        }
        self.name = name
        self.sheet = opened.sheet?.name
        self.records = records
        self.header = header
        self.options = source.options
        self.isMapped = source.isMapped
        self.diagnostics = opened.warnings + header.warnings + diagnostics
    }

    struct Opened {
        var records: any RecordSource
        var sheet: WorkbookSheet?
        /// The workbook's sheets, in tab order.
        var sheetNames: [String] = []
        var warnings: [Diagnostic] = []
    }

    /// The file's records: a delimited file's as they are; of a workbook sheet, the rows the header
    /// is searched in, as text.
    static func open(_ name: String, bytes: [UInt8], source: Source) throws(LoadFailure) -> Opened {
        let namedAsWorkbook = WorkbookFormat.isWorkbookName(name)
        let format = WorkbookFormat.sniff(Array(bytes.prefix(64 * 1024)))
        do throws(WorkbookError) {
            switch format {
            case .other where !namedAsWorkbook:
                return delimited(name, bytes: bytes, source: source)
            case .zip where !namedAsWorkbook:
                throw .workbookNamedAsText(.zip)
            case .zip, .other:
                let workbook = try Workbook(bytes: bytes)
                let sheet = try workbook.sheet(named: source.sheet)
                // At most 53 rows of at most 65,536 fields: well under the cells a table may hold.
                let head = try? WorkbookRecords.table(
                    sheet.rows.prefix(headerSearchRows + 3), decimal: source.options.decimal,
                    width: CSVReader.maxFields, file: name)
                return Opened(records: head ?? RecordTable(), sheet: sheet, sheetNames: workbook.sheetNames)
            case .openDocument, .excel97, .encrypted:
                throw .unsupportedFormat(format)
            }
        } catch {
            throw LoadFailure(file: name, error.description)
        }
    }

    private static func delimited(_ name: String, bytes: [UInt8], source: Source) -> Opened {
        var bytes = bytes
        var warnings: [Diagnostic] = []
        // Excel's "CSV" on Windows is Windows-1252: read so, with one warning for the file.
        if !isASCII(bytes), String(validating: bytes, as: UTF8.self) == nil {
            bytes = Windows1252.utf8(from: bytes)
            warnings.append(
                Diagnostic(
                    .warning, file: name,
                    "is not valid UTF-8, so it was read as Windows-1252 (what Excel saves as \"CSV\" on Windows); "
                        + "expected UTF-8 text (save as \"CSV UTF-8\" to be sure of every character)"))
        }
        if let sheet = source.sheet {
            warnings.append(
                Diagnostic(
                    .warning, file: name,
                    "is delimited text, which has no sheets, so sheet = \"\(TextSanitizer.visible(sheet))\" is "
                        + "ignored; expected an .xlsx workbook for a sheet"))
        }
        let reader = CSVReader(bytes: bytes, delimiter: source.delimiter ?? Delimiter.detect(bytes))
        return Opened(records: reader, warnings: warnings)
    }

    /// The header row: the one the source names, or the first of the first rows that holds every
    /// required column (a title block may come before it), or else the first row, whose missing
    /// columns are then the error. Nil when the file has no row at all.
    private static func findHeader(
        in records: any RecordSource, name: String, source: Source, known: [String], required: [String]
    ) throws(LoadFailure) -> CSVHeader? {
        var first: CSVHeader?
        var found: CSVHeader?
        var cut: Diagnostic?
        var searched = 0
        records.forEachRecord { record in
            if let row = source.headerRow, record.line != row { return record.line < row }
            // Without the names Tandem knows: which columns a candidate has is all the search needs,
            // and "did you mean" is worked out once, for the header chosen.
            let header = CSVHeader(
                file: name, line: record.line, names: RecordTable.fields(of: record), mapping: source.columns)
            if first == nil {
                first = header
                if record.isCut { cut = FieldReader.cutWarning(record, file: name) }
            }
            if header.missing(required).isEmpty {
                found = header
                return false
            }
            searched += 1
            return source.headerRow == nil && searched < headerSearchRows
        }
        if let row = source.headerRow, first == nil {
            throw LoadFailure(file: name, "has no row \(row); expected header_row to name the row of headers")
        }
        guard let chosen = found ?? first else { return nil }
        let header = CSVHeader(
            file: name, line: chosen.line, names: chosen.names, known: known, mapping: source.columns)
        if found == nil { try header.requireColumns(required) }
        return cut.map { header.line == first?.line ? header.adding([$0]) : header } ?? header
    }

    /// The delimiter was taken from the first line, which may be a title above the header holding
    /// another (or none): the first other delimiter under which a header is found whole.
    private static func headerWithOtherDelimiter(
        _ records: any RecordSource, name: String, source: Source, known: [String], required: [String]
    ) -> (records: CSVReader, header: CSVHeader)? {
        guard let reader = records as? CSVReader else { return nil }
        for delimiter in Delimiter.candidates where delimiter != reader.delimiter {
            let records = CSVReader(bytes: reader.bytes, delimiter: delimiter)
            if let header = try? findHeader(in: records, name: name, source: source, known: known, required: required),
                header.missing(required).isEmpty
            {
                return (records, header)
            }
        }
        return nil
    }

    func column(_ name: String) -> Column { header.column(name) }

    /// No byte at or above 0x80, checked a word at a time: most files are plain ASCII and
    /// need no UTF-8 validation at all.
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var index = 0
            // Four words at a time: this pass reads every byte of a 22 MB file before any row.
            while index + 32 <= raw.count {
                let word =
                    raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { return false }
                index += 32
            }
            while index + 8 <= raw.count {
                if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    return false
                }
                index += 8
            }
            while index < raw.count {
                if raw[index] >= 0x80 { return false }
                index += 1
            }
            return true
        }
    }

    /// Calls `body` with every record after the header, in order. A large file of Tandem's own is
    /// read on two cores (`CSVReader+Pieces.swift`): the records of its other pieces that `read`
    /// takes are handed over instead, where they would have been read. Tests turn `twoCores` off
    /// to prove that both ways read a file alike.
    func forEachRecord<Part>(
        twoCores: Bool, part start: (_ line: Int) -> Part, heapPerByte: Int = 0,
        read: (inout Part, CSVRecord) -> Bool, handOver: (Part) -> Void, drop: (Part) -> Void = { _ in },
        each body: (CSVRecord) -> Void
    ) {
        if twoCores, !isMapped, let file = records as? CSVReader {
            return file.forEachRecord(
                after: header.line, part: start, heapPerByte: heapPerByte, read: read, handOver: handOver,
                drop: drop, each: body)
        }
        forEachRecordAfterHeader(body)
    }

    /// Calls `body` with every record after the header; in a file of the user's own (not
    /// Tandem's format), not with the notes spreadsheets put under a table.
    func forEachRecordAfterHeader(_ body: (CSVRecord) -> Void) {
        let headerLine = header.line
        let skipsNotes = isMapped
        records.forEachRecord { record in
            if record.line > headerLine, !(skipsNotes && Self.isNote(record)) { body(record) }
            return true
        }
    }

    /// A row holding a single cell of words ("Notes: June not reported", "Source: …"): what
    /// spreadsheets put under a table, and no row a `[sources]` mapping could read whole.
    static func isNote(_ record: CSVRecord) -> Bool {
        var filled: Int?
        for index in 0..<record.count where !record.isBlank(index) {
            if filled != nil { return false }
            filled = index
        }
        guard let filled else { return false }
        return FieldReader.isWords(record.text(filled)) && record.rawBytes(filled).contains(Byte.space)
    }

    /// Calls `body` with a field reader for every record after the header.
    func forEachRow(_ body: (inout FieldReader) -> Void) {
        forEachRecordAfterHeader { record in
            var fields = FieldReader(record: record, file: name, sheet: sheet, options: options, saidOnce: saidOnce)
            body(&fields)
        }
    }
}
