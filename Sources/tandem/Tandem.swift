import ArgumentParser
import Glibc

@main
struct Tandem: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tandem",
        abstract: "One shared picture of KPIs, risks and initiatives for the CIO and the COO.",
        discussion: """
            A workspace is a folder with tandem.toml, kpis.csv, measurements.csv, risks.csv, \
            initiatives.csv and optionally milestones.csv. Without a folder, commands use \
            ./tandem.toml when there is one, else the built-in demo.
            """,
        subcommands: [
            OpenCommand.self, SnapshotCommand.self, ValidateCommand.self, ExportCommand.self, BriefCommand.self,
            ActionCommand.self, BaselineCommand.self, InspectCommand.self, TrustCommand.self, InitCommand.self,
            GenerateCommand.self, ThemesCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// The parser's own `main`, with standard output checked as the process exits, and the
    /// parser's messages about arguments showing any control character as a symbol: they quote
    /// the argument, and an escape sequence in it would reach the terminal.
    static func main() {
        StandardOutput.checkAtExit()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }  // --help and the like, as the parser prints them
            let text = fullMessage(for: error)
            if !text.isEmpty { StandardError.write(visibleLines(text) + "\n") }
            Glibc.exit(code.rawValue)
        }
    }
}
