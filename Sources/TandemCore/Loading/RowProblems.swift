/// The problems of one file's rows (or of one pass over them), listed for the first `listed` rows
/// that have any and counted after that: a file of a million bad rows (a few megabytes of garbage)
/// must not cost a million messages, gigabytes of memory and seconds of sorting. Every bad row is
/// still left out. A file read in two passes (measurements, then their repeated periods) lists up
/// to `listed` rows for each.
struct RowProblems {
    static let listed = 1_000

    let file: String
    private var rows = 0
    private var unlistedErrors = 0
    private var unlistedWarnings = 0

    init(file: String) { self.file = file }

    /// Adds one row's diagnostics, or counts the row once the file has listed enough.
    mutating func add(_ row: [Diagnostic], to diagnostics: inout [Diagnostic]) {
        guard !row.isEmpty else { return }
        guard rows >= Self.listed else {
            rows += 1
            diagnostics += row
            return
        }
        if row.contains(where: { $0.severity == .error }) { unlistedErrors += 1 } else { unlistedWarnings += 1 }
    }

    /// One line each for the rows counted but not listed, and for each problem said of a whole
    /// column, with the rows it left out.
    func finish(into diagnostics: inout [Diagnostic], notes: ColumnNotes? = nil) {
        for note in notes?.notes ?? [] {
            var diagnostic = Diagnostic(.error, file: file, column: note.column, note.message)
            if note.leavesOut { diagnostic.unlistedRows = note.rows }
            diagnostics.append(diagnostic)
        }
        if unlistedErrors > 0 {
            var summary = Diagnostic(
                .error, file: file,
                "\(unlistedErrors) more rows with errors are left out and not listed "
                    + "(only the first \(Self.listed) rows with problems are); fix those and run `tandem validate` "
                    + "again"
            )
            summary.unlistedRows = unlistedErrors
            diagnostics.append(summary)
        }
        if unlistedWarnings > 0 {
            diagnostics.append(
                Diagnostic(
                    .warning, file: file,
                    "\(unlistedWarnings) more rows with warnings are not listed "
                        + "(only the first \(Self.listed) rows with problems are)"))
        }
    }
}
