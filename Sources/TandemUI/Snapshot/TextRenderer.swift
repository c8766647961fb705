/// Turns a cell buffer into text: plain (one line per row, trailing spaces trimmed) or with ANSI
/// SGR colours from a theme. Nothing but the cells' characters and the SGR codes is ever written.
public enum TextRenderer {
    public static func plain(_ buffer: CellBuffer) -> String {
        lines(buffer).joined(separator: "\n") + "\n"
    }

    /// The rows as text with trailing spaces trimmed, as `tmux capture-pane -p` shows them.
    public static func lines(_ buffer: CellBuffer) -> [String] {
        (0..<buffer.size.rows).map { y in
            var line = ""
            for x in 0..<buffer.size.columns where !buffer[x, y].isContinuation { line += buffer[x, y].text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// With 24-bit SGR colours; each row ends with a reset, so cut text never bleeds.
    public static func ansi(_ buffer: CellBuffer, theme: Theme) -> String {
        var output = ""
        for y in 0..<buffer.size.rows {
            var lastCode = ""
            var line = ""
            var pendingSpaces = ""
            for x in 0..<buffer.size.columns where !buffer[x, y].isContinuation {
                let cell = buffer[x, y]
                let code = sgr(for: cell, theme: theme)
                if code != lastCode {
                    line += pendingSpaces
                    pendingSpaces = ""
                    line += "\u{1B}[0" + code + "m"
                    lastCode = code
                }
                // Trailing plain spaces are trimmed as in plain text; coloured backgrounds stay.
                if cell.text == " ", code.isEmpty {
                    pendingSpaces += " "
                    continue
                }
                line += pendingSpaces + cell.text
                pendingSpaces = ""
            }
            output += line + "\u{1B}[0m\n"
        }
        return output
    }

    static func sgr(for cell: Cell, theme: Theme) -> String {
        let style = theme.resolved(cell.role, selected: cell.isSelected)
        var code = ""
        if style.bold { code += ";1" }
        if style.underline { code += ";4" }
        if style.reverse { code += ";7" }
        if let fg = style.foreground { code += color(fg, background: false) }
        if let bg = style.background { code += color(bg, background: true) }
        return code
    }

    static func color(_ color: ThemeColor, background: Bool) -> String {
        switch color {
        case .rgb(let r, let g, let b): return ";\(background ? 48 : 38);2;\(r);\(g);\(b)"
        case .index(let n): return ";\(background ? 48 : 38);5;\(n)"
        }
    }
}
