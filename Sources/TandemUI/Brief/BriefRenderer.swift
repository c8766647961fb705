import TandemCore

/// Writes a `Brief` as Markdown (GitHub tables, no HTML) or as plain text for email and notes.
public enum BriefRenderer {
    public static func markdown(_ brief: Brief) -> String {
        var out = ["# \(escape(brief.title))", ""]
        for line in brief.summary {
            // The first words up to the colon in bold: "**Headline:** …".
            if let colon = line.firstIndex(of: ":") {
                out.append("**\(escape(String(line[..<colon]))):**\(escape(String(line[line.index(after: colon)...])))")
            } else {
                out.append(escape(line))
            }
            out.append("")
        }
        for section in brief.sections {
            out += ["## \(escape(section.heading))", ""]
            if let table = section.table, !table.rows.isEmpty {
                out.append("| " + table.headers.map(escape).joined(separator: " | ") + " |")
                out.append(
                    "|" + table.headers.indices.map { table.rightAligned.contains($0) ? "---:|" : "---|" }.joined())
                for row in table.rows {
                    out.append("| " + row.map { $0.isEmpty ? " " : escape($0) }.joined(separator: " | ") + " |")
                }
            } else if !section.list.isEmpty {
                for (number, item) in section.list.enumerated() {
                    out.append("\(number + 1). " + boldOwner(item))
                }
            } else {
                out.append("_\(escape(section.empty))_")
            }
            if let note = section.note { out += ["", escape(note)] }
            if let more = section.more { out += ["", "_\(escape(more))_"] }
            out.append("")
        }
        out.append("---")
        out.append("_\(escape(brief.footer))_")
        return TextSanitizer.inert(out.joined(separator: "\n") + "\n")
    }

    public static func text(_ brief: Brief, width: Int = 100) -> String {
        var out = [brief.title, String(repeating: "=", count: brief.title.displayWidth), ""]
        for line in brief.summary {
            out += TextBlock.wrap(line, width: width) + [""]
        }
        for section in brief.sections {
            out += [section.heading, String(repeating: "-", count: section.heading.displayWidth)]
            if let table = section.table, !table.rows.isEmpty {
                let widths = fitted(table, width: width)
                func lines(_ cells: [String]) -> [String] {
                    // Each cell wraps within its column; the row is as tall as its tallest cell.
                    let wrapped = cells.enumerated().map { column, cell in
                        widths[column] < cell.displayWidth ? TextBlock.wrap(cell, width: widths[column]) : [cell]
                    }
                    return (0..<(wrapped.map(\.count).max() ?? 1)).map { line in
                        wrapped.enumerated().map { column, parts in
                            (line < parts.count ? parts[line] : "")
                                .padded(
                                    to: widths[column], alignment: table.rightAligned.contains(column) ? .right : .left)
                        }.joined(separator: "  ").trimmingTrailingSpaces
                    }
                }
                out += lines(table.headers)
                out += lines(widths.map { String(repeating: "-", count: $0) })
                out += table.rows.flatMap(lines)
            } else if !section.list.isEmpty {
                for (number, item) in section.list.enumerated() {
                    let marker = "\(number + 1). "
                    let wrapped = TextBlock.wrap(item, width: width - marker.count)
                    out += wrapped.enumerated().map {
                        ($0.offset == 0 ? marker : String(repeating: " ", count: marker.count)) + $0.element
                    }
                }
            } else {
                out.append(section.empty)
            }
            if let note = section.note { out += TextBlock.wrap(note, width: width) }
            if let more = section.more { out.append(more) }
            out.append("")
        }
        out.append(brief.footer)
        return TextSanitizer.inert(out.joined(separator: "\n") + "\n")
    }

    /// Column widths that fit `width` where they can: the widest text column gives way first,
    /// down to 16; numbers (right-aligned) keep their width.
    private static func fitted(_ table: Brief.Table, width: Int) -> [Int] {
        var widths = table.headers.indices.map { column in
            ([table.headers[column]] + table.rows.map { $0[column] }).map(\.displayWidth).max()!
        }
        while true {
            let total = widths.reduce(0, +) + 2 * (widths.count - 1)
            let text = widths.indices.filter { !table.rightAligned.contains($0) && widths[$0] > 16 }
            guard total > width, let widest = text.max(by: { widths[$0] < widths[$1] }) else { return widths }
            // Narrow it by what is needed, but not below the next widest, so the cut is shared.
            let next = text.filter { $0 != widest }.map { widths[$0] }.max() ?? 16
            widths[widest] = max(16, next, widths[widest] - (total - width), widths[widest] == next ? 16 : 0)
            if widths[widest] == next, next > 16 { widths[widest] = next - 1 }
        }
    }

    /// `COO: …` becomes `**COO:** …`.
    private static func boldOwner(_ item: String) -> String {
        guard let colon = item.firstIndex(of: ":") else { return escape(item) }
        return "**\(escape(String(item[...colon])))**\(escape(String(item[item.index(after: colon)...])))"
    }

    /// Data is text, never markup: every character Markdown could read as syntax (emphasis,
    /// links, tables, HTML, headings) is escaped. The commands the brief itself names stay code
    /// spans (`tandem validate`), not backslashed backticks.
    static func escape(_ text: String) -> String {
        var out = backslashed(text)
        guard out.contains("\\`tandem ") else { return out }
        for command in Brief.commands {
            out = out.replacing(backslashed("`\(command)`"), with: "`\(command)`")
        }
        return out
    }

    private static func backslashed(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            if "\\`*_[]<>|#~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[..<end])
    }
}
