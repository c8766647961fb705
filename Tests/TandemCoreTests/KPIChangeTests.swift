import Testing

@testable import TandemCore

/// Change since the previous value, the trend of the last six values, and achievement.
@Suite struct KPIChangeTests {
    private func values(_ values: [Double?]) -> KPIAssessment { self.values(.higher, values) }

    private func values(
        _ direction: Direction, target: Double = 100, baseline: Double? = nil,
        _ values: [Double?]
    ) -> KPIAssessment {
        var history: [(String, Double?)] = []
        for (index, value) in values.enumerated() {
            history.append((asOf.adding(days: -7 * (values.count - 1 - index)).description, value))
        }
        return assess(makeKPI(direction, target: target, baseline: baseline, frequency: .weekly, history: history))
    }

    // MARK: - Change

    @Test func changeIsLatestMinusPrevious() {
        let item = values([80, 90])
        #expect(item.change == 10)
        #expect(item.changePercent == 12.5)
        #expect(item.changeIsBetter == true)
    }

    @Test func aRiseIsWorseWhenLowerIsBetter() {
        let item = values(.lower, [80, 90])
        #expect(item.change == 10)
        #expect(item.changeIsBetter == false)
    }

    @Test func aFallIsBetterWhenLowerIsBetterAndWorseWhenHigherIsBetter() {
        #expect(values(.lower, [90, 72]).changeIsBetter == true)
        #expect(values(.higher, [90, 72]).changeIsBetter == false)
        #expect(values(.higher, [90, 72]).changePercent == -20)
    }

    @Test func noChangeIsNeitherBetterNorWorse() {
        let item = values([90, 90])
        #expect(item.change == 0)
        #expect(item.changePercent == 0)
        #expect(item.changeIsBetter == nil)
    }

    @Test func changeFromZeroHasNoPercentage() {
        let item = values([0, 5])
        #expect(item.change == 5)
        #expect(item.changePercent == nil)
        #expect(item.changeIsBetter == true)
    }

    @Test func changePercentIsOfThePreviousMagnitude() {
        let item = values([-50, -40])
        #expect(item.change == 10)
        #expect(item.changePercent == 20)
    }

    @Test func noChangeWithOneValue() {
        let item = values([90])
        #expect(item.previous == nil)
        #expect(item.change == nil)
        #expect(item.changePercent == nil)
        #expect(item.changeIsBetter == nil)
    }

    @Test func changeSkipsEmptyPeriods() {
        let item = values([80, nil, 90, nil])
        #expect(item.latest?.value == 90)
        #expect(item.previous?.value == 80)
        #expect(item.change == 10)
    }

    // MARK: - Trend

    @Test func trendUp() {
        #expect(values([10, 11, 12, 13]).trend == .up)
    }

    @Test func trendDown() {
        #expect(values([13, 12, 12, 10]).trend == .down)
    }

    @Test func trendFlatWhenTheLineMovesLessThanOnePercentOfTheMean() {
        // Rise across the two values 0.99, 1% of the mean magnitude 1.00495.
        #expect(values([100, 100.99]).trend == .flat)
        #expect(values([100, 101.1]).trend == .up)
        #expect(values([100, 98.9]).trend == .down)
    }

    @Test func trendFlatForConstantValues() {
        #expect(values([5, 5, 5]).trend == .flat)
        #expect(values([0, 0]).trend == .flat)
    }

    @Test func noTrendWithFewerThanTwoValues() {
        #expect(values([]).trend == nil)
        #expect(values([42]).trend == nil)
        #expect(values([42, nil, nil]).trend == nil)
    }

    @Test func trendUsesOnlyTheLastSixValues() {
        // A fall from 1000 before the last six would make the line go down.
        #expect(values([1000, 10, 11, 12, 13, 14, 15]).trend == .up)
        #expect(KPIAssessment.trend(of: [1000, 10, 11, 12, 13, 14, 15]) == .down)
    }

    @Test func trendIsTheLeastSquaresLineNotTheEnds() {
        // The ends are equal but the line through all points rises.
        #expect(KPIAssessment.trend(of: [10, 20, 30, 40, 10]) == .up)
        #expect(KPIAssessment.trend(of: [10, 0, 0, 0, 10]) == .flat)
    }

    // MARK: - Achievement

    @Test func achievementIsTheShareOfTheWayFromBaselineToTarget() {
        #expect(values(.higher, target: 100, baseline: 80, [90]).achievement == 0.5)
        #expect(values(.higher, target: 100, baseline: 80, [100]).achievement == 1)
        #expect(values(.higher, target: 100, baseline: 80, [70]).achievement == -0.5)
    }

    @Test func achievementWorksWhenLowerIsBetter() {
        #expect(values(.lower, target: 10, baseline: 20, [15]).achievement == 0.5)
        #expect(values(.lower, target: 10, baseline: 20, [5]).achievement == 1.5)
    }

    @Test func noAchievementWithoutABaseline() {
        #expect(values(.higher, target: 100, [90]).achievement == nil)
    }

    @Test func noAchievementWithoutAValue() {
        #expect(values(.higher, target: 100, baseline: 80, []).achievement == nil)
    }

    @Test func noAchievementWhenBaselineEqualsTarget() {
        #expect(values(.higher, target: 100, baseline: 100, [90]).achievement == nil)
    }
}
