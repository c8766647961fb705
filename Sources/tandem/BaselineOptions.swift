import ArgumentParser
import TandemCore
import TandemUI

/// `--since`: which baseline changes are measured against, shared by the commands that show them.
struct BaselineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Measure changes against this baseline (a name from `tandem baseline list`). Default: the latest saved before the as-of date; for the demo, its previous meeting.",
                               valueName: "name"))
    var since: String?

    /// The baseline for a workspace as of `day`: named, else the latest before it; nil when none.
    func baseline(for files: WorkspaceFiles, asOf day: Day) throws(LoadFailure) -> Baseline? {
        switch files.origin {
        case .demo:
            let previous = DemoWorkspace.previousMeeting()
            if let since, since != previous.name {
                throw LoadFailure(file: "", "the demo keeps no baselines but its previous meeting, \(previous.name); run `tandem init DIR` for a workspace of your own")
            }
            return previous
        case .folder(let path):
            return try BaselineStore(workspace: path).baseline(named: since, before: day)
        }
    }

    /// The dashboard for a loaded workspace with its changes since the baseline; on a baseline
    /// that cannot be read, prints why and exits 2.
    func dashboard(_ loaded: LoadedWorkspace, workspace: WorkspaceOptions) throws -> Dashboard {
        let card = Scorecard(loaded, asOf: workspace.asOfDay(for: loaded.workspace))
        do {
            let baseline = try baseline(for: workspace.files(), asOf: card.asOf)
            return Dashboard(card, changes: baseline.map { Changes(since: $0, to: card) })
        } catch {
            printError("cannot read the baseline: \(error.file.isEmpty ? error.message : error.description)")
            throw ExitCode(2)
        }
    }
}
