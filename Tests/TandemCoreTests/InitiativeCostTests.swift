import Testing

@testable import TandemCore

/// Forecast against budget: the written forecast, else spent scaled by progress, else spent.
@Suite struct InitiativeCostTests {
    private func assessed(
        progress: Double = 50, budget: Double? = 1000, spent: Double? = nil,
        forecast: Double? = nil, settings: Settings = defaults
    ) -> InitiativeAssessment {
        let initiative = makeInitiative(
            start: "2026-11-01", due: "2027-01-01", progress: progress,
            budget: budget, spent: spent, forecast: forecast)
        return InitiativeAssessment(initiative, settings: settings, asOf: asOf)
    }

    @Test(arguments: [
        (900.0, RAG.green), (1000, .green), (1000.01, .amber), (1050, .amber), (1100, .amber),
        (1100.01, .red), (2000, .red),
    ])
    func costBoundariesAtOneHundredAndOneHundredTenPercent(_ forecast: Double, _ expected: RAG) {
        #expect(assessed(forecast: forecast).cost == expected)
    }

    @Test(arguments: [(300_000.0, 330_000.0), (1_200_000, 1_320_000), (200_000, 220_000)])
    func exactlyOneHundredTenPercentIsAmberForAnyBudget(_ budget: Double, _ forecast: Double) {
        #expect(assessed(budget: budget, forecast: forecast).cost == .amber)
    }

    @Test func forecastPercentIsOfTheBudget() {
        #expect(assessed(forecast: 960).forecastPercent == 96)
        #expect(assessed(forecast: 960).forecast == 960)
    }

    @Test func costBoundariesFollowTheManifest() {
        var settings = defaults
        settings.costAmberPct = 90
        settings.costRedPct = 95
        #expect(assessed(forecast: 900, settings: settings).cost == .green)
        #expect(assessed(forecast: 950, settings: settings).cost == .amber)
        #expect(assessed(forecast: 951, settings: settings).cost == .red)
    }

    @Test func theWrittenForecastWinsOverSpent() {
        let item = assessed(progress: 10, spent: 900, forecast: 1000)
        #expect(item.forecast == 1000)
        #expect(item.cost == .green)
    }

    @Test func withoutAForecastSpentIsScaledByProgress() {
        let item = assessed(progress: 40, spent: 500)
        #expect(item.forecast == 1250)
        #expect(item.forecastPercent == 125)
        #expect(item.cost == .red)
    }

    @Test func atZeroProgressTheForecastIsWhatWasSpent() {
        let item = assessed(progress: 0, spent: 250)
        #expect(item.forecast == 250)
        #expect(item.forecastPercent == 25)
        #expect(item.cost == .green)
    }

    @Test func atZeroProgressAndZeroSpentTheForecastIsZero() {
        let item = assessed(progress: 0, spent: 0)
        #expect(item.forecastPercent == 0)
        #expect(item.cost == .green)
    }

    @Test func noBudgetMeansNoCost() {
        let item = assessed(budget: nil, spent: 500, forecast: 5000)
        #expect(item.cost == nil)
        #expect(item.forecastPercent == nil)
        #expect(item.forecast == 5000)
    }

    @Test func noSpentAndNoForecastMeansNoCost() {
        let item = assessed(budget: 1000)
        #expect(item.forecast == nil)
        #expect(item.cost == nil)
    }

    @Test func costCountsTowardsHealth() {
        let item = assessed(progress: 60, forecast: 1200)
        #expect(item.schedule == .green)
        #expect(item.cost == .red)
        #expect(item.health == .red)
    }
}
