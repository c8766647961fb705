import Foundation
import TandemCore
import TandemTerminal
import TandemUI

/// The interactive dashboard: reads keys, applies them through `update`, draws the view layer's
/// buffer, and carries out the effects (reload, snapshot, theme, quit). Watches the workspace
/// files and reloads when they change; a failed reload keeps the last good data on screen.
final class DashboardApp {
    private let terminal: Terminal
    private let workspace: WorkspaceOptions
    private let baseline: BaselineOptions
    private let snapshotFolder: String
    private let themes: [Theme]
    private var model: ViewModel
    private var state: AppState
    private var watcher: FileWatcher?
    private let loading = BackgroundLoad<Outcome>()
    private var lastBuffer: CellBuffer?

    /// - Parameter banner: a warning to show from the start, e.g. a baseline that cannot be read.
    init(
        terminal: Terminal, workspace: WorkspaceOptions, baseline: BaselineOptions, model: ViewModel, banner: String?,
        snapshotFolder: String, themes: [Theme], themeIndex: Int
    ) {
        self.terminal = terminal
        self.workspace = workspace
        self.baseline = baseline
        self.snapshotFolder = snapshotFolder
        self.themes = themes
        self.model = model
        state = AppState(size: terminal.size)
        state.themeIndex = themeIndex
        state.banner = banner
        if case .folder(let path) = model.card.workspace.origin {
            // The baselines' folder too: a baseline saved (or broken) while open is picked up.
            let folder = URL(fileURLWithPath: path)
            watcher = FileWatcher(
                paths: FolderFiles.names.map { folder.appendingPathComponent($0).path }
                    + [folder.appendingPathComponent(BaselineStore.folderName).path])
        }
    }

    private var glyphs: Glyphs { terminal.unicode ? .unicode : .ascii }

    /// Runs until the user quits, input ends or a signal arrives.
    func run() {
        draw()
        var lastPoll = DispatchTime.now()
        while true {
            // Shorter waits while a load runs, so its result shows as soon as it is ready.
            let event = terminal.read(timeout: loading.isRunning ? 50 : 200)
            // Only input and reloads change the screen: an idle tick draws nothing.
            var changed = true
            switch event {
            case .interrupted, .endOfInput: return
            case .idle: changed = false
            case .resize(let size): apply(.resize(size))
            case .key(let key):
                let (next, effect) = update(state, key: key, model: model)
                state = next
                if carryOut(effect) == false { return }
            // The mouse, like the keys, goes to what is on top: an overlay (help, the problems)
            // takes the wheel as its arrows, and clicks do not reach the pane beneath it.
            case .click(let x, let y):
                if state.showHelp || state.diagnostics != nil { changed = false } else { click(x: x, y: y) }
            case .wheel(let up):
                let (next, effect) = update(state, key: up ? .up : .down, model: model)
                state = next
                _ = carryOut(effect)
            }
            if let outcome = loading.take() {
                finish(outcome)
                changed = true
            }
            if DispatchTime.now().uptimeNanoseconds - lastPoll.uptimeNanoseconds > 500_000_000 {
                lastPoll = DispatchTime.now()
                changed = pollFiles() || changed
            }
            if changed { draw() }
        }
    }

    /// Reloads once the files have held still across two polls; says so while they move.
    /// - Returns: true when the screen changed.
    private func pollFiles() -> Bool {
        guard var watcher, !loading.isRunning else { return false }
        defer { self.watcher = watcher }
        switch watcher.poll() {
        case .unchanged:
            // Back to what is on screen after a read was thrown away: nothing is waiting now.
            guard state.message == Self.waiting else { return false }
            state.message = nil
            return true
        case .changing:
            guard state.message != Self.waiting else { return false }
            state.message = Self.waiting
            return true
        case .settled(let signature):
            startReload(reason: "Files changed: reloaded", signature: signature)
            return true
        }
    }

    private static let waiting = "Files changing: reloading when they settle…"

    private func apply(_ action: Action) {
        let (next, effect) = update(state, action, model: model)
        state = next
        _ = carryOut(effect)
    }

