import TandemCore

/// Recording what the meeting agreed: `a` opens the form, the form takes keys until Enter saves
/// or Esc cancels, `x` marks the selected action done or reopens it, `X` drops it once confirmed.
/// Writing the file is an effect; its result comes back as `.actionWritten` or `.actionNotWritten`.
enum ActionUpdate {
    /// Keys while the form is open: they type into it, move between fields, save or cancel.
    static func formKey(_ state: AppState, _ form: ActionForm, _ key: Key, model: ViewModel) -> (AppState, Effect) {
        var state = state
        var form = form
        switch key {
        case .escape:
            state.actionForm = nil
            state.message = "No action added"
            return (state, .none)
        case .enter:
            let card = model.card
            guard let action = form.validated(asOf: card.asOf, known: NewAction.knownIDs(in: card)) else {
                state.actionForm = form
                return (state, .none)
            }
            state.actionForm = form
            return (state, .addAction(action))
        case .tab, .down: form.move(by: 1)
        case .backTab, .up: form.move(by: -1)
        case .backspace: form.deleteBackward()
        case .character(let character): form.type(character)
        default: break
        }
        state.actionForm = form
        return (state, .none)
    }

    /// `a`: the form, prefilled with the owner and id of the item open or selected.
    static func openForm(_ state: AppState, model: ViewModel) -> AppState {
        var state = state
        let key = state.detail ?? PaneItems.key(state.pane, model.filtered(state), state, row: state.selected)
        let (owner, links) = key.map { subject($0, model: model) } ?? (nil, [])
        state.actionForm = ActionForm(owner: owner, links: links)
        return state
    }

    /// `x`: done with the as-of date, or open again; `X`: asks first, then drops.
    static func mark(_ state: AppState, drop: Bool, model: ViewModel) -> (AppState, Effect) {
        var state = state
        guard let action = selectedAction(state, model: model) else {
            state.message =
                state.pane == .actions && state.detail == nil
                ? "No action selected"
                : "\(drop ? "X drops" : "x marks done") the selected action: go to Actions (6) first"
            return (state, .none)
        }
        if drop {
            guard action.status != .dropped else {
                state.message = "\(action.id) is already dropped; x opens it again"
                return (state, .none)
            }
            state.confirmingDrop = action.id
            return (state, .none)
        }
        let change: ActionStatusChange = action.status == .open ? .done(model.card.asOf) : .open
        return (state, .setActionStatus(id: action.id, change))
    }

    /// The answer to "Drop A-002?": `y` drops it, any other key keeps it.
    static func confirmKey(_ state: AppState, _ id: String, _ key: Key) -> (AppState, Effect) {
        var state = state
        state.confirmingDrop = nil
        guard key == .character("y") || key == .character("Y") else {
            state.message = "\(id) kept"
            return (state, .none)
        }
        return (state, .setActionStatus(id: id, .dropped))
    }

    /// The action on the Actions pane's selected row, or whose detail is open.
    private static func selectedAction(_ state: AppState, model: ViewModel) -> ActionItem? {
        let key =
            state.detail
            ?? (state.pane == .actions
                ? PaneItems.key(.actions, model.filtered(state), state, row: state.selected) : nil)
        guard case .action(let id)? = key else { return nil }
        return model.action(id)?.action
    }

    /// Who answers for an item, and the ids an action on it links.
    private static func subject(_ key: ItemKey, model: ViewModel) -> (Owner?, [String]) {
        switch key {
        case .kpi(let id): (model.kpi(id)?.kpi.owner, [id])
        case .risk(let id): (model.risk(id)?.risk.owner, [id])
        case .initiative(let id): (model.initiative(id)?.initiative.sponsor, [id])
        case .action(let id): (model.action(id)?.action.owner, [id])
        case .finding(let key):
            model.finding(key).map { finding in
                let index = model.card.findings.firstIndex { ViewModel.key(of: $0) == key }
                return (index.map { Owner.combined(model.findingOwners[$0]) }, finding.ids)
            } ?? (nil, [])
        }
    }
}
