import Dispatch
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import TandemCore
import TandemUI

/// The interactive dashboard: turns what the terminal reports into actions for `update`, draws
/// the state, and carries out the effects `update` asks for (reload, snapshot, theme, quit). What
/// an effect brings back (the data read, the file saved, the theme drawn) goes through `update`
/// too, as an action: this loop keeps the state and the model but never changes a field of the
/// state itself. It watches the workspace files and reloads when they change; a failed reload
/// keeps the last good data on screen.
public final class DashboardApp {
    let terminal: any TerminalScreen
    let read: WorkspaceReader
    let snapshotFolder: String
    let themes: [Theme]
    let themeMemory: ThemeMemory
    var model: ViewModel
    var state: AppState
    var watcher: FileWatcher?
    let loading = BackgroundLoad<Outcome>()
    var lastBuffer: CellBuffer?
    /// Why to read the files again once the running load ends (an action was written meanwhile).
    var pendingReload: String?
    /// How often the files are polled, in nanoseconds: 0 polls after every event, `.max` never
    /// (tests choose; people get twice a second).
    var pollInterval: UInt64 = 500_000_000
    /// The clock, read for the time a failed reload names and a snapshot's file name.
    var now: () -> Date = WallClock.now

    /// - Parameters:
    ///   - model: the data to show first, read by the caller (which reports a failure itself).
    ///   - banner: a warning to show from the start, e.g. a baseline that cannot be read.
    ///   - read: reads the workspace again, for `r` and when the files change.
    ///   - snapshotFolder: where `p` saves the screen as text.
    ///   - themes: the themes `t` goes through; `themeIndex` is the one on screen.
    ///   - themeMemory: where the theme chosen with `t` is kept for the next start.
    public init(
        terminal: any TerminalScreen, model: ViewModel, banner: String?, read: @escaping WorkspaceReader,
        snapshotFolder: String, themes: [Theme], themeIndex: Int, themeMemory: ThemeMemory = ThemeMemory()
    ) {
        self.terminal = terminal
        self.read = read
        self.snapshotFolder = snapshotFolder
        self.themes = themes
        self.themeMemory = themeMemory
        self.model = model
        state = AppState(size: terminal.size, themeIndex: themeIndex, banner: banner)
        watcher = Self.watcher(for: model.card)
    }

    /// Watches the workspace's own files, the files its `[sources]` name, and the baselines'
    /// folder (a baseline saved, or broken, while open is picked up).
    static func watcher(for card: Scorecard) -> FileWatcher? {
        guard case .folder(let path) = card.workspace.origin else { return nil }
        let folder = FolderFiles(path: path)
        let names = FolderFiles.names + card.sourceFiles.filter { !FolderFiles.names.contains($0) }
        return FileWatcher(paths: (names + [BaselineStore.folderName]).map(folder.full))
    }

    private var glyphs: Glyphs { terminal.unicode ? .unicode : .ascii }

    /// Runs until the user quits, input ends or a signal arrives.
    public func run() {
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
            case .resize(let size): guard send(.resize(size)) else { return }
            case .key(let key): guard perform(update(state, key: key, model: model)) else { return }
            case .click(let x, let y): guard send(.clicked(x: x, y: y)) else { return }
            case .wheel(let up): guard perform(update(state, key: up ? .up : .down, model: model)) else { return }
            }
            if let outcome = loading.take() {
                finish(outcome)
                changed = true
            }
            if DispatchTime.now().uptimeNanoseconds - lastPoll.uptimeNanoseconds >= pollInterval {
                lastPoll = DispatchTime.now()
                changed = pollFiles() || changed
            }
            if changed { draw() }
        }
    }

    /// Runs an action through `update` and carries out the effect it asks for.
    /// - Returns: false to quit.
    @discardableResult
    func send(_ action: Action) -> Bool {
        perform(update(state, action, model: model))
    }

    /// Takes the state `update` returned, then carries out its effect.
    /// - Returns: false to quit.
    private func perform(_ result: (AppState, Effect)) -> Bool {
        state = result.0
        return carryOut(result.1)
    }

    /// - Returns: false to quit.
    private func carryOut(_ effect: Effect) -> Bool {
        switch effect {
        case .none: break
        case .quit: return false
        case .reload: startReload(reason: "Reloaded", signature: watcher?.current)
        case .snapshot: saveSnapshot()
        case .addAction, .setActionStatus: writeAction(effect)
        case .themeChanged:
            let theme = themes[state.themeIndex % themes.count]
            terminal.setTheme(theme)
            var notes = terminal.depth == .none ? ["colour is off here, so only bold and reverse show"] : []
            do {
                try themeMemory.remember(theme.name)
            } catch {
                notes.append("not remembered: \(error.description)")
            }
            send(.themeApplied(name: theme.name, notes: notes))
        }
        return true
    }

    private func draw() {
        let buffer = DashboardView.render(state, model: model, glyphs: glyphs)
        terminal.draw(buffer)
        lastBuffer = buffer
    }

    /// Saves the screen as last drawn: a snapshot is exactly what the user saw.
    private func saveSnapshot() {
        guard let buffer = lastBuffer else { return }
        do {
            let path = try SnapshotFile.save(TextRenderer.plain(buffer), in: snapshotFolder, at: now())
            send(.snapshotWritten(path: path))
        } catch {
            send(.snapshotFailed(reason: error.description))
        }
    }
}
