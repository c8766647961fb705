import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// Values that pass validation (finite, in range) but whose derived figures overflow: the engine
/// keeps them out of integers, flags them, and exports null, never NaN or inf.
@Suite struct ExtremeNumberTests {
    private func card(_ fixture: WorkspaceFixture) throws -> Scorecard {
        let loaded = try fixture.load()
        return Scorecard(loaded, asOf: try #require(loaded.workspace.settings.asOf))
    }

    private func exported(_ card: Scorecard) throws -> [String: Any] {
        let text = ExportDocument.json(card).rendered()
        #expect(!text.contains("nan") && !text.contains("inf"))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aChangeFrom1e308ToMinus1e308IsFlaggedAndExportedAsNull() throws {
        let card = try card(WorkspaceFixture().rows("measurements.csv", "K1,2026-09,1e308,", "K1,2026-10,-1e308,"))
        let kpi = try #require(card.kpis.first)
        #expect(kpi.change == -.infinity)
        #expect(kpi.overflowed == ["change", "change %"])
        #expect(
            card.diagnostics.map(\.description).contains {
                $0.hasPrefix("kpis.csv:2: K1: change, change % cannot be computed as a finite number")
            })
        let json = try exported(card)
        let first = try #require((json["kpis"] as? [[String: Any]])?.first)
        #expect(first["change"] is NSNull)
        #expect(first["change_pct"] is NSNull)
    }

    @Test func anAchievementAgainstATargetAHairFromTheBaselineIsFlagged() throws {
        let card = try card(
            WorkspaceFixture()
                .rows("kpis.csv", "K1,Uptime,cio,higher,1e-320,,0,%,system,monthly,,")
                .rows("measurements.csv", "K1,2026-10,5,"))
        let kpi = try #require(card.kpis.first)
        #expect(kpi.achievement == .infinity)
        #expect(kpi.overflowed == ["achievement"])
        let first = try #require((try exported(card)["kpis"] as? [[String: Any]])?.first)
        #expect(first["achievement"] is NSNull)
    }

    @Test func aForecastThatOverflowsIsRedNotGreen() throws {
        // 1e308 spent at 0.5% progress projects past the largest Double.
        let card = try card(
            WorkspaceFixture().rows(
                "initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,0.5,,100,1e308,,,K1,R1,,,"))
        let item = try #require(card.initiatives.first)
        #expect(item.forecast == .infinity)
        #expect(item.cost == .red)
        #expect(item.overflowed == ["forecast", "forecast %"])
        let first = try #require((try exported(card)["initiatives"] as? [[String: Any]])?.first)
        #expect(first["forecast_pct"] is NSNull)
    }

    @Test func aForecastOf1e17OnABudgetOf1IsRedAndFinite() throws {
        let card = try card(
            WorkspaceFixture().rows(
                "initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,1,,1e17,,K1,R1,,,"))
        let item = try #require(card.initiatives.first)
        #expect(item.forecastPercent == 1e19)
        #expect(item.cost == .red)
        #expect(item.overflowed.isEmpty)
    }

    @Test func theTrendOfValuesNearTheLargestDoubleIsStillTold() {
        let huge = Double.greatestFiniteMagnitude
        #expect(KPIAssessment.trend(of: [huge, huge, huge]) == .flat)
        #expect(KPIAssessment.trend(of: [-huge, huge]) == .up)
        #expect(KPIAssessment.trend(of: [huge, 0, -huge]) == .down)
        let tiny = Double.leastNonzeroMagnitude
        #expect(KPIAssessment.trend(of: [tiny, 2 * tiny, 3 * tiny]) == .up)
    }

    @Test func theDefaultWarnBandOfAHugeTargetStaysFinite() throws {
        let card = try card(
            WorkspaceFixture()
                .rows("kpis.csv", "K1,Uptime,cio,lower,1.7e308,,,%,system,monthly,,")
                .rows("measurements.csv", "K1,2026-10,1.75e308,"))
        let kpi = try #require(card.kpis.first)
        #expect(kpi.warnLimit == .greatestFiniteMagnitude)
        #expect(kpi.status == .amber)
    }

    @Test func saturatingConversionsNeverTrap() {
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: .infinity) == .max)
        #expect(Int(saturating: -.infinity) == .min)
        #expect(Int(saturating: 1e19) == .max)
        #expect(Int(saturating: -1e19) == .min)
        #expect(Int(saturating: -0x1p63) == .min)
        #expect(Int(saturating: 2.9) == 2)
        #expect(Int(rounding: 2.5) == 3)
        #expect(Int(rounding: -0.0) == 0)
    }
}
