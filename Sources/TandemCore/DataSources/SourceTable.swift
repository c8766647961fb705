/// Writes a `[sources.NAME]` table as `tandem inspect` suggests it: the columns found, with the
/// settings the samples call for (`money_scale` for a "£m" column), and comments on what is left
/// to decide.
enum SourceTable {
    static func text(
        file: String, set: DataSet, sheet: String?, headerRow: Int, isWide: Bool, columns: [String: Int],
        headers: [String], samples: [Inspection.Header], unknownWords: [String: [String]]
    ) -> String {
        var lines = ["[sources.\(set.rawValue)]", "file = \(quoted(file))"]
        if let sheet { lines.append("sheet = \(quoted(sheet))") }
        lines.append("header_row = \(headerRow)")
        if isWide { lines.append("layout = \"wide\"") }
        let money = ["budget", "spent", "forecast"].compactMap { columns[$0] }
        if money.contains(where: { isMillions(headers[$0]) }) {
            lines.append("money_scale = 1_000_000   # the money columns are in millions")
        }
        if samples.contains(where: { $0.samples.contains { $1.contains("date_format") } }) {
            lines.append("date_format = \"DMY\"       # numeric dates read one way only: DMY, MDY or YMD")
        }
        lines.append("")
        lines.append("[sources.\(set.rawValue).columns]")
        let order = isWide ? ["kpi"] : set.columns
        for column in order {
            guard let index = columns[column] else { continue }
            // Matching ignores line breaks and runs of spaces: the header on one line reads the same.
            let header = TextSanitizer.clean(headers[index]).split(whereSeparator: \.isWhitespace)
            lines.append("\(column) = \(quoted(header.joined(separator: " ")))")
        }
        if !unknownWords.isEmpty {
            lines.append("")
            lines.append(
                "[sources.\(set.rawValue).values]   # Tandem's word for each of the file's words: fill them in")
            for column in order {
                guard let words = unknownWords[column] else { continue }
                let pairs = words.map { "\(quoted($0)) = \"…\"" }.joined(separator: ", ")
                lines.append("# \(column) = { \(pairs) }   # \(choiceWords[column] ?? "")")
            }
        }
        let missing = (isWide ? ["kpi"] : set.requiredColumns).filter { columns[$0] == nil }
        for column in missing {
            lines.append("# \(column) = \"…\"   # required: no header found for it; name it, or give a default")
        }
        if !missing.isEmpty {
            lines.append("")
            lines.append("[sources.\(set.rawValue).defaults]")
            for column in missing { lines.append("# \(column) = \"…\"") }
        }
        return lines.joined(separator: "\n")
    }

    /// The columns read as one of Tandem's words, and those words.
    static let choiceColumns: Set<String> = ["owner", "sponsor", "direction", "stage", "status", "frequency", "rating"]
    private static let choiceWords: [String: String] = [
        "owner": "cio, coo or joint; \"*\" = any other word", "sponsor": "cio, coo or joint; \"*\" = any other word",
        "direction": "higher or lower", "stage": "proposed, active, paused, done or cancelled",
        "status": "the status words of DATA-FORMAT.md", "frequency": "daily, weekly, monthly or quarterly",
        "rating": "green, amber-green, amber, amber-red or red",
    ]

    /// A header that says its money is in millions: `Whole Life Cost (£m)`, `Budget $M`, `€ millions`.
    static func isMillions(_ header: String) -> Bool {
        let lowered = header.lowercased()
        return ["£m", "$m", "€m", "(m)", "£mn", "$mn", "€mn", "(mn)", "million"].contains { lowered.contains($0) }
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16, uppercase: true)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
