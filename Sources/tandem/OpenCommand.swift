import ArgumentParser
import TandemApp
import TandemCore
import TandemTerminal
import TandemUI

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the live dashboard in the terminal (the default command).",
        discussion: """
            `tandem` and `tandem DIR` run this command. Press ? in the dashboard for the keys, q to quit. \
            The workspace files are watched and reloaded when they change. Needs a terminal; \
            elsewhere use `tandem snapshot`.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @OptionGroup var baseline: BaselineOptions

    @Option(
        name: .customLong("snapshot-dir"),
        help: ArgumentHelp("Where p saves screen snapshots. Default: the current folder.", valueName: "dir"))
    var snapshotFolder = "."

    @OptionGroup var colors: ThemeOptions

    func run() throws {
        // Kept from load to load: a reload reads again only the files that changed.
        let cache = LoadCache { WallClock.now() }
        let loaded = try workspace.load(cache: cache)
        let (card, choice) = baseline.compute(
            loaded, asOf: workspace.asOfDay(for: loaded.workspace), files: workspace.files())
        let (model, warning): (ViewModel, String?)
        do {
            let (viewModel, baselineWarning) = baseline.viewModel(card, choice: try choice.get())
            (model, warning) = (viewModel, workspace.banner(baselineWarning, loaded))
        } catch {
            printError("cannot use the baseline: \(error.description)")
            throw ExitCode(2)
        }
        let catalog = ThemeCatalog()
        let chosen = try colors.resolve(in: catalog, remembered: ThemeMemory().name)
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: chosen.theme, colorEnabled: colors.useColor(isTerminal: true))
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let themes = catalog.themes
        let app = DashboardApp(
            terminal: terminal, model: model, banner: warning, read: reader(cache), snapshotFolder: snapshotFolder,
            themes: themes, themeIndex: themes.firstIndex(of: chosen.theme) ?? 0)
        app.run()
        terminal.stop()
        KeptUntilExit.keep(app)
    }

    /// Reads the workspace and its baseline again, as at the start, for a reload.
    private func reader(_ cache: LoadCache) -> WorkspaceReader {
        let (workspace, baseline) = (workspace, baseline)
        return { () throws(WorkspaceUnreadable) -> (ViewModel, warning: String?) in
            let loaded: LoadedWorkspace
            do throws(LoadFailure) {
                loaded = try workspace.loadWorkspace(cache: cache)
            } catch {
                throw WorkspaceUnreadable(workspace.describe(error))
            }
            // The baseline is chosen again too: one may have been saved, or broken, meanwhile.
            let (card, choice) = baseline.compute(
                loaded, asOf: workspace.asOfDay(for: loaded.workspace), files: workspace.files())
            do throws(LoadFailure) {
                let (model, warning) = baseline.viewModel(card, choice: try choice.get())
                return (model, workspace.banner(warning, loaded))
            } catch {
                return (ViewModel(card), "cannot use the baseline: \(error.description)")
            }
        }
    }
}