    /// - Returns: false to quit.
    private func carryOut(_ effect: Effect) -> Bool {
        switch effect {
        case .none: break
        case .quit: return false
        case .reload: startReload(reason: "Reloaded", signature: watcher?.current)
        case .snapshot: saveSnapshot()
        case .themeChanged:
            let theme = themes[state.themeIndex % themes.count]
            terminal.setTheme(theme)
            var notes = terminal.depth == .none ? ["colour is off here, so only bold and reverse show"] : []
            do {
                try ThemeMemory().remember(theme.name)
            } catch {
                notes.append("not remembered: \(error.description)")
            }
            state.message = "Theme: \(theme.name)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
        }
        return true
    }

    private func draw() {
        let buffer = DashboardView.render(state, model: model, glyphs: glyphs)
        terminal.draw(buffer)
        lastBuffer = buffer
    }

    /// A click on a tab focuses its pane; on a row selects it, and on the selected row opens it.
    private func click(x: Int, y: Int) {
        guard let target = lastBuffer?.target(x: x, y: y) else { return }
        if case .select(let row) = target, state.detail == nil, row == state.selected {
            apply(.openDetail)
        } else {
            apply(target)
        }
    }

    /// What a load on the other thread brings back, with the files' signature before it read.
    private struct Outcome {
        let result: Result<(ViewModel, warning: String?), LoadFailure>
        let reason: String
        let signature: FileWatcher.Signature?
    }

    /// Reads the workspace and its baseline on another thread.
    private func startReload(reason: String, signature: FileWatcher.Signature?) {
        let (workspace, baseline) = (workspace, baseline)
        let started = loading.start {
            let result = Result { () throws(LoadFailure) -> (ViewModel, warning: String?) in
                let loaded = try workspace.loadWorkspace()
                let card = Scorecard(loaded, asOf: workspace.asOfDay(for: loaded.workspace))
                // The baseline is chosen again too: one may have been saved, or broken, meanwhile.
                do throws(LoadFailure) {
                    return try baseline.viewModel(card, files: workspace.files())
                } catch {
                    return (ViewModel(card), "cannot use the baseline: \(error.description)")
                }
            }
            return Outcome(result: result, reason: reason, signature: signature)
        }
        if started { state.message = "Reloading…" }
    }

    /// Shows what was read, unless the files changed while they were read: then it is thrown
    /// away and read again once they settle, so the screen never mixes two versions of the files.
    private func finish(_ outcome: Outcome) {
        if let signature = outcome.signature, let now = watcher?.current {
            guard now == signature else {
                state.message = Self.waiting
                return
            }
            watcher?.accept(signature)
        }
        switch outcome.result {
        case .success(let (next, banner)):
            let before = model.filtered(state)
            let selectedKeys = Pane.allCases.map { pane in
                (pane, PaneItems.key(pane, before, state, row: state.selection[pane] ?? 0))
            }
            (model, state.banner) = (next, banner)
            if model.changes == nil { state.changedOnly = false }
            state.message = outcome.reason
            // Keep each pane's selection on the same item where it still exists.
            let view = model.filtered(state)
            for (pane, key) in selectedKeys {
                guard let key, let row = PaneItems.keys(pane, view, state).firstIndex(of: key) else { continue }
                state.selection[pane] = row
            }
        case .failure(let error):
            let time = Calendar.current.dateComponents([.hour, .minute, .second], from: Date())
            state.message = nil
            state.banner =
                "Reload failed: \(workspace.describe(error)). Showing the data loaded "
                + "before \(String(format: "%02d:%02d:%02d", time.hour ?? 0, time.minute ?? 0, time.second ?? 0))."
        }
    }

    private func saveSnapshot() {
        guard let buffer = lastBuffer else { return }
        do {
            let path = try SnapshotFile.save(TextRenderer.plain(buffer), in: snapshotFolder)
            state.message = "Snapshot saved to \(path.hasPrefix("./") ? String(path.dropFirst(2)) : path)"
        } catch {
            state.message = "Snapshot not saved: \(error.description)"
        }
    }
}
