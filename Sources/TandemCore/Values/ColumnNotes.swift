/// What a file's rows have already said about a column: a numeric date without `date_format`
/// is one problem of the column, so it is said once, not on each of a thousand rows.
final class ColumnNotes {
    private var said: Set<String> = []

    /// True the first time `note` is given for `column`.
    func first(_ note: String, column: String) -> Bool { said.insert(column + "\u{0}" + note).inserted }
}
