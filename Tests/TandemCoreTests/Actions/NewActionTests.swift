import Testing

@testable import TandemCore

@Suite struct NewActionTests {
    private let known: Set<String> = ["K1", "R05", "I-WMS"]

    @Test func cleansAndChecksEveryField() throws {
        let action = try NewAction(
            title: "  Agree the \u{1B}[2Jagency contract ", owner: "COO", assignee: "Sam\u{7}", due: "+2w",
            links: ["R05", " I-WMS", "K1", "R05"], asOf: asOf, known: known)
        #expect(action.title == "Agree the agency contract")
        #expect(action.owner == .coo)
        #expect(action.assignee == "Sam")
        #expect(action.due == day("2026-12-04"))
        #expect(action.links == ["R05", "I-WMS", "K1"])
        #expect(action.raised == asOf)
    }

    @Test func theFirstProblemInFieldOrderIsThrown() {
        #expect(throws: ActionInputError.self) {
            try NewAction(title: "", owner: "ceo", asOf: asOf, known: known)
        }
        do {
            _ = try NewAction(title: "Do it", owner: "ceo", asOf: asOf, known: known)
        } catch {
            #expect(error.field == .owner)
            #expect(error.description == "owner: \"ceo\" is not an owner; expected cio, coo or joint")
        }
    }

    @Test func problemsListsEveryFieldForTheForm() {
        let problems = NewAction.problems(
            title: " ", owner: "", assignee: String(repeating: "x", count: 101), due: "soon", links: ["R99"],
            asOf: asOf, known: known)
        #expect(problems.map(\.field) == [.title, .owner, .assignee, .due, .links])
        #expect(problems[4].message.hasPrefix("\"R99\" is not the id of a KPI, risk, initiative or action"))
    }

    /// Ids may hold spaces and commas (a KPI named "K 1", a risk "R05, site"): only `;` separates
    /// them, as in the file.
    @Test func linkIDsSplitOnSemicolonsOnly() {
        #expect(NewAction.linkIDs("R05; K 1;I-WMS, site ; ;") == ["R05", "K 1", "I-WMS, site"])
        #expect(NewAction.linkIDs("") == [])
    }

    /// `--on` gives one id each: it is never split, so an id with a space or a comma links.
    @Test func eachGivenIDIsOneIDEvenWithSpacesOrCommas() throws {
        let known: Set<String> = ["K 1", "R05, site", "R05"]
        let action = try NewAction(
            title: "Do it", owner: "cio", links: ["K 1", "R05, site"], asOf: asOf, known: known)
        #expect(action.links == ["K 1", "R05, site"])
        #expect(throws: ActionInputError.self) {
            try NewAction(title: "Do it", owner: "cio", links: ["R05 K 1"], asOf: asOf, known: known)
        }
    }

    @Test func anIDHoldingTheLinkSeparatorIsRefusedEvenWhenKnown() {
        let problems = NewAction.problems(
            title: "Do it", owner: "cio", assignee: "", due: "", links: ["R;5"], asOf: asOf, known: ["R;5"])
        #expect(problems.map(\.message) == ["\"R;5\" holds \";\", which separates links in the file; expected one id"])
    }

    @Test func nextIDIsOnePastTheHighest() {
        #expect(ActionIDs.next(after: []) == "A-001")
        #expect(ActionIDs.next(after: ["A-001", "A-007", "A-003", "B-100", "A-x"]) == "A-008")
        #expect(ActionIDs.next(after: ["A-999"]) == "A-1000")
        #expect(ActionIDs.next(after: ["A-12345"]) == "A-12346")
    }
}
