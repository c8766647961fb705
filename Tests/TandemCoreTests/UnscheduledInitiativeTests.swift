import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// SPEC.md § Initiative health for work with no schedule to measure, and the reported rating: an
/// unscheduled initiative gets no schedule rating, its cost is what it forecasts or spent, its
/// health comes from the reported rating only when nothing is measured; an optimistic report is a
/// rating better than the health measured. As of 2026-11-20, with the default thresholds.
@Suite struct UnscheduledInitiativeTests {
    private func assessed(_ initiative: Initiative) -> InitiativeAssessment {
        InitiativeAssessment(initiative, settings: defaults, asOf: asOf)
    }

    // MARK: - Health

    @Test func withoutProgressThereIsNoScheduleRatingAndNoPointsBehind() {
        let item = assessed(makeInitiative(progress: nil))
        #expect(!item.initiative.isScheduled)
        #expect(item.schedule == nil)
        #expect(item.pointsBehind == nil)
        #expect(!item.isPastDue)
        #expect(item.health == nil)
        #expect(!item.healthIsReported)
    }

    @Test func withoutDatesThereIsNoPlannedProgress() {
        let item = assessed(makeInitiative(start: nil, due: nil, progress: 30))
        #expect(item.plannedProgress == nil)
        #expect(item.schedule == nil)
        #expect(item.pointsBehind == nil)
    }

    @Test func pastTheDueDateWithUnknownProgressIsNotPastDue() {
        // Due 2026-10-31, 20 days before the as-of date: whether it is finished is not known.
        let item = assessed(makeInitiative(due: "2026-10-31", progress: nil))
        #expect(!item.isPastDue)
        #expect(item.schedule == nil)
    }

    @Test func costWithoutProgressIsWhatItSpentSoFar() {
        // 600 spent of 1,000: 60%, green; not projected, as progress is unknown.
        let item = assessed(makeInitiative(progress: nil, budget: 1000, spent: 600))
        #expect(item.forecast == 600)
        #expect(item.forecastPercent == 60)
        #expect(item.cost == .green)
        #expect(item.health == .green)
        #expect(!item.healthIsReported)
        // The same spend at 50% progress projects to 1,200: 120%, red.
        #expect(assessed(makeInitiative(progress: 50, budget: 1000, spent: 600)).forecastPercent == 120)
    }

    @Test func aForecastWinsOverSpendWithoutProgress() {
        // 1,150 of 1,000: 115%, above the red limit of 110%.
        let item = assessed(makeInitiative(progress: nil, budget: 1000, spent: 100, forecast: 1150))
        #expect(item.forecastPercent == 115)
        #expect(item.cost == .red)
        #expect(item.health == .red)
    }

    @Test(arguments: [
        (Rating.green, RAG.green), (.amberGreen, .amber), (.amber, .amber), (.amberRed, .red), (.red, .red),
    ])
    func withNothingMeasuredTheHealthIsTheReportedRating(_ rating: Rating, _ health: RAG) {
        let item = assessed(makeInitiative(progress: nil, rating: rating))
        #expect(item.health == health)
        #expect(item.healthIsReported)
        #expect(!item.isOptimisticReport)
    }

    @Test func withNothingMeasuredAndNothingReportedItIsNotRated() {
        let item = assessed(makeInitiative(start: nil, due: nil, progress: nil))
        #expect(item.health == nil)
        #expect(!item.healthIsReported)
    }

    @Test func aMeasuredHealthWinsOverTheReportedRating() {
        // Milestones only: one key milestone missed, so red, whatever the sponsor reports.
        let missed = Milestone(initiative: "I", name: "Go live", due: day("2026-11-01"), isKey: true)
        let item = assessed(makeInitiative(progress: nil, rating: .green, milestones: [missed]))
        #expect(item.milestones == .red)
        #expect(item.health == .red)
        #expect(!item.healthIsReported)
        #expect(item.isOptimisticReport)
    }

    @Test func onlyActiveInitiativesGetAHealthFromTheirRating() {
        for stage in [Stage.proposed, .paused, .done, .cancelled] {
            let item = assessed(makeInitiative(stage: stage, progress: nil, rating: .green))
            #expect(item.health == nil, "\(stage)")
            #expect(!item.healthIsReported, "\(stage)")
        }
    }

    // MARK: - Optimistic report

    /// 50% planned by 2026-11-20 on a 2026-05-24 to 2027-05-17 plan (hand-computed: 180 of 358
    /// days), so 20% progress is 30 points behind: red.
    private func behind(rating: Rating?, id: String = "I", stage: Stage = .active) -> Initiative {
        makeInitiative(id: id, stage: stage, start: "2026-05-24", due: "2027-05-17", progress: 20, rating: rating)
    }

    private func findings(_ initiatives: [Initiative]) -> [Finding] {
        scorecard(initiatives: initiatives).findings.filter { $0.kind == .optimisticReport }
    }

