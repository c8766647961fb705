import ArgumentParser
import TandemCore

/// `tandem action done ID` and `tandem action drop ID`: one row's status, nothing else.
enum ActionMarkCommand {
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: "Mark an action done, on the as-of date.",
            discussion: "Writes status done and the as-of date into the action's row of actions.csv."
        )

        @Argument(help: ArgumentHelp("The action's id, e.g. A-001.", valueName: "id"))
        var id: String

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let target = try ActionTarget(workspace)
            try mark(id, .done(target.card.asOf), in: target)
        }
    }

    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drop",
            abstract: "Drop an action: agreed no longer to be done.",
            discussion: "Writes status dropped into the action's row of actions.csv; the row stays, as a record."
        )

        @Argument(help: ArgumentHelp("The action's id, e.g. A-001.", valueName: "id"))
        var id: String

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            try mark(id, .dropped, in: ActionTarget(workspace))
        }
    }

    static func mark(_ typed: String, _ change: ActionStatusChange, in target: ActionTarget) throws {
        let id = TextSanitizer.clean(typed)
        let changed = try target.write { file throws(ActionFileError) in try file.setStatus(of: id, to: change) }
        let when = if case .done(let day) = change { " (\(day))" } else { "" }
        try StandardOutput.write(lines: [
            changed
                ? "Marked \(id) \(change.word)\(when) in \(target.file.name)"
                : "\(id) is already \(change.word); \(target.file.name) was left as it was"
        ])
    }
}
