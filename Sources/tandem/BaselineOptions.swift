import ArgumentParser
import TandemCore
import TandemUI

/// `--since`: which baseline changes are measured against, shared by the commands that show them.
struct BaselineOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Measure changes against this baseline (a name from `tandem baseline list`). Default: the latest saved "
                + "before the as-of date; for the demo, its previous meeting.",
            valueName: "name"))
    var since: String?

    /// A name with control characters cannot be a baseline's, and would be quoted in messages.
    func validate() throws {
        if let since, TextSanitizer.visible(since) != since {
            throw ValidationError(
                "--since \"\(TextSanitizer.visible(since))\" is not a baseline name: it holds control characters; "
                    + "expected a name from `tandem baseline list`"
            )
        }
    }

    /// The baseline for a workspace as of `day`: named, else the latest before it; nil when none.
    func choose(for files: WorkspaceFiles, asOf day: Day) throws(LoadFailure) -> BaselineStore.Choice {
        switch files.origin {
        case .demo:
            let previous = DemoWorkspace.previousMeeting()
            if let since, since != previous.name {
                throw LoadFailure(
                    file: nil,
                    "the demo keeps no baselines but its previous meeting, \(previous.name); run `tandem init DIR` "
                        + "for a workspace of your own"
                )
            }
            return BaselineStore.Choice(baseline: previous, unreadable: [])
        case .folder(let path):
            return try BaselineStore(workspace: path).choose(named: since, before: day)
        }
    }

    /// The dashboard for a computed workspace with its changes since the baseline (and the
    /// unowned decisions, which need it), and a warning
    /// when a baseline file could not be read.
    /// - Throws: when the baseline named with `--since` cannot be used.
    func viewModel(_ card: Scorecard, files: WorkspaceFiles) throws(LoadFailure) -> (ViewModel, warning: String?) {
        let choice = try choose(for: files, asOf: card.asOf)
        let warning =
            choice.unreadable.isEmpty
            ? nil
            : choice.unreadable.map { "cannot read baseline \($0.description)" }.joined(separator: "; ")
                + (choice.baseline.map { "; changes are measured against \($0.label)" } ?? "; changes are not shown")
        guard let baseline = choice.baseline else { return (ViewModel(card), warning) }
        let compared = card.compared(with: baseline)
        return (ViewModel(compared.card, changes: compared.changes), warning)
    }

    /// The dashboard for a loaded workspace, for commands that print: a warning goes to standard
    /// error; a baseline that cannot be used stops the command with exit status 2.
    func viewModel(_ loaded: LoadedWorkspace, workspace: WorkspaceOptions) throws -> ViewModel {
        let card = Scorecard(loaded, asOf: workspace.asOfDay(for: loaded.workspace))
        do {
            let (model, warning) = try viewModel(card, files: workspace.files())
            if let warning { printError("warning: \(warning)") }
            KeptUntilExit.keep(model)
            return model
        } catch {
            printError("cannot use the baseline: \(error.description)")
            throw ExitCode(2)
        }
    }
}
