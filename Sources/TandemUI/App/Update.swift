/// The one place the app state changes: a pure function of the state, an action and the data.
/// - Returns: the new state and what the program around it must do (quit, reload, …).
public func update(_ state: AppState, _ action: Action, model: ViewModel) -> (AppState, Effect) {
    if let result = EffectResults.apply(state, action, model: model) { return result }
    var state = state
    var effect = Effect.none
    let view = model.filtered(state)
    let count = PaneItems.count(state.pane, view, state)
    let page = ScreenLayout.pageRows(for: state, model: model)
    state.message = nil

    func move(to row: Int) {
        let row = min(max(0, row), max(0, count - 1))
        state.selection[state.pane] = row
        let first = state.scroll[state.pane] ?? 0
        state.scroll[state.pane] = min(max(first, row - page + 1), row)
        state.detailScroll = 0
    }

    func focus(_ pane: Pane) {
        state.pane = pane
        state.detail = nil
        state.detailScroll = 0
    }

    switch action {
    case .focus(let pane): focus(pane)
    case .focusNext: focus(Pane(rawValue: state.pane.rawValue % Pane.allCases.count + 1)!)
    case .focusPrevious:
        focus(Pane(rawValue: (state.pane.rawValue + Pane.allCases.count - 2) % Pane.allCases.count + 1)!)
    case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
        if state.detail != nil {
            let step: Int
            switch action {
            case .moveUp: step = -1
            case .moveDown: step = 1
            case .pageUp: step = -page
            case .pageDown: step = page
            case .top: step = -Int.max / 2
            default: step = Int.max / 2
            }
            let body = ScreenLayout(state, model: model).body
            let limit = state.detail.map { DetailPane.maxScroll($0, model: model, in: body) } ?? 0
            state.detailScroll = max(0, min(state.detailScroll.addingReportingOverflow(step).partialValue, limit))
        } else {
            let current = state.selected
            switch action {
            case .moveUp: move(to: current - 1)
            case .moveDown: move(to: current + 1)
            case .pageUp: move(to: current - page)
            case .pageDown: move(to: current + page)
            case .top: move(to: 0)
            default: move(to: count - 1)
            }
        }
    case .select(let row):
        if state.detail == nil { move(to: row) }
    case .openDetail:
        if state.pane == .overview, let item = PaneItems.overview(view).dropFirst(state.selected).first,
            let index = item.diagnostic
        {
            state.diagnostics = DiagnosticsState()
            state.diagnostics?.selected = index
            state.diagnostics?.isOpen = true
        } else if let key = PaneItems.key(state.pane, view, state, row: state.selected) {
            state.detail = key
            state.detailScroll = 0
        }
    case .back:
        if state.showHelp {
            state.showHelp = false
        } else if state.detail != nil {
            state.detail = nil
        } else if !state.filter.isEmpty {
            state.filter = ""
            state.selection = [:]
            state.scroll = [:]
        }
    case .startFilter:
        state.isEditingFilter = true
        state.showHelp = false
    case .filterType(let character):
        // Typed text is as untrusted as file text: no control characters reach the screen.
        guard DisplayWidth.of(character) > 0, state.filter.count < 200 else { break }
        state.filter.append(character)
        state.selection = [:]
        state.scroll = [:]
    case .filterDeleteBackward:
        if !state.filter.isEmpty { state.filter.removeLast() }
    case .filterKeep:
        state.isEditingFilter = false
    case .filterClear:
        state.isEditingFilter = false
        state.filter = ""
        state.selection = [:]
        state.scroll = [:]
    case .cycleLens:
        state.lens = state.lens.next
        state.selection = [:]
        state.scroll = [:]
        state.detail = nil
    case .cycleSort where PaneSorts.names(of: state.pane).count < 2:
        state.message = "\(state.pane.title) has one order: \(state.sortOrder(of: state.pane))"
    case .cycleSort:
        state.sorts.cycle(state.pane)
        state.selection[state.pane] = 0
        state.scroll[state.pane] = 0
        state.message = "Sorted by \(state.sortOrder(of: state.pane))"
    case .toggleChanges:
        guard let changes = model.changes else {
            state.message = "No baseline to compare with: after a meeting, `tandem baseline save DIR` keeps one"
            break
        }
        state.changedOnly.toggle()
        state.selection = [:]
        state.scroll = [:]
        state.detail = nil
        state.message =
            state.changedOnly ? "Only what changed since \(changes.baseline.label)" : "Everything, changed or not"
    case .toggleHelp: state.showHelp.toggle()
    case .toggleDiagnostics:
        state.diagnostics = state.diagnostics == nil ? DiagnosticsState() : nil
    case .nextTheme:
        state.themeIndex += 1
        effect = .themeChanged
    case .reload: effect = .reload
    case .snapshot: effect = .snapshot
    case .addAction: state = ActionUpdate.openForm(state, model: model)
    case .toggleActionDone: return ActionUpdate.mark(state, drop: false, model: model)
    case .dropAction: return ActionUpdate.mark(state, drop: true, model: model)
    case .quit: effect = .quit
    case .resize(let size): state.size = size
    case .showMessage(let text): state.message = text
    case .clicked, .reloadStarted, .filesChanging, .filesUnchanged, .reloaded, .reloadFailed, .themeApplied,
        .snapshotWritten, .snapshotFailed, .actionWritten, .actionNotWritten:
        break  // results of effects, applied above
    }
    return (state, effect)
}

/// Applies a key: in filter editing, characters type into the filter; otherwise the binding table
/// decides. Keys bound to nothing change nothing.
public func update(_ state: AppState, key: Key, model: ViewModel) -> (AppState, Effect) {
    if let form = state.actionForm { return ActionUpdate.formKey(state, form, key, model: model) }
    if let id = state.confirmingDrop { return ActionUpdate.confirmKey(state, id, key) }
    if state.isEditingFilter {
        switch key {
        case .enter: return update(state, .filterKeep, model: model)
        case .escape: return update(state, .filterClear, model: model)
        case .backspace: return update(state, .filterDeleteBackward, model: model)
        case .character(let character): return update(state, .filterType(character), model: model)
        default: break
        }
    }
    guard let action = KeyBindings.action(for: key) else { return (state, .none) }
    // Help covers the pane: keys meant for the pane must not move what cannot be seen.
    if state.showHelp, ![.toggleHelp, .back, .quit].contains(action) { return (state, .none) }
    if let diagnostics = state.diagnostics { return updateDiagnostics(state, diagnostics, action, model: model) }
    return update(state, action, model: model)
}

/// Keys while the diagnostics view is open: they move through it, open a message, close it.
private func updateDiagnostics(_ state: AppState, _ view: DiagnosticsState, _ action: Action, model: ViewModel) -> (
    AppState, Effect
) {
    var state = state
    var view = view
    let last = max(0, model.card.diagnostics.count - 1)
    let page = ScreenLayout.pageRows(for: state, model: model)
    state.message = nil
    switch action {
    case .moveUp: view.selected = max(0, view.selected - 1)
    case .moveDown: view.selected = min(last, view.selected + 1)
    case .pageUp: view.selected = max(0, view.selected - page)
    case .pageDown: view.selected = min(last, view.selected + page)
    case .top: view.selected = 0
    case .bottom: view.selected = last
    case .openDetail: view.isOpen = true
    case .back where view.isOpen: view.isOpen = false
    case .back, .toggleDiagnostics:
        state.diagnostics = nil
        return (state, .none)
    case .quit: return (state, .quit)
    case .resize(let size): state.size = size
    default: return (state, .none)
    }
    state.diagnostics = view
    return (state, .none)
}
