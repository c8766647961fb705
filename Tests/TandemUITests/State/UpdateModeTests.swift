import TandemCore
import TandemTestSupport
import TandemUI
import Testing

/// `update` for the filter, lens, sort, help, the effects it hands back, and what Esc closes first.
@Suite struct UpdateModeTests {
    let model = TestWorkspace.standard
    let size = Size.of(120, 40)

    func effect(_ keys: String) -> Effect {
        var current = AppState(size: size)
        var last = Effect.none
        for key in Key.sequence(keys) { (current, last) = update(current, key: key, model: model) }
        return last
    }

    // MARK: - Filter

    @Test func slashStartsTypingIntoTheFilter() {
        let typing = state("2 / cost", size: size)
        #expect(typing.isEditingFilter)
        #expect(typing.filter == "cost")
    }

    @Test func boundKeysTypeWhileEditing() {
        let typing = state("/ qo?s", size: size)
        #expect(typing.filter == "qo?s")
        #expect(typing.lens == .all)
        #expect(!typing.showHelp)
        #expect(effect("/ q") == .none)
    }

    @Test func backspaceDeletesTheLastCharacter() {
        #expect(state("/ costs Backspace", size: size).filter == "cost")
        #expect(state("/ a Backspace Backspace Backspace", size: size).filter == "")
    }

    @Test func enterKeepsTheFilter() {
        let kept = state("2 / cost Enter", size: size)
        #expect(!kept.isEditingFilter)
        #expect(kept.filter == "cost")
        #expect(kept.pane == .kpis)
    }

    @Test func escWhileTypingClearsTheFilter() {
        let cleared = state("/ cost Esc", size: size)
        #expect(!cleared.isEditingFilter)
        #expect(cleared.filter == "")
    }

    @Test func typingStartsTheSelectionOver() {
        let typed = state("2 j j j / c", size: size)
        #expect(typed.selected == 0)
        #expect(typed.scroll.isEmpty)
    }

    @Test func filterNarrowsEveryPane() {
        let view = model.filtered(lens: .all, filter: "cost")
        #expect(view.kpis.map { model.card.kpis[$0].kpi.id } == ["CLOUD", "PICKCOST"])
        #expect(view.risks.isEmpty)
        #expect(model.filtered(lens: .all, filter: "CYBER").risks.map { model.card.risks[$0].risk.id } == ["R1"])
    }

    @Test func escAfterKeepingClearsTheFilter() {
        let cleared = state("2 / cost Enter j Esc", size: size)
        #expect(cleared.filter == "")
        #expect(cleared.selected == 0)
    }

    // MARK: - Lens and sort

    @Test func lensCyclesThroughOwners() {
        #expect(state("o", size: size).lens == .cio)
        #expect(state("o o", size: size).lens == .coo)
        #expect(state("o o o", size: size).lens == .joint)
        #expect(state("o o o o", size: size).lens == .all)
    }

    @Test func lensClosesTheDetailAndStartsTheSelectionOver() {
        let lensed = state("2 j j Enter o", size: size)
        #expect(lensed.detail == nil)
        #expect(lensed.selected == 0)
    }

    @Test func aLeadersLensKeepsWhatTheyOwnAndWhatIsJoint() {
        let view = model.filtered(lens: .cio, filter: "")
        #expect(view.kpis.allSatisfy { [.cio, .joint].contains(model.card.kpis[$0].kpi.owner) })
        #expect(view.kpis.count == 5)
        #expect(view.initiatives.map { model.card.initiatives[$0].initiative.id } == ["I2", "I3", "I4", "I6"])
        let joint = model.filtered(lens: .joint, filter: "")
        #expect(joint.kpis.allSatisfy { model.card.kpis[$0].kpi.owner == .joint })
        #expect(!joint.kpis.isEmpty)
    }

    @Test func sortCyclesThroughThePanesOrders() {
        #expect(state("2", size: size).sortOrder(of: .kpis) == "domain")
        #expect(state("2 s", size: size).sortOrder(of: .kpis) == "status")
        #expect(state("2 s s", size: size).sortOrder(of: .kpis) == "name")
        #expect(state("2 s s s", size: size).sortOrder(of: .kpis) == "owner")
        #expect(state("2 s s s s", size: size).sortOrder(of: .kpis) == "domain")
        #expect(state("3 s", size: size).sortOrder(of: .risks) == "review date")
        #expect(state("1 s", size: size).sortOrder(of: .overview) == "severity")
    }

    @Test func sortIsPerPaneAndSaysWhatItDid() {
        let sorted = state("2 j j s", size: size)
        #expect(sorted.selected == 0)
        #expect(sorted.message == "Sorted by status")
        #expect(sorted.sortOrder(of: .risks) == "score")
        #expect(state("2 s j", size: size).message == nil)
    }

    // MARK: - Help

    @Test func questionMarkTogglesHelp() {
        #expect(state("?", size: size).showHelp)
        #expect(!state("? ?", size: size).showHelp)
        #expect(state("F1", size: size).showHelp)
        #expect(!state("? F1", size: size).showHelp)
    }

    @Test func keysNeverReachThePaneBehindHelp() {
        let behind = state("2 j", size: size)
        let withHelp = state("2 j ? j j j 3 o / s c t G Enter", size: size)
        #expect(withHelp.showHelp)
        #expect(withHelp.pane == behind.pane && withHelp.selection == behind.selection)
        #expect(
            withHelp.lens == .all && !withHelp.isEditingFilter && withHelp.detail == nil && withHelp.themeIndex == 0)
        #expect(effect("? r") == .none)
        #expect(effect("? q") == .quit)
        #expect(!state("? Esc", size: size).showHelp)
    }

    @Test func hAndLMoveBetweenPanes() {
        #expect(state("l", size: size).pane == .kpis)
        #expect(state("l l h", size: size).pane == .kpis)
        #expect(state("h", size: size).pane == .actions)
    }

    // MARK: - Effects

    @Test func effectsAreHandedBack() {
        #expect(effect("q") == .quit)
        #expect(effect("r") == .reload)
        #expect(effect("p") == .snapshot)
        #expect(effect("t") == .themeChanged)
        #expect(effect("j") == .none)
        #expect(state("t t", size: size).themeIndex == 2)
    }

    @Test func effectsLeaveTheStateAlone() {
        let before = state("3 j", size: size)
        for action in [Action.quit, .reload, .snapshot] {
            let (after, _) = update(before, action, model: model)
            #expect(after == before)
        }
    }

    // MARK: - Esc

    @Test func escClosesHelpThenDetailThenFilter() {
        let everything = state("/ o Enter 2 Enter ?", size: size)
        #expect(everything.showHelp)
        #expect(everything.detail != nil)
        #expect(everything.filter == "o")

        let first = update(everything, key: .escape, model: model).0
        #expect(!first.showHelp)
        #expect(first.detail != nil)
        #expect(first.filter == "o")

        let second = update(first, key: .escape, model: model).0
        #expect(second.detail == nil)
        #expect(second.filter == "o")

        let third = update(second, key: .escape, model: model).0
        #expect(third.filter == "")

        let fourth = update(third, key: .escape, model: model).0
        #expect(fourth == third)
    }

    @Test func messageLastsOneKey() {
        let shown = update(state("", size: size), .showMessage("Saved to tandem-1.txt"), model: model).0
        #expect(shown.message == "Saved to tandem-1.txt")
        #expect(update(shown, key: .character("j"), model: model).0.message == nil)
    }
}
