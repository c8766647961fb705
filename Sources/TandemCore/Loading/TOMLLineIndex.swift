/// Where each table header and key of a TOML text first appears. TOMLKit keeps no positions, so
/// diagnostics find their line here. Built in one pass: searching the text for each diagnostic
/// made a manifest with 16,000 unknown keys take 45 s to load, a theme with 8,000 unknown
/// sections over two minutes.
public struct TOMLLineIndex: Sendable {
    /// Table name → line of its first header.
    private var sections: [String: Int] = [:]
    /// Table name ("" before any header) → key → line of its first `key = …`.
    private var keys: [String: [String: Int]] = [:]

    public init(_ text: String) {
        var current = ""
        // Lines split on the scalar, so that "\r\n" (one Character) ends a line too.
        for (index, raw) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Substring(raw).trimmingCharacters(in: " \t\r")
            if line.hasPrefix("[") {
                current = String(line.dropFirst().prefix { $0 != "]" }).trimmingCharacters(in: " \t")
                if sections[current] == nil { sections[current] = index + 1 }
            } else if let equals = line.firstIndex(of: "=") {
                let key = line[..<equals].trimmingCharacters(in: " \t")
                if keys[current]?[key] == nil { keys[current, default: [:]][key] = index + 1 }
            }
        }
    }

    /// The line of `[section]`.
    public func line(ofSection section: String) -> Int? { sections[section] }

    /// The line of `key = …` inside `[section]` ("" for keys before any header).
    public func line(of key: String, in section: String) -> Int? { keys[section]?[key] }
}
