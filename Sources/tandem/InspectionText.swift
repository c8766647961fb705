import TandemCore

/// `tandem inspect`'s report, as lines of plain text: every piece that came from the file is
/// shown with control characters as symbols.
enum InspectionText {
    static func lines(_ inspection: Inspection) -> [String] {
        let show = TextSanitizer.visible
        var lines: [String] = []
        if !inspection.sheets.isEmpty {
            let sheets = inspection.sheets.map { "\"\(show($0))\"" + ($0 == inspection.sheet ? " (read)" : "") }
            lines.append("Sheets: " + sheets.joined(separator: ", "))
        }
        let layout = inspection.isWide ? " laid out wide (one column per period)" : ""
        lines.append("Headers on row \(inspection.headerRow); it looks like \(inspection.dataSet.rawValue)\(layout).")
        lines.append("")
        for header in inspection.headers {
            let letter = CellReference.letters(column: header.position)
            let column = header.column.map { "→ \($0)" } ?? "(not read)"
            lines.append("  \(letter)  \(show(oneLine(header.text)))  \(column)")
            guard header.column != nil, !header.samples.isEmpty else { continue }
            // Text is shown as it is; a problem the samples share is said once, under them.
            let problems = Set(header.samples.map(\.reading).filter { $0.hasPrefix("✗") })
            let samples = header.samples.map { sample in
                let value = "\"\(cut(show(oneLine(sample.value))))\""
                if sample.reading == "text" { return value }
                return problems.count == 1 && problems.contains(sample.reading)
                    ? value + " ✗" : value + " → \(sample.reading)"
            }
            lines.append("       " + samples.joined(separator: " · "))
            if problems.count == 1, let problem = problems.first { lines.append("       " + problem) }
        }
        if inspection.periodHeaders >= 3 {
            lines.append("")
            lines.append(
                "\(inspection.periodHeaders) headers read as periods: the same sheet can give the values too; "
                    + "`tandem inspect FILE --as measurements` writes that table.")
        }
        if !inspection.missing.isEmpty {
            lines.append("")
            lines.append(
                "Not found: " + inspection.missing.joined(separator: ", ")
                    + " (required: name the header in the table below, or give a default)")
        }
        lines.append("")
        lines.append("Paste into tandem.toml (and check it):")
        lines.append("")
        lines += inspection.sourceTable.split(separator: "\n", omittingEmptySubsequences: false).map {
            show(String($0))
        }
        return lines
    }

    private static func cut(_ text: String) -> String { text.count > 32 ? text.prefix(31) + "…" : text }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
