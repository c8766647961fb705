import ArgumentParser
import TandemCore
import TandemUI

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the computed workspace (every status, score, health and finding) as JSON.",
        discussion: """
            Every field and its meaning is in docs/DATA-FORMAT.md, section "Export"; rows with \
            errors are left out and listed under "diagnostics". The "unowned decision" findings \
            (findings the baseline had that no action answers) are measured against the same \
            baseline as the dashboard's changes, or the one named with --since.

            Examples:
              tandem export > all.json
              tandem export -o all.json --force
              tandem export --since q3-review
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @OptionGroup var workspace: WorkspaceOptions

    @OptionGroup var baseline: BaselineOptions

    @Option(help: "Output format (json).")
    var format: Format = .json

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of printing (atomically).", valueName: "file"))
    var output: String?

    @Flag(help: "With -o, replace an existing file.")
    var force = false

    func run() throws {
        let card = try baseline.viewModel(workspace).card
        try StandardOutput.deliver(ExportDocument.json(card).rendered(), to: output, force: force)
    }
}
