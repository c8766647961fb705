import TandemTestSupport
import Testing

@testable import TandemCore

/// Milestones past due: a key one makes the initiative red, any other amber.
@Suite struct InitiativeMilestoneTests {
    private func milestone(_ name: String, due: String, done: String? = nil, key: Bool = false) -> Milestone {
        Milestone(initiative: "I", name: name, due: day(due), done: done.map { day($0) }, isKey: key)
    }

    private func assessed(_ milestones: [Milestone]) -> InitiativeAssessment {
        // On plan (planned ≈ 50 on 2026-11-20), so only milestones decide the health.
        let initiative = makeInitiative(start: "2026-10-01", due: "2027-01-09", progress: 60, milestones: milestones)
        return InitiativeAssessment(initiative, settings: defaults, asOf: asOf)
    }

    @Test func noMilestonesMeansNoMilestoneRating() {
        let item = assessed([])
        #expect(item.milestones == nil)
        #expect(item.health == .green)
        #expect(item.nextMilestone == nil)
    }

    @Test func allMetIsGreen() {
        #expect(assessed([milestone("A", due: "2026-11-01", done: "2026-10-30", key: true)]).milestones == .green)
    }

    @Test func notYetDueIsGreen() {
        let item = assessed([milestone("A", due: "2026-12-01", key: true)])
        #expect(item.milestones == .green)
        #expect(item.nextMilestone?.name == "A")
    }

    @Test func dueOnTheAsOfDateIsNotYetMissed() {
        #expect(assessed([milestone("A", due: "2026-11-20", key: true)]).milestones == .green)
    }

    @Test func aKeyMilestoneMissedIsRed() {
        let item = assessed([milestone("A", due: "2026-11-19", key: true)])
        #expect(item.milestones == .red)
        #expect(item.health == .red)
        #expect(item.missedMilestones.map(\.name) == ["A"])
    }

    @Test func anotherMilestoneMissedIsAmber() {
        let item = assessed([milestone("A", due: "2026-11-19")])
        #expect(item.milestones == .amber)
        #expect(item.health == .amber)
    }

    @Test func keyMissedWinsOverOtherMissed() {
        #expect(
            assessed([milestone("A", due: "2026-10-01"), milestone("B", due: "2026-11-01", key: true)]).milestones
                == .red)
    }

    @Test func doneAfterItsDueIsNotMissed() {
        let item = assessed([milestone("A", due: "2026-10-15", done: "2026-11-02", key: true)])
        #expect(item.milestones == .green)
        #expect(item.missedMilestones == [])
    }

    @Test func doneOnTheAsOfDateIsDone() {
        #expect(assessed([milestone("A", due: "2026-11-01", done: "2026-11-20", key: true)]).milestones == .green)
    }

    @Test func aDoneDateAfterTheAsOfDateIsNotYetDone() {
        let item = assessed([
            milestone("A", due: "2026-11-01", done: "2026-11-25", key: true),
            milestone("B", due: "2026-12-20"),
        ])
        #expect(item.milestones == .red)
        #expect(item.nextMilestone?.name == "A")
    }

    @Test func milestonesFromTheFileAreSortedByDue() throws {
        let loaded = try WorkspaceFixture().rows(
            "milestones.csv", "I1,Late,2026-12-01,,no", "I1,Early,2026-03-01,2026-03-01,yes",
            "I1,Same day,2026-12-01,,yes"
        ).load()
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.initiatives[0].milestones.map(\.name) == ["Early", "Late", "Same day"])
        #expect(loaded.workspace.initiatives[0].milestones.map(\.isKey) == [true, false, true])
    }

    @Test func healthIsTheWorstOfScheduleCostAndMilestones() {
        let initiative = makeInitiative(
            start: "2026-10-01", due: "2027-01-09", progress: 40, budget: 100, forecast: 105,
            milestones: [milestone("A", due: "2026-11-01")])
        let item = InitiativeAssessment(initiative, settings: defaults, asOf: asOf)
        #expect(item.schedule == .amber)
        #expect(item.cost == .amber)
        #expect(item.milestones == .amber)
        #expect(item.health == .amber)
    }
}
