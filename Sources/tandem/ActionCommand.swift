import ArgumentParser
import TandemCore

struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Record what a meeting agreed: add an action, mark one done or drop it.",
        discussion: """
            Actions live in the workspace's actions.csv. Adding appends one row and marking changes \
            one row's status and done date; every other byte of the file stays as it was, so it can \
            be kept in a spreadsheet too. Exit status: 0 when written (or already so), 1 when nothing \
            was written (bad input, or a file Tandem may not write), 2 when the workspace cannot be \
            loaded.
            """,
        subcommands: [ActionAddCommand.self, ActionMarkCommand<MarkDone>.self, ActionMarkCommand<MarkDropped>.self]
    )
}

/// What every action command needs before it writes: the workspace loaded, computed as of its
/// date, and a folder to write in (never the built-in demo).
struct ActionTarget {
    let card: Scorecard
    let file: ActionFile

    init(_ workspace: WorkspaceOptions) throws {
        let loaded = try workspace.load()
        guard case .folder(let path) = loaded.workspace.origin else {
            printError(
                "the built-in demo cannot be changed; run `tandem init DIR` for a workspace of your own, then "
                    + "`tandem action … DIR`")
            throw ExitCode(1)
        }
        if let refusal = ActionFile.refusal(loaded.workspace.settings) {
            printError(refusal)
            throw ExitCode(1)
        }
        card = Scorecard(loaded, asOf: workspace.asOfDay(for: loaded.workspace))
        KeptUntilExit.keep(card)
        file = ActionFile(workspace: path)
    }

    /// Runs the write; a refusal is printed and ends the command with exit status 1.
    func write<T>(_ body: (ActionFile) throws(ActionFileError) -> T) throws -> T {
        do {
            return try body(file)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
