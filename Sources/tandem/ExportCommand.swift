import ArgumentParser
import TandemCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the computed workspace (every status, score, health and finding) as JSON.",
        discussion: """
            Every field and its meaning is in docs/DATA-FORMAT.md, section "Export"; rows with \
            errors are left out and listed under "diagnostics".

            Examples:
              tandem export > all.json
              tandem export -o all.json --force
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Output format (json).")
    var format: Format = .json

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of printing (atomically).", valueName: "file"))
    var output: String?

    @Flag(help: "With -o, replace an existing file.")
    var force = false

    func run() throws {
        let loaded = try workspace.load()
        let card = Scorecard(loaded, asOf: workspace.asOfDay(for: loaded.workspace))
        try StandardOutput.deliver(ExportDocument.json(card).rendered(), to: output, force: force)
    }
}
