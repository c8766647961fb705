import ArgumentParser
import TandemCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the computed workspace (every status, score, health and finding) as JSON.",
        discussion: "The fields and their meanings are those of the data format's Export section; rows with errors are left out and listed under \"diagnostics\"."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Output format (json).")
    var format: Format = .json

    func run() throws {
        let loaded = try workspace.load()
        let card = Scorecard(loaded, asOf: workspace.asOfDay(for: loaded.workspace))
        print(ExportDocument.json(card).rendered(), terminator: "")
    }
}
