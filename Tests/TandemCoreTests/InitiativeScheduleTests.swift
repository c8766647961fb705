import Testing

@testable import TandemCore

/// Planned progress from the time elapsed, points behind plan, past due, and which initiatives get
/// a health at all. The fixtures run 100 days, from 2026-01-01 to 2026-04-11, so planned progress
/// is the number of days elapsed.
@Suite struct InitiativeScheduleTests {
    private let start = "2026-01-01", due = "2026-04-11"

    private func assessed(
        progress: Double, day elapsed: Int, stage: Stage = .active,
        settings: Settings = defaults
    ) -> InitiativeAssessment {
        let initiative = makeInitiative(stage: stage, start: start, due: due, progress: progress)
        return InitiativeAssessment(initiative, settings: settings, asOf: day(start).adding(days: elapsed))
    }

    @Test func plannedProgressIsTheShareOfTimeElapsed() {
        let item = assessed(progress: 40, day: 50)
        #expect(item.plannedProgress == 50)
        #expect(item.pointsBehind == 10)
    }

    @Test func elapsedIsClampedBeforeTheStart() {
        let item = assessed(progress: 0, day: -30)
        #expect(item.plannedProgress == 0)
        #expect(item.pointsBehind == 0)
        #expect(item.schedule == .green)
    }

    @Test func elapsedIsClampedAfterTheDueDate() {
        let item = assessed(progress: 100, day: 150)
        #expect(item.plannedProgress == 100)
        #expect(item.pointsBehind == 0)
    }

    @Test func anInitiativeStartingOnTheAsOfDateIsOnPlan() {
        let item = assessed(progress: 0, day: 0)
        #expect(item.plannedProgress == 0)
        #expect(item.pointsBehind == 0)
        #expect(item.schedule == .green)
        #expect(item.health == .green)
    }

    @Test func aheadOfPlanIsGreenWithNegativePointsBehind() {
        let item = assessed(progress: 70, day: 50)
        #expect(item.pointsBehind == -20)
        #expect(item.schedule == .green)
    }

    // MARK: - Boundaries at 5 and 15 points

    @Test(arguments: [
        (45.5, RAG.green), (45.01, .green), (45, .amber), (35.5, .amber), (35.01, .amber), (35, .red), (20, .red),
    ])
    func scheduleBoundaries(_ progress: Double, _ expected: RAG) {
        #expect(assessed(progress: progress, day: 50).schedule == expected)
    }

    /// The same boundaries on other days: planned progress 57, 29 and 58 are whole numbers.
    @Test(arguments: [
        (57, 52.0, RAG.amber), (57, 42.0, .red), (29, 24.0, .amber), (58, 43.0, .red), (28, 23.0, .amber),
    ])
    func scheduleBoundariesOnOtherDays(_ elapsed: Int, _ progress: Double, _ expected: RAG) {
        #expect(assessed(progress: progress, day: elapsed).schedule == expected)
    }

    @Test func scheduleBoundariesFollowTheManifest() {
        var settings = defaults
        settings.behindAmberPoints = 10
        settings.behindRedPoints = 20
        #expect(assessed(progress: 40.5, day: 50, settings: settings).schedule == .green)
        #expect(assessed(progress: 40, day: 50, settings: settings).schedule == .amber)
        #expect(assessed(progress: 30, day: 50, settings: settings).schedule == .red)
    }

    @Test func limitsInTheWrongOrderNeverRateRedWorkGreen() {
        var settings = defaults
        (settings.behindAmberPoints, settings.behindRedPoints) = (15, 5)
        (settings.costAmberPct, settings.costRedPct) = (110, 100)
        #expect(assessed(progress: 40, day: 50, settings: settings).schedule == .red)  // 10 behind, past red 5
        let costly = InitiativeAssessment(
            makeInitiative(start: start, due: due, progress: 50, budget: 100, forecast: 105),
            settings: settings, asOf: day(start).adding(days: 50))
        #expect(costly.cost == .red)
    }

    // MARK: - Past due

    @Test func pastDueAndNotFinishedIsRed() {
        let item = assessed(progress: 99, day: 101)
        #expect(item.isPastDue)
        #expect(item.pointsBehind == 1)
        #expect(item.schedule == .red)
        #expect(item.health == .red)
    }

    @Test func pastDueAtOneHundredIsNotRed() {
        let item = assessed(progress: 100, day: 101)
        #expect(!item.isPastDue)
        #expect(item.schedule == .green)
    }

    @Test func onTheDueDayItIsNotYetPastDue() {
        let item = assessed(progress: 99, day: 100)
        #expect(!item.isPastDue)
        #expect(item.plannedProgress == 100)
        #expect(item.schedule == .green)
    }

    // MARK: - Only active initiatives get a health

    @Test(arguments: [Stage.proposed, .paused, .done, .cancelled])
    func onlyActiveInitiativesGetAHealth(_ stage: Stage) {
        let initiative = makeInitiative(
            stage: stage, start: start, due: due, progress: 10, budget: 100, spent: 500,
            milestones: [Milestone(initiative: "I", name: "M", due: day("2026-01-15"), isKey: true)])
        let item = InitiativeAssessment(initiative, settings: defaults, asOf: day("2026-06-01"))
        #expect(item.health == nil)
        #expect(item.schedule == nil)
        #expect(item.cost == nil)
        #expect(item.milestones == nil)
        #expect(item.pointsBehind == nil)
        #expect(item.forecastPercent == nil)
    }
}
