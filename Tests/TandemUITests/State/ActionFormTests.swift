import TandemCore
import TandemUI
import Testing

/// `a`, `x` and `X` as `update` sees them, on the demo (as of 2026-11-20; A-002 is overdue and
/// first on the Actions pane): what the form holds, refuses and hands to the effect that writes.
@Suite struct ActionFormTests {
    let model = ChangeSnapshotTests.demo
    let size = Size.of(120, 40)

    private func run(_ keys: String) -> (AppState, Effect) {
        var current = (AppState(size: size), Effect.none)
        for key in Key.sequence(keys) { current = update(current.0, key: key, model: model) }
        return current
    }

    @Test func aOnARiskPrefillsItsOwnerAndId() throws {
        let form = try #require(run("3 a").0.actionForm)
        #expect(form.value(.owner) == "coo")
        #expect(form.value(.links) == "R05")
        #expect(form.focus == .title)
    }

    @Test func aOnAFindingLinksEveryItemItNames() throws {
        let form = try #require(run("5 a").0.actionForm)
        #expect(!form.value(.links).isEmpty)
    }

    /// The prefill joins with "; ", the one separator the field splits on, so ids with spaces or
    /// commas come back whole.
    @Test func thePrefilledLinksSplitBackIntoTheSameIDs() {
        let form = ActionForm(owner: nil, links: ["K 1", "R05, site", "I1"])
        #expect(form.value(.links) == "K 1; R05, site; I1")
        #expect(NewAction.linkIDs(form.value(.links)) == ["K 1", "R05, site", "I1"])
    }

    @Test func tabAndShiftTabMoveBetweenFieldsAndWrapAround() throws {
        #expect(run("a Tab Tab").0.actionForm?.focus == .assignee)
        #expect(run("a BTab").0.actionForm?.focus == .links)
    }

    @Test func enterSavesAValidActionAsAnEffect() throws {
        let (state, effect) = run("3 a Call Space the Space agency Tab Tab Ruth Tab +1w Enter")
        #expect(state.actionForm != nil)  // closed once the file is written
        let expected = try NewAction(
            title: "Call the agency", owner: "coo", assignee: "Ruth", due: "+1w", links: ["R05"],
            asOf: model.card.asOf, known: NewAction.knownIDs(in: model.card))
        #expect(effect == .addAction(expected))
        #expect(expected.due.description == "2026-11-27")
    }

    @Test func everyRefusedFieldIsMarkedAndTheFocusGoesToTheFirst() throws {
        let (state, effect) = run("a Tab Backspace Backspace Backspace cfo Tab Tab soon Enter")
        let form = try #require(state.actionForm)
        #expect(effect == .none)
        #expect(Set(form.problems.keys) == [.title, .owner, .due])
        #expect(form.focus == .title)
        #expect(form.value(.due) == "soon")
    }

    @Test func escCancelsAndKeysGoBackToThePanes() {
        let state = run("a x Esc").0
        #expect(state.actionForm == nil)
        #expect(state.message == "No action added")
        #expect(run("a x Esc 2").0.pane == .kpis)
    }

    @Test func xMarksTheSelectedActionDoneOnTheAsOfDate() {
        #expect(run("6 x").1 == .setActionStatus(id: "A-002", .done(model.card.asOf)))
        #expect(run("6 j j x").1 == .setActionStatus(id: "A-001", .open))
        #expect(run("2 x").0.message?.contains("go to Actions (6)") == true)
    }

    @Test func bigXAsksBeforeDropping() {
        #expect(run("6 X").0.confirmingDrop == "A-002")
        #expect(run("6 X").1 == .none)
        #expect(run("6 X y").1 == .setActionStatus(id: "A-002", .dropped))
        #expect(run("6 X n").0.message == "A-002 kept")
        #expect(run("6 X n").1 == .none)
    }
}
