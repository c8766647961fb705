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

    /// The workspace computed, and meanwhile on another thread the baseline it is compared with
    /// chosen and read: a large one took about as long as computing.
    func compute(_ loaded: LoadedWorkspace, asOf day: Day, files: WorkspaceFiles) -> (
        Scorecard, choice: Result<BaselineStore.Choice, LoadFailure>
    ) {
        var card: Scorecard?
        let choice = TwoCores.meanwhile {
            Result { () throws(LoadFailure) in try choose(for: files, asOf: day) }
        } here: {
            card = Scorecard(loaded, asOf: day)
        }
        return (card!, choice)
    }

    /// The dashboard for a computed workspace with its changes since the chosen baseline (and
    /// the unowned decisions, which need it), and a warning when a baseline file could not be read.
    func viewModel(_ card: Scorecard, choice: BaselineStore.Choice) -> (ViewModel, warning: String?) {
        let warning =
            choice.unreadable.isEmpty
            ? nil
            : choice.unreadable.map { "cannot read baseline \($0.description)" }.joined(separator: "; ")
                + (choice.baseline.map { "; changes are measured against \($0.label)" } ?? "; changes are not shown")
        guard let baseline = choice.baseline else { return (ViewModel(card), warning) }
        let compared = card.compared(with: baseline)
        return (ViewModel(compared.card, changes: compared.changes), warning)
    }

    /// The dashboard for the workspace, for commands that print: a warning goes to standard error;
    /// a workspace that cannot be loaded, or a baseline that cannot be used, stops the command with
    /// exit status 2. The baseline is read on another thread while the workspace loads, when its
    /// as-of date is known before (`--as-of`, the manifest's, or today's).
    func viewModel(_ workspace: WorkspaceOptions) throws -> ViewModel {
        let files = workspace.files()
        let early =
            WorkspaceLoader.settings(files).map(workspace.asOfDay(settings:)) ?? workspace.asOf.flatMap(Day.init(iso:))
        var loading: Result<LoadedWorkspace, any Error>?
        let earlyChoice = TwoCores.meanwhile {
            early.map { day in Result { () throws(LoadFailure) in try choose(for: files, asOf: day) } }
        } here: {
            loading = Result { try workspace.load() }
        }
        let loaded = try loading!.get()
        let day = workspace.asOfDay(for: loaded.workspace)
        // The manifest may have changed its date meanwhile: then the baseline is chosen again.
        let (card, choice) =
            day == early
            ? (Scorecard(loaded, asOf: day), earlyChoice!)
            : compute(loaded, asOf: day, files: files)
        do {
            let (model, warning) = viewModel(card, choice: try choice.get())
            if let warning { printError("warning: \(warning)") }
            KeptUntilExit.keep(model)
            return model
        } catch {
            printError("cannot use the baseline: \(error.description)")
            throw ExitCode(2)
        }
    }
}
