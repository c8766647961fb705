import TandemTestSupport
import Testing

@testable import TandemCore

/// Interim targets: the `target` and `warn` of the latest value's measurement row are in force;
/// the KPI's target and warn otherwise. The fixture's K1 is higher-is-better, target 99, warn 98.
@Suite struct KPITargetTests {
    private static func kpi(_ rows: String...) throws -> KPIAssessment {
        let loaded = try WorkspaceFixture().with("measurements.csv", DataSet.measurements.csv(rows)).load()
        #expect(loaded.diagnostics == [])
        let card = Scorecard(loaded, asOf: asOf)
        return try #require(card.kpis.first)
    }

    private static func diagnostics(_ rows: String...) throws -> [String] {
        try WorkspaceFixture().with("measurements.csv", DataSet.measurements.csv(rows)).diagnostics()
    }

    @Test func theMeasurementsHeaderHasTargetAndWarnAfterValue() {
        #expect(DataSet.measurements.header == "kpi,period,value,target,warn,note")
    }

    @Test func theLatestRowsTargetIsInForceWithItsWarnDerivedFromTheBand() throws {
        // 93 is red against the KPI's 99 (warn 98) but green against the interim 92;
        // the interim's warn is 92 − 10% of 92 = 82.8, not the KPI's 98.
        let item = try Self.kpi("K1,2026-09,90,,,", "K1,2026-10,93,92,,")
        #expect(item.target == 92)
        #expect(item.targetIsInterim)
        #expect(abs(item.warnLimit - 82.8) < 1e-9)
        #expect(item.warnIsDefault)
        #expect(item.status == .green)
        #expect(item.latest?.target == 92)
    }

    @Test func aRowsWarnGoesWithItsTarget() throws {
        // 91: below the interim 92, at or above its warn 90: amber.
        let item = try Self.kpi("K1,2026-10,91,92,90,")
        #expect(item.target == 92)
        #expect(item.warnLimit == 90)
        #expect(!item.warnIsDefault)
        #expect(item.status == .amber)
        // 89.9 is below that warn: red.
        #expect(try Self.kpi("K1,2026-10,89.9,92,90,").status == .red)
    }

    @Test func anEarlierRowsTargetIsNotInForce() throws {
        let item = try Self.kpi("K1,2026-09,90,92,,", "K1,2026-10,93,,,")
        #expect(item.target == 99)
        #expect(!item.targetIsInterim)
        #expect(item.warnLimit == 98)
        #expect(!item.warnIsDefault)
        #expect(item.status == .red)
    }

    @Test func aLaterRowWithoutAValueDoesNotBringItsTarget() throws {
        // The latest value is October's: November's row has a target but no value.
        let item = try Self.kpi("K1,2026-10,93,,,", "K1,2026-11,,92,,")
        #expect(item.latest?.period == day("2026-10-31"))
        #expect(item.target == 99)
        #expect(item.status == .red)
    }

    @Test func lowerIsBetterDerivesTheWarnAboveTheInterimTarget() throws {
        let fixture = WorkspaceFixture()
            .rows("kpis.csv", "K1,Wait,coo,lower,8,10,,minutes,operational,monthly,,")
            .rows("measurements.csv", "K1,2026-10,10.5,10,,")
        let item = try #require(Scorecard(try fixture.load(), asOf: asOf).kpis.first)
        // Warn = 10 + 10% of 10 = 11; 10.5 is between: amber.
        #expect(item.target == 10)
        #expect(abs(item.warnLimit - 11) < 1e-9)
        #expect(item.status == .amber)
    }

    @Test func theAchievementIsAgainstTheTargetInForce() throws {
        let fixture = WorkspaceFixture()
            .rows("kpis.csv", "K1,Uptime,cio,higher,99,98,90,%,system,monthly,,")
            .rows("measurements.csv", "K1,2026-10,93,94,,")
        let item = try #require(Scorecard(try fixture.load(), asOf: asOf).kpis.first)
        // (93 − 90) / (94 − 90) = 0.75.
        #expect(item.achievement == 0.75)
    }

