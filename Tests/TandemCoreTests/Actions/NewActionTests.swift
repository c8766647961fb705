import Testing

@testable import TandemCore

@Suite struct NewActionTests {
    private let known: Set<String> = ["K1", "R05", "I-WMS"]

    @Test func cleansAndChecksEveryField() throws {
        let action = try NewAction(
            title: "  Agree the \u{1B}[2Jagency contract ", owner: "COO", assignee: "Sam\u{7}", due: "+2w",
            links: ["R05", "I-WMS;K1", "R05"], asOf: asOf, known: known)
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

    @Test func linkIDsSplitOnSemicolonsCommasAndSpaces() {
        #expect(NewAction.linkIDs("R05; K1,I-WMS  A-001") == ["R05", "K1", "I-WMS", "A-001"])
        #expect(NewAction.linkIDs("") == [])
    }

    @Test func nextIDIsOnePastTheHighest() {
        #expect(ActionIDs.next(after: []) == "A-001")
        #expect(ActionIDs.next(after: ["A-001", "A-007", "A-003", "B-100", "A-x"]) == "A-008")
        #expect(ActionIDs.next(after: ["A-999"]) == "A-1000")
        #expect(ActionIDs.next(after: ["A-12345"]) == "A-12346")
    }
}
