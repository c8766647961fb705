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
    var loaded = Set<String>()
    /// Id → line of rows left out.
    var leftOut: [String: Int] = [:]

    enum Verdict: Equatable {
        case loaded
        case leftOut(line: Int)
        case unknown
    }

    func check(_ id: String) -> Verdict {
        if acceptsAny || loaded.contains(id) { return .loaded }
        if let line = leftOut[id] { return .leftOut(line: line) }
        return .unknown
    }

    /// Records a parsed row: loaded when it had no error, left out otherwise.
    mutating func record(_ id: String, line: Int, loaded isLoaded: Bool) {
        guard !id.isEmpty else { return }
        if isLoaded { loaded.insert(id) } else if leftOut[id] == nil, !loaded.contains(id) { leftOut[id] = line }
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
