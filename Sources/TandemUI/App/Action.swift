/// Everything a user can do; the only way `AppState` changes (see `update`).
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
    case resize(Size)
    case showMessage(String)
}

/// What the program around `update` must do after an action: effects stay outside the state.
public enum Effect: Equatable, Sendable {
    case none, quit, reload, snapshot, themeChanged
}
