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
                out.append("|" + table.headers.indices.map { table.rightAligned.contains($0) ? "---:|" : "---|" }.joined())
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
        return out.joined(separator: "\n") + "\n"
    }

    public static func text(_ brief: Brief, width: Int = 100) -> String {
        var out = [brief.title, String(repeating: "=", count: brief.title.displayWidth), ""]
        for line in brief.summary {
            out += TextBlock.wrap(line, width: width) + [""]
        }
        for section in brief.sections {
            out += [section.heading, String(repeating: "-", count: section.heading.displayWidth)]
            if let table = section.table, !table.rows.isEmpty {
                var widths = table.headers.indices.map { column in
                    ([table.headers[column]] + table.rows.map { $0[column] }).map(\.displayWidth).max()!
                }
                // The last column (the words) wraps under itself when the line would be too long.
                let indent = widths.dropLast().reduce(0) { $0 + $1 + 2 }
                if indent + widths.last! > width, width - indent >= 16 { widths[widths.count - 1] = width - indent }
                func lines(_ cells: [String]) -> [String] {
                    let last = TextBlock.wrap(cells.last!, width: widths.last!)
                    let first = cells.dropLast().enumerated().map { column, cell in
                        cell.padded(to: widths[column], alignment: table.rightAligned.contains(column) ? .right : .left)
                    } + [last.first ?? ""]
                    let more = last.dropFirst().map { String(repeating: " ", count: indent) + $0 }
                    return [first.joined(separator: "  ").trimmingTrailingSpaces] + more
                }
                out += lines(table.headers)
                out += lines(widths.map { String(repeating: "-", count: $0) })
                out += table.rows.flatMap(lines)
            } else if !section.list.isEmpty {
                for (number, item) in section.list.enumerated() {
                    let marker = "\(number + 1). "
                    let wrapped = TextBlock.wrap(item, width: width - marker.count)
                    out += wrapped.enumerated().map { ($0.offset == 0 ? marker : String(repeating: " ", count: marker.count)) + $0.element }
                }
            } else {
                out.append(section.empty)
            }
            if let note = section.note { out += TextBlock.wrap(note, width: width) }
            if let more = section.more { out.append(more) }
            out.append("")
        }
        out.append(brief.footer)
        return out.joined(separator: "\n") + "\n"
    }

    /// `COO: …` becomes `**COO:** …`.
    private static func boldOwner(_ item: String) -> String {
        guard let colon = item.firstIndex(of: ":") else { return escape(item) }
        return "**\(escape(String(item[...colon])))**\(escape(String(item[item.index(after: colon)...])))"
    }

    /// Data is text, never markup: every character Markdown could read as syntax (emphasis,
    /// links, tables, HTML, headings) is escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            if "\\`*_[]<>|#~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[..<end])
    }
}
