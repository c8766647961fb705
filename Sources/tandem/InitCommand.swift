import ArgumentParser
import TandemCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write the demo workspace into a new folder as files to edit.",
        discussion: "Refuses a folder that already holds anything, so no file of yours is ever replaced."
    )

    @Argument(help: ArgumentHelp("The folder to create (or an empty one).", valueName: "dir"))
    var directory: String

    func run() throws {
        try NewWorkspaceFolder.write(DemoWorkspace.files, to: directory)
        let directory = TextSanitizer.visible(directory)  // as given, shown inert
        let asOf = DemoWorkspace.load().workspace.settings.asOf.map { " \($0)" } ?? ""
        try StandardOutput.write(lines: [
            "Wrote the demo workspace to \(directory). Edit the files, then run: tandem \(directory)",
            "Its figures are computed as of\(asOf) (as_of in tandem.toml): remove that line to follow today's date.",
            "After each meeting, `tandem baseline save \(directory)` keeps what it showed, to see what changed by "
                + "the next.",
        ])
    }
}