    @Test func aGreenReportOnRedWorkIsAnOptimisticReport() {
        let item = assessed(behind(rating: .green))
        #expect(item.plannedProgress.map { ($0 * 1000).rounded() / 1000 } == 50.279)
        #expect(item.schedule == .red)
        #expect(
            findings([behind(rating: .green)]) == [
                Finding(kind: .optimisticReport, ids: ["I"], detail: "Initiative I: reported green, measured red")
            ])
    }

    @Test func anAmberGreenReportOnRedWorkIsOptimisticToo() {
        #expect(
            findings([behind(rating: .amberGreen)]).map(\.detail) == [
                "Initiative I: reported amber-green, measured red"
            ])
    }

    @Test(arguments: [Rating.red, .amberRed])
    func aReportAsBadAsTheMeasureIsNoFinding(_ rating: Rating) {
        #expect(findings([behind(rating: rating)]) == [])
    }

    @Test func anAmberGreenReportOnAmberWorkIsNoFinding() {
        // Amber-green counts as amber: 10 points behind on the same plan is amber.
        let amber = makeInitiative(start: "2026-05-24", due: "2027-05-17", progress: 40, rating: .amberGreen)
        #expect(assessed(amber).health == .amber)
        #expect(findings([amber]) == [])
    }

    @Test func noFindingWhenTheHealthIsTakenFromTheRatingOrNothingIsReported() {
        #expect(findings([makeInitiative(progress: nil, rating: .green)]) == [])
        #expect(findings([behind(rating: nil)]) == [])
    }

    @Test func noFindingForWorkThatIsNotActive() {
        #expect(
            findings([behind(rating: .green, stage: .paused), behind(rating: .green, id: "J", stage: .done)]) == [])
    }

    // MARK: - Low adoption

    @Test func lowAdoptionWithUnknownProgressCountsOnlyDoneWork() {
        let active = makeInitiative(id: "A", progress: nil, adoption: 20)
        let done = makeInitiative(id: "D", stage: .done, progress: nil, adoption: 20)
        let found = scorecard(initiatives: [active, done]).findings.filter { $0.kind == .lowAdoption }
        #expect(found.map(\.ids) == [["D"]])
        #expect(found.map(\.detail) == ["Initiative D: adoption 20% at done"])
    }
}

/// The export and the changes since a baseline, for unscheduled and rated initiatives.
@Suite struct UnscheduledInitiativeExportTests {
    private static let rows = WorkspaceFixture().rows(
        "initiatives.csv", "I1,Upgrade,cio,Ann,active,,,,Amber/Green,,,,,K1,,,,",
        "I2,Portal,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1,,,,")

    private static func initiatives(_ fixture: WorkspaceFixture) throws -> [[String: Any]] {
        let loaded = try fixture.load()
        let card = Scorecard(loaded, asOf: asOf)
        let object = try JSONSerialization.jsonObject(with: Data(ExportDocument.json(card).rendered().utf8))
        return try #require((object as? [String: Any])?["initiatives"] as? [[String: Any]])
    }

    @Test func anUnscheduledInitiativeExportsNullsItsRatingAndNotScheduled() throws {
        let unscheduled = try #require(try Self.initiatives(Self.rows).first)
        #expect(unscheduled["rating"] as? String == "amber-green")
        #expect(unscheduled["scheduled"] as? Bool == false)
        #expect(unscheduled["health"] as? String == "amber")
        for key in ["progress", "planned_progress", "start", "due", "points_behind", "forecast_pct", "schedule"] {
            #expect(unscheduled[key] is NSNull, "\(key)")
        }
    }

    @Test func aScheduledInitiativeWithoutARatingExportsNullAndScheduled() throws {
        let scheduled = try #require(try Self.initiatives(Self.rows).last)
        #expect(scheduled["rating"] is NSNull)
        #expect(scheduled["scheduled"] as? Bool == true)
        #expect(scheduled["start"] as? String == "2026-01-01")
        #expect(scheduled["due"] as? String == "2026-12-31")
        #expect((scheduled["progress"] as? NSNumber)?.doubleValue == 90)
    }

    @Test func aDueDateTakenOutIsAChangeAndABaselineWithoutOneStillReads() throws {
        let before = WorkspaceFixture().rows(
            "initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1,,,,")
        let after = WorkspaceFixture().rows("initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,,90,,,,,,K1,,,,")
        let baseline = Baseline(name: "before", card: Scorecard(try before.load(), asOf: asOf))
        let changes = Changes(since: baseline, to: Scorecard(try after.load(), asOf: asOf))
        let change = try #require(changes.change(.initiative, "I1"))
        #expect(change.notes == ["due 2026-12-31 no longer given"])
        #expect(change.direction == .changed)

        // Saved while unscheduled: due is null; read back, nothing to compare.
        let json = #"""
            {"as_of": "2026-10-20", "kpis": null, "risks": null, "findings": [],
             "initiatives": [{"id": "I1", "name": "Upgrade", "sponsor": "cio", "stage": "active", "health": null,
                              "due": null, "rating": "green", "scheduled": false}]}
            """#
        let saved = try Baseline(name: "saved", json: Data(json.utf8), file: "saved.json")
        #expect(saved.initiatives.map(\.due) == [nil])
        #expect(Changes(since: saved, to: Scorecard(try before.load(), asOf: asOf)).change(.initiative, "I1") == nil)
    }
}
