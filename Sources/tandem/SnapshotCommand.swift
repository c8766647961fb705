import ArgumentParser
import Glibc
import TandemCore
import TandemUI

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print the dashboard as text, exactly as the screen would show it.",
        discussion: """
            Renders without a terminal: for meeting notes, scripts and tests. The output is the screen, \
            one line per row with trailing spaces trimmed, and nothing else.

            Examples:
              tandem snapshot --pane all > notes.txt
              tandem snapshot --keys "3 j j Enter" --size 100x30
              tandem snapshot --keys "o o / warehouse Enter" -o coo-view.txt
            """
    )

    enum PaneChoice: String, ExpressibleByArgument, CaseIterable {
        case overview, kpis, risks, initiatives, alignment, actions, all
    }

    @OptionGroup var workspace: WorkspaceOptions

    @OptionGroup var baseline: BaselineOptions

    @Option(
        help: ArgumentHelp(
            "Screen size as COLSxROWS, from 60x16 to 1000x500. Default: the terminal's size, else 120x40.",
            valueName: "size"))
    var size: String?

    /// The largest screen drawn: bigger than any real terminal, and bounded, because the work
    /// grows with the area (10000x10000 took 8 s and 3.4 GB).
    static let largest = Size(columns: 1000, rows: 500)

    @Option(
        help: ArgumentHelp(
            "The pane to show: overview, kpis, risks, initiatives, alignment, actions, or all (each in turn, "
                + "separated by a blank line).")
    )
    var pane: PaneChoice?

    @Option(
        help: ArgumentHelp(
            "Keys to press before rendering, separated by spaces, as in the dashboard: e.g. \"3 j j Enter\", \"/ "
                + "warehouse Enter\", \"o\". Names: Up Down Left Right PgUp PgDn Home End Enter Esc Tab BTab "
                + "Backspace Space.",
            valueName: "keys"))
    var keys: String = ""

    @OptionGroup var colors: ThemeOptions

    @Flag(help: "Only ASCII characters: +-| boxes, no symbols outside ASCII.")
    var ascii = false

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of printing (atomically).", valueName: "file"))
    var output: String?

    @Flag(help: "With -o, replace an existing file.")
    var force = false

    func validate() throws {
        if let size, Size(parsing: size) == nil {
            throw ValidationError(
                "--size \"\(TextSanitizer.visible(size))\" is not a size; expected COLSxROWS, e.g. 120x40")
        }
        if let size = size.flatMap(Size.init(parsing:)),
            size.columns > Self.largest.columns || size.rows > Self.largest.rows
        {
            throw ValidationError(
                "--size \(size.columns)x\(size.rows) is too large; expected at "
                    + "most \(Self.largest.columns)x\(Self.largest.rows)"
            )
        }
        if let size = size.flatMap(Size.init(parsing:)), !ScreenLayout.fits(size) {
            let minimum = ScreenLayout.minimum
            throw ValidationError(
                "--size \(size.columns)x\(size.rows) is too small for the dashboard; expected at "
                    + "least \(minimum.columns)x\(minimum.rows)"
            )
        }
    }

    func run() throws {
        let model = try baseline.viewModel(workspace)
        let terminal = TerminalSize.current().map {
            Size(columns: min($0.columns, Self.largest.columns), rows: min($0.rows, Self.largest.rows))
        }
        let screen = size.flatMap(Size.init(parsing:)) ?? terminal ?? Size(columns: 120, rows: 40)
        let glyphs: Glyphs = ascii ? .ascii : .unicode
        let useColor = colors.useColor(isTerminal: output == nil && isatty(STDOUT_FILENO) == 1)
        let theme = try colors.resolve(in: ThemeCatalog()).theme

        var state = AppState(size: screen)
        for key in Key.sequence(keys) {
            let (next, effect) = update(state, key: key, model: model)
            state = next
            if effect == .quit { break }
        }
        let panes: [Pane?] =
            pane == .all ? Pane.allCases.map(Optional.some) : [pane.flatMap { Pane.named($0.rawValue) }]
        let text = panes.map { target -> String in
            var shown = state
            if let target, target != state.pane || pane == .all {
                shown = update(shown, .focus(target), model: model).0
            }
            let buffer = DashboardView.render(shown, model: model, glyphs: glyphs)
            return useColor ? TextRenderer.ansi(buffer, theme: theme) : TextRenderer.plain(buffer)
        }.joined(separator: "\n")

        try StandardOutput.deliver(text, to: output, force: force)
    }
}

extension Pane {
    static func named(_ name: String) -> Pane? { allCases.first { $0.name == name } }
}
