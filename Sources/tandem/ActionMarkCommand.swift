import ArgumentParser
import TandemCore

/// `tandem action done ID` and `tandem action drop ID`: one row's status, nothing else. One
/// command, told by `Mark` which change it writes and how its help names it.
struct ActionMarkCommand<Mark: ActionMark>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Mark.name, abstract: Mark.abstract, discussion: Mark.discussion)
    }

    @Argument(help: ArgumentHelp("The action's id, e.g. A-001.", valueName: "id"))
    var id: String

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let target = try ActionTarget(workspace)
        let change = Mark.change(asOf: target.card.asOf)
        let id = TextSanitizer.clean(id)
        let changed = try target.write { file throws(ActionFileError) in try file.setStatus(of: id, to: change) }
        let when = if case .done(let day) = change { " (\(day))" } else { "" }
        try StandardOutput.write(lines: [
            changed
                ? "Marked \(id) \(change.word)\(when) in \(target.file.name)"
                : "\(id) is already \(change.word); \(target.file.name) was left as it was"
        ])
    }
}

/// A change `ActionMarkCommand` writes: the subcommand's name and help, and the change itself.
protocol ActionMark {
    static var name: String { get }
    static var abstract: String { get }
    static var discussion: String { get }
    static func change(asOf: Day) -> ActionStatusChange
}

enum MarkDone: ActionMark {
    static let name = "done"
    static let abstract = "Mark an action done, on the as-of date."
    static let discussion = "Writes status done and the as-of date into the action's row of actions.csv."
    static func change(asOf: Day) -> ActionStatusChange { .done(asOf) }
}

enum MarkDropped: ActionMark {
    static let name = "drop"
    static let abstract = "Drop an action: agreed no longer to be done."
    static let discussion = "Writes status dropped into the action's row of actions.csv; the row stays, as a record."
    static func change(asOf: Day) -> ActionStatusChange { .dropped }
}
