import ArgumentParser

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
        subcommands: [OpenCommand.self, SnapshotCommand.self, ValidateCommand.self, ExportCommand.self, BriefCommand.self, BaselineCommand.self, InitCommand.self, GenerateCommand.self, ThemesCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}
