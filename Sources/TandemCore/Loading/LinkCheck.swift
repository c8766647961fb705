/// The ids a file defines: those that loaded, and those whose rows were left out for errors of
/// their own. A link to a left-out row is not the linking row's fault: the link is dropped with
/// a warning and the row stays. A link to an id no row defines is an error.
struct FileIDs {
    /// The ids of a data set the workspace does not have: links to it cannot be checked, so they
    /// are kept as written.
    static let unchecked = FileIDs(file: "", acceptsAny: true)

    /// The file the ids are defined in, as messages name it.
    var file = ""
    var acceptsAny = false
    /// Id → line of the rows loaded. It is also what a second row with the same id is checked
    /// against: one look per row, not two, in files of 100,000 rows.
    private(set) var loaded = IDLines()
    /// Id → line of rows left out.
    var leftOut: [String: Int] = [:]

    enum Verdict: Equatable {
        case loaded
        case leftOut(line: Int)
        case unknown
    }

    func check(_ id: String) -> Verdict {
        if acceptsAny || loaded.line(of: id) != nil { return .loaded }
        if let line = leftOut[id] { return .leftOut(line: line) }
        return .unknown
    }

    /// Admits a parsed row: loaded when it had no error and its id is new, left out otherwise. A
    /// second row with an id already loaded is an error among the row's problems (listed or
    /// counted with the rest). Returns whether the row loads.
    mutating func admit(_ id: String, line: Int, hasError: Bool, problems: inout [Diagnostic]) -> Bool {
        if !hasError, !id.isEmpty {
            guard let first = loaded.insert(id, line: line) else { return true }
            problems.append(
                Diagnostic(
                    .error, file: file, line: line, column: "id",
                    "duplicate id \"\(id)\" (first on line \(first)); expected each id once"))
            return false
        }
        leftOut(id, line: line)
        return false
    }

    mutating func reserveCapacity(_ ids: Int) { loaded.reserveCapacity(ids) }

    /// Leaves out a row, loaded or not, found wrong once the whole file was read.
    mutating func leaveOut(_ id: String, line: Int) {
        loaded.remove(id)
        leftOut(id, line: line)
    }

    private mutating func leftOut(_ id: String, line: Int) {
        if !id.isEmpty, leftOut[id] == nil, loaded.line(of: id) == nil { leftOut[id] = line }
    }

    /// The warning for a link to a left-out row.
    static func droppedLink(file: String, line: Int, column: String, id: String, leftOutLine: Int, in otherFile: String)
        -> Diagnostic
    {
        Diagnostic(
            .warning, file: file, line: line, column: column,
            "\"\(id)\" was left out of \(otherFile) for an error on line \(leftOutLine); the link to it is ignored")
    }
}
