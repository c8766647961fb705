/// What a file's rows say about a whole column: a numeric date without `date_format` is one
/// problem of the column, so it is said once, when the file is read, with how many rows it left
/// out, not on each of a thousand rows.
final class ColumnNotes {
    struct Note {
        let column: String
        let message: String
        /// The column is required: each row with the problem is left out.
        let leavesOut: Bool
        var rows: Int
    }

    private(set) var notes: [Note] = []
    private var index: [String: Int] = [:]

    /// Records one row's problem `key` in `column`; the message is made for the first row only.
    func record(_ key: String, column: String, leavesOut: Bool, message: () -> String) {
        let name = column + "\u{0}" + key
        if let at = index[name] {
            notes[at].rows += 1
        } else {
            index[name] = notes.count
            notes.append(Note(column: column, message: message(), leavesOut: leavesOut, rows: 1))
        }
    }
}
