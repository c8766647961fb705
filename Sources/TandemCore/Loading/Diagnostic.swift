/// One problem found in a workspace, with its place and a sentence a user can act on.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// The file as the workspace names it: `risks.csv`, or a `[sources]` file such as
    /// `Risk Register FY26.xlsx`.
    public var file: String
    /// The workbook sheet, for a data set read from one; nil for delimited files and the manifest.
    public var sheet: String?
    /// The data set the problem is in; nil for the manifest. Two data sets may share one file.
    public var dataSet: DataSet?
    /// 1-based line; nil when the problem is about the whole file.
    public var line: Int?
    /// The column's header name (or the manifest key).
    public var column: String?
    public var message: String
    /// For the one error that stands for many rows left out without a line each (a file of
    /// thousands of bad rows): how many.
    public var unlistedRows = 0
    /// The whole file could not be read as its data set (empty, a required column missing,
    /// unreadable): no row of it is on screen, and none is counted as left out.
    public var isWholeFile = false

    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: String? = nil,
        _ message: String
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        // Messages quote the files (a TOML key, a header, the TOML library's own error) and
        // `tandem validate` prints them as they are: cleaned here, no file can reach the terminal.
        self.column = column.map { TextSanitizer.clean($0) }
        self.message = TextSanitizer.clean(message)
    }

    /// `risks.csv:14: likelihood: "7" is out of range; expected an integer from 1 to 5`, and on a
    /// sheet `Register.xlsx[Corporate]:14: …`.
    public var location: String {
        var text = file
        if let sheet { text += "[\(sheet)]" }
        if let line { text += ":\(line)" }
        return text
    }

    public var description: String {
        var text = "\(location): "
        if let column { text += "\(column): " }
        return text + message
    }
}

/// A workspace that cannot be loaded at all: a missing required file, an empty file, a header
/// without a required column, or a manifest that is not valid TOML.
public struct LoadFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file to blame; nil when none is (a missing folder, a `--since` that names no baseline).
    public var file: String?
    public var line: Int?
    public var message: String

    public init(file: String?, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = TextSanitizer.clean(message)  // printed as it is, like a diagnostic's
    }

    /// `file:line: message`, or the message alone when no file is to blame (e.g. `--since`).
    public var description: String {
        guard let file else { return message }
        return (line.map { "\(file):\($0)" } ?? file) + ": " + message
    }
}
