/// Why an action could not be written, in a sentence that says what to do instead. Nothing is
/// written when any of these is thrown: the file is as it was.
public enum ActionFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The actions come from a file Tandem does not write (a spreadsheet sheet).
    case notText(file: String)
    /// The file (or its folder) may not be written.
    case readOnly(file: String)
    /// `reason` completes "FILE …" (`RegularFile.ReadError`).
    case unreadable(file: String, reason: String)
    case cannotWrite(file: String, reason: String)
    /// The header lacks columns the edit needs; Tandem never rewrites a header.
    case missingColumns(file: String, columns: [String], needed: String)
    case noSuchAction(file: String, id: String)
    /// The row of the action has a broken quote: its fields cannot be told apart safely.
    case brokenRow(file: String, id: String, line: Int)

    public var description: String {
        switch self {
        case .notText(let file):
            "\(file) is not a text file Tandem can write (only .csv, .tsv and .txt are); add the action in the "
                + "spreadsheet it comes from, and the dashboard shows it on the next load"
        case .readOnly(let file):
            "\(file) is read-only; add the action in whatever keeps that file, or make it writable "
                + "(chmod u+w) and try again"
        case .unreadable(let file, let reason):
            "\(file) \(reason); nothing was written, fix the file and try again"
        case .cannotWrite(let file, let reason):
            "cannot write \(file): \(reason); nothing was written"
        case .missingColumns(let file, let columns, let needed):
            "\(file) has no \(columns.count == 1 ? "column" : "columns") "
                + columns.map { "\"\($0)\"" }.joined(separator: ", ")
                + ", which \(needed); add \(columns.count == 1 ? "it" : "them") to the header row (Tandem never "
                + "rewrites a header), then try again"
        case .noSuchAction(let file, let id):
            "\(file) has no action \(TextSanitizer.visible(id)); expected an id from the Actions pane or "
                + "`tandem export` (e.g. A-001)"
        case .brokenRow(let file, let id, let line):
            "\(file):\(line): the row of \(id) has a broken quote, so its fields cannot be told apart; fix the "
                + "quotes on that line (`tandem validate` shows it), then try again"
        }
    }
}
