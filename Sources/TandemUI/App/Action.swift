import TandemCore

/// Everything a user can do, and everything the program around `update` brings back from its
/// effects; the only way `AppState` changes (see `update`).
public enum Action: Equatable, Sendable {
    case focus(Pane)
    case focusNext, focusPrevious
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    /// Select row `index` of the focused pane (a mouse click).
    case select(Int)
    case openDetail, back
    case startFilter
    case filterType(Character)
    case filterDeleteBackward, filterKeep, filterClear
    case cycleLens, cycleSort, toggleChanges, toggleHelp, toggleDiagnostics, nextTheme
    case reload, snapshot, quit
    /// `a`, `x`, `X`: write down an action, mark the selected one done (or open again), drop it.
    case addAction, toggleActionDone, dropAction
    case resize(Size)
    case showMessage(String)

    // MARK: - Results of effects

    /// A click at a screen position; what it does depends on what the state draws there.
    case clicked(x: Int, y: Int)
    /// A reload began reading the files.
    case reloadStarted
    /// The watched files changed and are still moving, or changed while they were read: they are
    /// read again once they settle.
    case filesChanging
    /// The watched files are back as they were when the data on screen was read.
    case filesUnchanged
    /// A reload read the files; the new model is in the payload (see `LoadedModel`).
    case reloaded(LoadedModel)
    /// A reload could not read the files: `reason`, a sentence, and `time`, when the data on screen
    /// was still good (`HH:MM:SS`, read from the clock by the caller).
    case reloadFailed(reason: String, time: String)
    /// The terminal now draws theme `name`; `notes` say what the user should know about it.
    case themeApplied(name: String, notes: [String])
    /// The screen was saved as text to `path`.
    case snapshotWritten(path: String)
    /// The screen could not be saved, and why.
    case snapshotFailed(reason: String)
    /// The actions file was written: `message` says what was done (the new state follows as a reload).
    case actionWritten(message: String)
    /// The actions file was not written, and why.
    case actionNotWritten(reason: String)
}

/// What the program around `update` must do after an action: effects stay outside the state.
public enum Effect: Equatable, Sendable {
    case none, quit, reload, snapshot, themeChanged
    /// Append the action to the workspace's actions file, then read the files again.
    case addAction(NewAction)
    /// Change one action's status in the file, then read the files again.
    case setActionStatus(id: String, ActionStatusChange)
}
