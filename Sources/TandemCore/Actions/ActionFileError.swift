/// Why an action could not be written, in a sentence that says what to do instead. Nothing is
/// written when any of these is thrown: the file is as it was.
public enum ActionFileError: Error, Sendable, Equatable, CustomStringConvertible {
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
    /// A quote opened on `line` runs over line ends and is never closed as it should be: the
    /// loader leaves out that line and reads on, an editor would read on to the end of the file,
    /// so Tandem cannot tell which rows the file holds and writes nothing.
    case openQuote(file: String, line: Int)
    /// Another writer held the lock for all of `FileLock.timeout`.
    case locked(file: String, lock: String)
    /// The lock file exists and may not even be read by this user.
    case lockUnavailable(file: String, lock: String, reason: String)
    /// The file was saved by something else at every try, between the read and the write.
    case keptChanging(file: String)

    public var description: String {
        switch self {
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
        case .openQuote(let file, let line):
            "\(file):\(line): a quote opened on this line is never properly closed, so the rows after it cannot be "
                + "told apart; nothing was written. Fix the quote in a spreadsheet or text editor first (`tandem "
                + "validate` shows it), then try again"
        case .locked(let file, let lock):
            "\(file) is locked by another writer (\(lock)); nothing was written, try again"
        case .lockUnavailable(let file, let lock, let reason):
            "cannot open \(lock), the lock file beside \(file): \(reason); nothing was written. It belongs to "
                + "another user: ask them to make it readable (chmod a+r \(lock)), then try again"
        case .keptChanging(let file):
            "\(file) changed on disk at every try while Tandem was writing it (another program is saving it); "
                + "nothing was written, close it there or wait, then try again"
        }
    }
}
