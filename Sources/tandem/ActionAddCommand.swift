import ArgumentParser
import TandemCore

struct ActionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an action to actions.csv (created when there is none).",
        discussion: """
            The action gets the next free id (A-001, A-002, …), status open, and the as-of date as \
            the meeting that raised it. Every value is checked before anything is written.

            Examples:
              tandem action add "Agree the agency contract" --owner coo --due +2w --on R05 my-org
              tandem action add "Name the KPI for the data platform" --owner cio --on I-DATA --on K1
            """
    )

    @Argument(help: ArgumentHelp("What is to be done, in a sentence.", valueName: "title"))
    var title: String

    @Option(help: ArgumentHelp("Who answers for it: cio, coo or joint.", valueName: "owner"))
    var owner: String

    @Option(help: ArgumentHelp("The person who does it.", valueName: "name"))
    var assignee: String = ""

    @Option(
        help: ArgumentHelp(
            "When it is due: YYYY-MM-DD, or +10d / +2w from the as-of date. Default: 14 days after the as-of date.",
            valueName: "date"))
    var due: String = ""

    @Option(
        name: .customLong("on"),
        help: ArgumentHelp(
            "The id of a KPI, risk, initiative or action it answers; repeat for more than one.", valueName: "id"))
    var links: [String] = []

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let target = try ActionTarget(workspace)
        let action: NewAction
        do {
            action = try NewAction(
                title: title, owner: owner, assignee: assignee, due: due, links: links, asOf: target.card.asOf,
                known: NewAction.knownIDs(in: target.card))
        } catch {
            printError("\(error.description); nothing was written")
            throw ExitCode(1)
        }
        let id = try target.write { file throws(ActionFileError) in try file.add(action) }
        let details =
            [action.owner.label, action.assignee.isEmpty ? nil : action.assignee, "due \(action.due)"]
            + [action.links.isEmpty ? nil : "on " + action.links.joined(separator: ", ")]
        try StandardOutput.write(lines: [
            "Added \(id) to \(target.file.name): \(action.title) (\(details.compactMap { $0 }.joined(separator: ", ")))"
        ])
    }
}
