import ArgumentParser
import Glibc
import TandemCore
import TandemUI

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List every colour theme found, where it came from, and a preview of its status colours.",
        discussion: """
            Themes are looked for in $XDG_CONFIG_HOME/tandem/themes (else ~/.config/tandem/themes), \
            then among those shipped with Tandem. A theme file names only the roles it changes:

              name = "mine"
              [status_red]
              fg = "#ff0000"

            Choose one with --theme NAME or TANDEM_THEME=NAME, or press t in the dashboard.
            """
    )

    @Option(help: "Colour: never, always, or auto (on for a terminal unless NO_COLOR is set).")
    var color: ThemeOptions.ColorChoice = .auto

    func run() throws {
        let catalog = ThemeCatalog()
        let colored = color.enabled(isTerminal: isatty(STDOUT_FILENO) == 1)
        let width = catalog.entries.map { $0.theme.name.count }.max() ?? 8
        // On a terminal each theme keeps to one line: the description is cut at a word, never
        // broken mid-word by the terminal's wrapping.
        let columns = TerminalSize.current()?.columns
        var lines: [String] = []
        for entry in catalog.entries {
            // Padded by UTF-16 units, as NSString's padding(toLength:) did, so the list reads as before.
            let name =
                entry.theme.name + String(repeating: " ", count: max(0, width + 2 - entry.theme.name.utf16.count))
            let head = "  " + TextSanitizer.visible(entry.source.label)
            var description = entry.theme.description.isEmpty ? "" : ": " + entry.theme.description
            if let columns {
                let room = columns - name.displayWidth - 29 - head.displayWidth  // 29: the preview
                description = description.truncated(atWordTo: room)
            }
            lines.append(name + preview(entry.theme, colored: colored) + head + description)
            lines += entry.warnings.map { "  warning: \($0)" }
        }
        if let folder = catalog.userFolder { lines += ["", "Your themes go in \(TextSanitizer.visible(folder))"] }
        try StandardOutput.write(lines: lines)
        for problem in catalog.unreadable { printError("warning: cannot read theme \(problem)") }
    }

    /// `● GREEN ● AMBER ● RED ○ STALE` in the theme's status colours.
    private func preview(_ theme: Theme, colored: Bool) -> String {
        let samples: [(StyleRole, String)] = [
            (.statusGreen, "● GREEN"), (.statusAmber, "● AMBER"), (.statusRed, "● RED"), (.statusNeutral, "○ STALE"),
        ]
        return samples.map { role, text in
            guard colored else { return text }
            var buffer = CellBuffer(size: Size(columns: text.count, rows: 1))
            buffer.put(text, x: 0, y: 0, role: role)
            return TextRenderer.ansi(buffer, theme: theme).trimming(.newlines)
        }.joined(separator: " ")
    }
}
