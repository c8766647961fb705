import Testing

@testable import TandemCore

/// KPI status against target and warn, in both directions, with and without a written `warn`.
@Suite struct KPIAssessmentTests {
    private func status(
        _ direction: Direction, target: Double, warn: Double? = nil, value: Double,
        settings: Settings = defaults
    ) -> KPIStatus {
        assess(makeKPI(direction, target: target, warn: warn, history: [("2026-11-15", value)]), settings: settings)
            .status
    }

    // MARK: - Higher is better

    @Test func greenAtExactlyTheTargetForHigherIsBetter() {
        #expect(status(.higher, target: 99.5, warn: 99, value: 99.5) == .green)
    }

    @Test func greenAboveTheTargetForHigherIsBetter() {
        #expect(status(.higher, target: 99.5, warn: 99, value: 100) == .green)
    }

    @Test func amberJustBelowTheTargetForHigherIsBetter() {
        #expect(status(.higher, target: 99.5, warn: 99, value: 99.49) == .amber)
    }

    @Test func amberAtExactlyWarnForHigherIsBetter() {
        #expect(status(.higher, target: 99.5, warn: 99, value: 99) == .amber)
    }

    @Test func redWhenBelowWarnForHigherIsBetter() {
        #expect(status(.higher, target: 99.5, warn: 99, value: 98.99) == .red)
    }

    // MARK: - Lower is better

    @Test func greenAtExactlyTheTargetForLowerIsBetter() {
        #expect(status(.lower, target: 8, warn: 10, value: 8) == .green)
    }

    @Test func greenBelowTheTargetForLowerIsBetter() {
        #expect(status(.lower, target: 8, warn: 10, value: 0) == .green)
    }

    @Test func amberJustAboveTheTargetForLowerIsBetter() {
        #expect(status(.lower, target: 8, warn: 10, value: 8.01) == .amber)
    }

    @Test func amberAtExactlyWarnForLowerIsBetter() {
        #expect(status(.lower, target: 8, warn: 10, value: 10) == .amber)
    }

    @Test func redWhenAboveWarnForLowerIsBetter() {
        #expect(status(.lower, target: 8, warn: 10, value: 10.01) == .red)
    }

    @Test func warnEqualToTargetLeavesNoAmberBand() {
        #expect(status(.higher, target: 95, warn: 95, value: 95) == .green)
        #expect(status(.higher, target: 95, warn: 95, value: 94.99) == .red)
    }

    // MARK: - Default band

    @Test func defaultWarnIsTenPercentBelowTheTargetForHigherIsBetter() {
        let item = assess(makeKPI(.higher, target: 200, history: [("2026-11-15", 180)]))
        #expect(item.warnLimit == 180)
        #expect(item.status == .amber)
        #expect(status(.higher, target: 200, value: 179.99) == .red)
        #expect(status(.higher, target: 200, value: 199.99) == .amber)
        #expect(status(.higher, target: 200, value: 200) == .green)
    }

    @Test func defaultWarnIsTenPercentAboveTheTargetForLowerIsBetter() {
        let item = assess(makeKPI(.lower, target: 50, history: [("2026-11-15", 55)]))
        #expect(item.warnLimit == 55)
        #expect(item.status == .amber)
        #expect(status(.lower, target: 50, value: 55.01) == .red)
        #expect(status(.lower, target: 50, value: 50.01) == .amber)
        #expect(status(.lower, target: 50, value: 50) == .green)
    }

    @Test func defaultBandFollowsWarnBandPct() {
        var settings = defaults
        settings.warnBandPct = 20
        #expect(assess(makeKPI(.higher, target: 100), settings: settings).warnLimit == 80)
        #expect(assess(makeKPI(.lower, target: 100), settings: settings).warnLimit == 120)
        #expect(status(.higher, target: 100, value: 80, settings: settings) == .amber)
        #expect(status(.higher, target: 100, value: 79.9, settings: settings) == .red)
    }

    @Test func defaultBandIsAShareOfTheTargetsMagnitude() {
        #expect(assess(makeKPI(.higher, target: -10)).warnLimit == -11)
        #expect(assess(makeKPI(.lower, target: -10)).warnLimit == -9)
    }

    @Test func aZeroTargetHasNoDefaultAmberBand() {
        #expect(assess(makeKPI(.lower, target: 0)).warnLimit == 0)
        #expect(status(.lower, target: 0, value: 0) == .green)
        #expect(status(.lower, target: 0, value: 0.1) == .red)
    }

    @Test func writtenWarnWinsOverTheDefaultBand() {
        #expect(assess(makeKPI(.higher, target: 100, warn: 97)).warnLimit == 97)
        #expect(status(.higher, target: 100, warn: 97, value: 96) == .red)
    }

    /// Values written exactly at the default limit, with targets that have a decimal, as people
    /// type them: 1.2 + 10% = 1.32, 1.1 − 10% = 0.99.
    @Test(arguments: [
        (Direction.lower, 1.2, 1.32), (.lower, 0.3, 0.33), (.lower, 2.4, 2.64),
        (.higher, 1.1, 0.99), (.higher, 2.2, 1.98), (.higher, 4.2, 3.78),
    ])
    func amberAtExactlyTheDefaultWarnWithDecimalTargets(_ direction: Direction, _ target: Double, _ value: Double) {
        #expect(status(direction, target: target, value: value) == .amber)
    }

    // MARK: - No data

    @Test func noDataWithoutAnyRow() {
        let item = assess(makeKPI(.higher, target: 90))
        #expect(item.status == .noData)
        #expect(item.latest == nil)
        #expect(item.previous == nil)
        #expect(item.ageDays == nil)
        #expect(item.counted == [])
    }

    @Test func noDataWhenEveryRowIsEmpty() {
        let item = assess(makeKPI(.higher, target: 90, history: [("2026-09-30", nil), ("2026-10-31", nil)]))
        #expect(item.status == .noData)
        #expect(item.latest == nil)
        #expect(item.trend == nil)
        #expect(item.change == nil)
        #expect(item.notYetCounted == 0)
    }

    @Test func noDataWhenTheOnlyValuesAreAfterTheAsOfDate() {
        let item = assess(makeKPI(.higher, target: 90, history: [("2026-11-30", 95)]))
        #expect(item.status == .noData)
        #expect(item.notYetCounted == 1)
    }

    @Test func theLatestValueIsTheLatestPeriodThatHasOne() {
        let item = assess(
            makeKPI(
                .higher, target: 90,
                history: [
                    ("2026-08-31", 80), ("2026-09-30", 85), ("2026-10-31", nil),
                ]))
        #expect(item.latest == Observation(period: day("2026-09-30"), value: 85))
        #expect(item.previous == Observation(period: day("2026-08-31"), value: 80))
        #expect(item.counted.map(\.value) == [80, 85])
        #expect(item.ageDays == 51)
    }

    @Test func statusRawValuesAreThoseOfTheExport() {
        #expect(KPIStatus.allCases.map(\.rawValue) == ["green", "amber", "red", "stale", "no_data"])
        #expect(KPIStatus.allCases.map(\.rag) == [.green, .amber, .red, nil, nil])
    }
}
