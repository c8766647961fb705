import TandemTestSupport
import Testing

@testable import TandemCore

/// A KPI goes stale when its latest period ends more than one frequency plus `stale_grace_days`
/// before the as-of date; values dated after the as-of date are not counted yet.
@Suite struct KPIStalenessTests {
    private func item(_ frequency: Frequency, latestDaysAgo days: Int, settings: Settings = defaults) -> KPIAssessment {
        let period = asOf.adding(days: -days)
        let kpi = KPI(
            id: "K", name: "K", owner: .cio, direction: .higher, target: 90, frequency: frequency,
            history: [Observation(period: period, value: 95)])
        return assess(kpi, settings: settings)
    }

    @Test(arguments: [(Frequency.daily, 8), (.weekly, 14), (.monthly, 38), (.quarterly, 99)])
    func notStaleAtExactlyTheLimit(_ frequency: Frequency, _ limit: Int) {
        let assessed = item(frequency, latestDaysAgo: limit)
        #expect(assessed.status == .green)
        #expect(assessed.ageDays == limit)
    }

    @Test(arguments: [(Frequency.daily, 9), (.weekly, 15), (.monthly, 39), (.quarterly, 100)])
    func staleOneDayPastTheLimit(_ frequency: Frequency, _ days: Int) {
        let assessed = item(frequency, latestDaysAgo: days)
        #expect(assessed.status == .stale)
        #expect(assessed.latest?.value == 95)
        #expect(assessed.ageDays == days)
    }

    @Test func frequenciesCountTheDaysOfTheSpec() {
        #expect(Frequency.allCases.map(\.days) == [1, 7, 31, 92])
    }

    @Test func graceDaysComeFromTheManifest() {
        var settings = defaults
        settings.staleGraceDays = 0
        #expect(item(.monthly, latestDaysAgo: 31, settings: settings).status == .green)
        #expect(item(.monthly, latestDaysAgo: 32, settings: settings).status == .stale)
    }

    @Test func aValueForTheAsOfDateItselfIsCounted() {
        let assessed = item(.daily, latestDaysAgo: 0)
        #expect(assessed.status == .green)
        #expect(assessed.ageDays == 0)
        #expect(assessed.notYetCounted == 0)
    }

    @Test func staleWinsOverARedValue() {
        let kpi = makeKPI(.higher, target: 90, warn: 80, history: [("2026-01-31", 10)])
        #expect(assess(kpi).status == .stale)
    }

    @Test func valuesDatedAfterTheAsOfDateAreNotCounted() {
        let kpi = makeKPI(
            .higher, target: 90, warn: 80, frequency: .monthly,
            history: [
                ("2026-09-30", 70), ("2026-10-31", 85), ("2026-11-30", 99), ("2026-12-31", nil),
            ])
        let assessed = assess(kpi)
        #expect(assessed.status == .amber)
        #expect(assessed.latest?.value == 85)
        #expect(assessed.previous?.value == 70)
        #expect(assessed.notYetCounted == 1)
        #expect(assessed.counted.map(\.value) == [70, 85])
    }

    @Test func aMonthEndingAfterTheAsOfDateIsNotCountedEvenMidMonth() throws {
        let loaded = try WorkspaceFixture().rows("measurements.csv", "K1,2026-10,99.5", "K1,2026-11,90").load()
        let card = Scorecard(loaded, asOf: day("2026-11-20"))
        #expect(card.kpis[0].latest?.value == 99.5)
        #expect(card.kpis[0].notYetCounted == 1)
    }

    @Test func aWarningSaysHowManyValuesAreNotCountedYet() throws {
        let loaded = try WorkspaceFixture()
            .rows("kpis.csv", WorkspaceFixture.kpiRow, "K2,No-shows,coo,lower,8,10,,%,operational,monthly,,")
            .rows(
                "measurements.csv", "K1,2026-10,99.5", "K1,2026-11,90", "K1,2026-12,91", "K2,2026-12-01,9",
                "K2,2027-01,"
            ).load()
        #expect(loaded.diagnostics == [])
        let card = Scorecard(loaded, asOf: asOf)
        #expect(
            card.diagnostics.map(\.description) == [
                "measurements.csv: period: 3 values are dated after the as-of date 2026-11-20 and not counted yet "
                    + "(K1, K2); expected periods ending on or before the as-of date"
            ])
        #expect(card.diagnostics.first?.severity == .warning)
        #expect(card.warningCount == 1)
        #expect(card.errorCount == 0)
    }

    @Test func theWarningIsSingularForOneValue() throws {
        let loaded = try WorkspaceFixture().rows("measurements.csv", "K1,2026-10,99.5", "K1,2026-11,90").load()
        let card = Scorecard(loaded, asOf: asOf)
        #expect(
            card.diagnostics.map(\.message) == [
                "1 value is dated after the as-of date 2026-11-20 and not counted yet (K1); expected periods ending "
                    + "on or before the as-of date"
            ])
    }

    @Test func noWarningWhenEverythingIsCounted() throws {
        let card = Scorecard(try WorkspaceFixture().load(), asOf: asOf)
        #expect(card.diagnostics == [])
    }
}
