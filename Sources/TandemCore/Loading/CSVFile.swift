/// A workspace CSV file opened for loading: its reader and header, checked for the required
/// columns.
struct CSVFile {
    let name: String
    let reader: CSVReader
    let header: CSVHeader
    /// Problems with the file as a whole (e.g. bytes that are not UTF-8).
    let diagnostics: [Diagnostic]
    /// How the data set writes its values.
    let options: ValueOptions
    /// What was said once for a whole column (a missing `date_format`), shared by its rows.
    let saidOnce = ColumnNotes()

    /// - Parameters:
    ///   - required: whether an empty file is an error (a data set's own file) or as good as none.
    ///   - delimiter: the byte between fields; nil detects it from the header line.
    /// - Returns: nil when the file is absent (the data set is not in the workspace), or empty and
    ///   not required.
    /// - Throws: `LoadFailure` when the file cannot be read, is empty and required, or lacks a
    ///   required column: the data set cannot be read at all.
    init?(
        _ name: String, from files: WorkspaceFiles, required: Bool, columns: [String],
        options: ValueOptions = ValueOptions(), delimiter: UInt8? = nil
    ) throws(LoadFailure) {
        guard var bytes = try files.read(name) else { return nil }
        // Excel's "CSV" on Windows is Windows-1252: read so, with one warning for the file.
        let isWindows1252 = !Self.isASCII(bytes) && String(validating: bytes, as: UTF8.self) == nil
        if isWindows1252 { bytes = Windows1252.utf8(from: bytes) }
        let reader = CSVReader(bytes: bytes, delimiter: delimiter ?? Delimiter.detect(bytes))
        var names: [String] = []
        var cut: Diagnostic?
        reader.forEachRecord { record in
            names = (0..<record.count).map { record.text($0) }
            if record.isCut { cut = FieldReader.cutWarning(record, file: name) }
            return false
        }
        guard !names.isEmpty else {
            guard required else { return nil }  // an empty optional file is as good as none
            throw LoadFailure(
                file: name, line: 1,
                "is empty; expected a header row with the columns \(columns.joined(separator: ", "))")
        }
        let known = DataSet.allCases.first { $0.fileName == name }?.columns ?? columns
        let header = CSVHeader(file: name, names: names, known: known)
        try header.requireColumns(columns)
        self.name = name
        self.reader = reader
        self.header = header
        self.options = options
        var diagnostics: [Diagnostic] = (cut.map { [$0] } ?? []) + header.warnings
        if isWindows1252 {
            diagnostics.append(
                Diagnostic(
                    .warning, file: name,
                    "is not valid UTF-8, so it was read as Windows-1252 (what Excel saves as \"CSV\" on Windows); "
                        + "expected UTF-8 text (save as \"CSV UTF-8\" to be sure of every character)"
                ))
        }
        self.diagnostics = diagnostics
    }

    func column(_ name: String) -> Column { header.column(name) }

    /// No byte at or above 0x80, checked eight bytes at a time: most files are plain ASCII and
    /// need no UTF-8 validation at all.
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var index = 0
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

    /// Calls `body` with every record after the header.
    func forEachRecordAfterHeader(_ body: (CSVRecord) -> Void) {
        var isHeader = true
        reader.forEachRecord { record in
            if isHeader {
                isHeader = false
                return true
            }
            body(record)
            return true
        }
    }

    /// Calls `body` with a field reader for every record after the header.
    func forEachRow(_ body: (inout FieldReader) -> Void) {
        var isHeader = true
        reader.forEachRecord { record in
            if isHeader {
                isHeader = false
                return true
            }
            var fields = FieldReader(record: record, file: name, options: options, saidOnce: saidOnce)
            body(&fields)
            return true
        }
    }
}
