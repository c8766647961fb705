/// How what the program around `update` brings back from its effects (a reload, a saved snapshot,
/// a theme now drawn, a click) changes the state. Unlike a key, a result does not clear the
/// message line first: a file watcher's quiet poll must not wipe "Snapshot saved".
enum EffectResults {
    /// Shown while the watched files move, and cleared once they are back as on screen.
    static let waiting = "Files changing: reloading when they settle…"

    /// The state after a result; nil when `action` is not the result of an effect.
    static func apply(_ state: AppState, _ action: Action, model: ViewModel) -> (AppState, Effect)? {
        var state = state
        switch action {
        case .clicked(let x, let y):
            return click(state, x: x, y: y, model: model)
        case .reloadStarted:
            state.message = "Reloading…"
        case .filesChanging:
            state.message = waiting
        case .filesUnchanged:
            if state.message == waiting { state.message = nil }
        case .reloaded(let loaded):
            state = reloaded(state, loaded, from: model)
        case .reloadFailed(let reason, let time):
            state.message = nil
            state.banner = "Reload failed: \(reason). Showing the data loaded before \(time)."
        case .themeApplied(let name, let notes):
            state.message = "Theme: \(name)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
        case .snapshotWritten(let path):
            state.message = "Snapshot saved to \(path.hasPrefix("./") ? String(path.dropFirst(2)) : path)"
        case .snapshotFailed(let reason):
            state.message = "Snapshot not saved: \(reason)"
        case .actionWritten(let message):
            state.actionForm = nil
            state.message = message
        case .actionNotWritten(let reason):
            // The form stays open with what was typed, so nothing is lost.
            state.message = "Not written: \(reason)"
        default:
            return nil
        }
        return (state, .none)
    }

    /// A click does what the screen drawn for this state registered at that spot: a tab focuses
    /// its pane, a row is selected, and the selected row opens. The screen is drawn again to find
    /// it, rather than kept from the last frame, because it is a function of the state: the same
    /// state draws the same targets. The mouse, like the keys, goes to what is on top: an overlay
    /// (help, the problems) keeps clicks from the pane beneath it.
    private static func click(_ state: AppState, x: Int, y: Int, model: ViewModel) -> (AppState, Effect) {
        guard !state.showHelp, state.diagnostics == nil, state.actionForm == nil, state.confirmingDrop == nil,
            let target = DashboardView.render(state, model: model).target(x: x, y: y)
        else { return (state, .none) }
        if case .select(let row) = target, state.detail == nil, row == state.selected {
            return update(state, .openDetail, model: model)
        }
        return update(state, target, model: model)
    }

    /// The state for a model read again: its banner and message, and each pane's selection kept
    /// on the same item where that item still exists.
    private static func reloaded(_ state: AppState, _ loaded: LoadedModel, from old: ViewModel) -> AppState {
        var state = state
        let before = old.filtered(state)
        let selectedKeys = Pane.allCases.map { pane in
            (pane, PaneItems.key(pane, before, state, row: state.selection[pane] ?? 0))
        }
        state.banner = loaded.banner
        if loaded.model.changes == nil { state.changedOnly = false }
        state.message = loaded.reason
        let view = loaded.model.filtered(state)
        for (pane, key) in selectedKeys {
            guard let key, let row = PaneItems.keys(pane, view, state).firstIndex(of: key) else { continue }
            state.selection[pane] = row
        }
        return state
    }
}