    @Test func aWarnWithoutATargetIsAnErrorAndTheRowIsLeftOut() throws {
        let fixture = WorkspaceFixture().rows("measurements.csv", "K1,2026-09,99,,,", "K1,2026-10,97,,96,")
        let loaded = try fixture.load()
        #expect(
            loaded.diagnostics.map(\.description) == [
                "measurements.csv:3: warn: \"96\" is given without a target; expected a target on the same row (a "
                    + "row's warn is the amber limit of its own target), or no warn (the KPI's target and warn apply)"
            ])
        #expect(loaded.workspace.kpis[0].valuesLeftOut == [3])
        #expect(loaded.workspace.kpis[0].history.map(\.value) == [99])
    }

    @Test func aWarnOnTheWrongSideOfItsRowsTargetIsAnError() throws {
        #expect(
            try Self.diagnostics("K1,2026-10,93,92,95,") == [
                "measurements.csv:2: warn: \"95\" is on the wrong side of the target 92; expected a value at or "
                    + "below the target, since higher is better"
            ])
        let lower = WorkspaceFixture()
            .rows("kpis.csv", "K1,Wait,coo,lower,8,10,,minutes,operational,monthly,,")
            .rows("measurements.csv", "K1,2026-10,9,10,9.5,")
        #expect(
            try lower.diagnostics() == [
                "measurements.csv:2: warn: \"9.5\" is on the wrong side of the target 10; expected a value at or "
                    + "above the target, since lower is better"
            ])
    }

    @Test func aTargetThatIsNotANumberIsAnErrorWithoutASecondOneForItsWarn() throws {
        #expect(
            try Self.diagnostics("K1,2026-10,93,9x2,90,") == [
                "measurements.csv:2: target: \"9x2\" is not a number; expected a number"
            ])
        // Words are read as empty, with a warning: the warn is then without a target.
        #expect(
            try Self.diagnostics("K1,2026-10,93,soon,90,") == [
                "measurements.csv:2: target: \"soon\" is not a number; expected a number; read as empty",
                "measurements.csv:2: warn: \"90\" is given without a target; expected a target on the same row (a "
                    + "row's warn is the amber limit of its own target), or no warn (the KPI's target and warn apply)",
            ])
    }

    @Test func rowsWithAndWithoutTargetsLoadTogetherInPeriodOrder() throws {
        let item = try Self.kpi(
            "K1,2026-07,90,,,", "K1,2026-08,91,95,93,checked", "K1,2026-10,94,96,,", "K1,2026-09,92,,,")
        #expect(item.kpi.history.map(\.value) == [90, 91, 92, 94])
        #expect(item.kpi.history.map(\.target) == [nil, 95, nil, 96])
        #expect(item.kpi.history.map(\.warn) == [nil, 93, nil, nil])
        #expect(item.kpi.history[1].note == "checked")
        #expect(item.target == 96)
        #expect(item.status == .amber)  // 94 < 96, ≥ 96 − 9.6
    }

    @Test func theExportCarriesTheTargetInForceAndWhetherItIsInterim() throws {
        let json = ExportDocument.kpi(try Self.kpi("K1,2026-10,93,92,90,")).rendered()
        #expect(json.contains("\"target\": 92"))
        #expect(json.contains("\"target_interim\": true"))
        #expect(json.contains("\"warn\": 90"))
        let plain = ExportDocument.kpi(try Self.kpi("K1,2026-10,93,,,")).rendered()
        #expect(plain.contains("\"target\": 99"))
        #expect(plain.contains("\"target_interim\": false"))
        #expect(plain.contains("\"warn\": 98"))
    }

    /// A million measurements are held in memory: a row's own target or note must not make each
    /// of them larger, and must survive being set and compared.
    @Test func anInterimTargetCostsObservationsWithoutOneNothing() {
        #expect(MemoryLayout<Observation>.stride <= 24)
        var observation = Observation(period: Day(ordinal: 1), value: 2)
        #expect(observation.target == nil && observation.warn == nil)
        observation.target = 90
        observation.warn = 80
        #expect(observation == Observation(period: Day(ordinal: 1), value: 2, target: 90, warn: 80))
        #expect(observation != Observation(period: Day(ordinal: 1), value: 2, target: 90))
        observation.note = "estimate"
        #expect(observation.note == "estimate" && observation.target == 90 && observation.warn == 80)
        #expect(observation.period == Day(ordinal: 1) && observation.value == 2)
    }
}
