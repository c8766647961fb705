import Foundation
import Testing

@testable import TandemCore

/// What the baseline brings to actions: the unowned decisions and the action changes.
@Suite struct ActionBaselineTests {
    private static let demo = Scorecard(DemoWorkspace.load(), asOf: asOf)

    @Test func anUnownedDecisionIsAFindingTheBaselineHadThatNoActionAnswers() {
        let card = Self.demo.withUnownedDecisions(since: DemoWorkspace.previousMeeting())
        let unowned = card.findings.filter { $0.kind == .unownedDecision }
        #expect(
            unowned.map(\.ids) == [["CPS"], ["I-ALERT"], ["I-DISP", "I-ROUTE"], ["I-EDI"], ["NPS"], ["R04"], ["R08"]])
        #expect(unowned.first?.about == [.unaddressedKPI])
        #expect(unowned.first?.detail.hasSuffix("; seen on 2026-10-23 and no action answers it") == true)
        // I-DATA is answered by A-003; the diverging pair is new since the baseline.
        #expect(!unowned.contains { $0.ids == ["I-DATA"] || $0.ids == ["TRKUP", "WISMO"] })
        // Measured again, not added twice.
        #expect(card.withUnownedDecisions(since: DemoWorkspace.previousMeeting()).findings == card.findings)
    }

    @Test func aDroppedActionAnswersNothingAndNoActionsDataSetMeansNoneAreSaid() throws {
        var loaded = DemoWorkspace.load()
        loaded.workspace.actions = loaded.workspace.actions?.map { action in
            var action = action
            if action.id == "A-003" { action.status = .dropped }
            return action
        }
        let baseline = DemoWorkspace.previousMeeting()
        let dropped = Scorecard(loaded, asOf: asOf).withUnownedDecisions(since: baseline)
        #expect(dropped.findings.contains { $0.kind == .unownedDecision && $0.ids == ["I-DATA"] })
        loaded.workspace.actions = nil
        let none = Scorecard(loaded, asOf: asOf).withUnownedDecisions(since: baseline)
        #expect(!none.findings.contains { $0.kind == .unownedDecision })
    }

    @Test func unownedDecisionsAreNotChanges() {
        let card = Self.demo.withUnownedDecisions(since: DemoWorkspace.previousMeeting())
        let changes = Changes(since: DemoWorkspace.previousMeeting(), to: card)
        #expect(!changes.items.contains { $0.name.hasPrefix("Unowned") })
    }

    @Test func actionsAddedDoneDroppedAndSlippedAreChanges() throws {
        let baseline = DemoWorkspace.previousMeeting()
        let demo = Changes(since: baseline, to: Self.demo).actions
        #expect(demo.map(\.id) == ["A-001"])
        #expect(demo.map(\.direction) == [.better])
        #expect(demo.first?.notes == ["done on 2026-11-04"])
        #expect(demo.first?.name == "Sign the agency driver contract for peak")
        var loaded = DemoWorkspace.load()
        var actions = try #require(loaded.workspace.actions)
        actions[1].due = day("2026-11-27")
        actions[2].status = .dropped
        actions.append(ActionItem(id: "A-004", title: "New", owner: .cio, due: day("2026-12-01")))
        loaded.workspace.actions = actions
        let changes = Changes(since: baseline, to: Scorecard(loaded, asOf: asOf)).actions
        #expect(changes.map(\.id) == ["A-002", "A-004", "A-003", "A-001"])
        #expect(changes.map(\.direction) == [.worse, .new, .changed, .better])
        #expect(changes[0].notes == ["due slipped 2026-11-13 → 2026-11-27"])
        #expect(changes[1].notes == ["new action, open, due 2026-12-01"])
        #expect(changes[2].notes == ["dropped"])
        #expect(changes.allSatisfy { $0.area == .action })
    }

    @Test func aDueDateRemovedIsWorseAndOneSetIsAChange() throws {
        let baseline = DemoWorkspace.previousMeeting()
        var loaded = DemoWorkspace.load()
        var actions = try #require(loaded.workspace.actions)
        actions[1].due = nil
        loaded.workspace.actions = actions
        let removed = Changes(since: baseline, to: Scorecard(loaded, asOf: asOf)).actions
        let change = try #require(removed.first { $0.id == "A-002" })
        #expect(change.direction == .worse)
        #expect(change.notes == ["due date removed (was 2026-11-13)"])
    }

    @Test func theBaselineKeepsTheActionsAndReadsThemBack() throws {
        let json = ExportDocument.json(Self.demo).rendered()
        let baseline = try Baseline(name: "b", json: Data(json.utf8), file: "b.json")
        #expect(baseline.actions?.map(\.id) == ["A-001", "A-002", "A-003"])
        #expect(baseline.actions?.first?.status == .done)
        let older = try Baseline(
            name: "old",
            json: Data(#"{"as_of":"2026-10-01","kpis":[],"risks":[],"initiatives":[],"findings":[]}"#.utf8),
            file: "old.json")
        #expect(older.actions == nil)
        #expect(Changes(since: older, to: Self.demo).actions.isEmpty)
    }
}
