import ArgumentParser
import Foundation
import TandemCore
import TandemTerminal
import TandemUI

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the live dashboard in the terminal (the default command).",
        discussion: """
        `tandem` and `tandem DIR` run this command. Press ? in the dashboard for the keys, q to quit. \
        The workspace files are watched and reloaded when they change. Needs a terminal; \
        elsewhere use `tandem snapshot`.
        """
    )

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case never, always, auto }

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .customLong("snapshot-dir"), help: ArgumentHelp("Where p saves screen snapshots. Default: the current folder.", valueName: "dir"))
    var snapshotFolder = "."

    @Option(help: "Colours: never, always, or auto (off when NO_COLOR is set).")
    var color: ColorChoice = .auto

    func run() throws {
        let loaded = try workspace.load()
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let colorEnabled = color == .always || (color == .auto && !noColor)
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: Theme.builtIn[0], colorEnabled: colorEnabled)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let app = DashboardApp(terminal: terminal, workspace: workspace, loaded: loaded,
                               snapshotFolder: snapshotFolder, themes: Theme.builtIn)
        app.run()
        terminal.stop()
    }
}
