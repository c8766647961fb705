import Testing

@testable import TandemCore
import TandemTestSupport

/// The one rule for what needs attention, as the overview, the brief and the tabs use it. As of
/// 2026-11-20, with the default appetite (12) and bands.
@Suite struct AttentionTests {
    private func card(risks: String...) throws -> Scorecard {
        var fixture = WorkspaceFixture()
        fixture.files["risks.csv"] = ([WorkspaceFixture.risksHeader] + risks).joined(separator: "\n") + "\n"
        fixture.files["initiatives.csv"] = WorkspaceFixture.initiativesHeader + "\n"
        let loaded = try fixture.load()
        return Scorecard(loaded, asOf: loaded.workspace.settings.asOf!)
    }

    @Test func anOverdueReviewOfALowRiskNeedsAttentionLast() throws {
        // Residual 2×2 = 4 is low; reviewed 400 days ago, past the low band's 360.
        let card = try card(risks: "R1,Old kiosk,operational,coo,2,2,,,open,,,2025-10-16,")
        #expect(Attention.items(card) == [AttentionItem(.risk(0), .lowRiskReviewOverdue)])
    }

    @Test func aboveAppetiteRanksWithRedAndCriticalAboveEverything() throws {
        let card = try card(
            risks: "R1,Reviewed high,cyber,cio,4,3,,,open,,,2026-11-01,",  // 12: high, at appetite, reviewed
            "R2,Above,cyber,cio,4,5,,,open,,,2026-11-01,",  // 20: critical, above appetite
            "R3,Above high,cyber,cio,13,1,,,open,,,2026-11-01,")
        // R3's likelihood 13 is an error: left out, and listed first.
        let items = Attention.items(card)
        #expect(items.map(\.urgency) == [.rowLeftOut, .criticalRiskAboveAppetite])
        #expect(items[1].subject == .risk(1))
        #expect(Attention.items(card, rowsLeftOut: false).count == 1)
    }

    @Test func mostUrgentFirstAndTheFilesOrderAmongEquals() throws {
        let card = try card(
            risks: "R1,Critical,cyber,cio,4,5,,,open,,,2026-11-01,",  // 20: critical, above appetite
            "R2,Old kiosk,operational,coo,2,2,,,open,,,2025-10-16,",  // low, review overdue
            "R3,Critical too,cyber,cio,5,5,,,open,,,2026-11-01,",  // 25: critical, above appetite
            "R4,Old desk,operational,coo,2,2,,,open,,,2025-10-16,",  // low, review overdue
            "R5,Above,cyber,cio,3,5,,,open,,,2026-11-01,")  // 15: high, above appetite
        let items = Attention.items(card)
        #expect(items.map(\.subject) == [.risk(0), .risk(2), .risk(4), .risk(1), .risk(3)])
        #expect(
            items.map(\.urgency) == [
                .criticalRiskAboveAppetite, .criticalRiskAboveAppetite, .riskAboveAppetite, .lowRiskReviewOverdue,
                .lowRiskReviewOverdue,
            ])
        // A risk's urgency read by index is the urgency of its assessment.
        #expect(
            card.risks.indices.map { Attention.urgency(ofRisk: $0, in: card.risks) }
                == card.risks.map(Attention.urgency))
    }

    @Test func closedRisksAndGreenItemsNeverNeedAttention() throws {
        let card = try card(risks: "R1,Closed,cyber,cio,5,5,,,closed,,,2020-01-01,")
        #expect(Attention.items(card).isEmpty)
    }

    @Test func theUrgencyOrderIsTheProductsRanking() {
        let order: [Urgency] = [
            .rowLeftOut, .criticalRiskAboveAppetite, .redKPI, .redInitiative, .riskAboveAppetite,
            .criticalRiskReviewOverdue, .highRiskReviewOverdue, .riskTargetMissed, .overdueAction, .amberKPI,
            .amberInitiative, .mediumRiskReviewOverdue, .lowRiskReviewOverdue, .staleKPI,
        ]
        #expect(order == order.sorted(by: >))
        #expect(order.filter(\.isRed) == [.criticalRiskAboveAppetite, .redKPI, .redInitiative, .riskAboveAppetite])
    }

    @Test func linksAreReadBackwardsOnce() throws {
        let loaded = try WorkspaceFixture()
            .rows(
                "initiatives.csv", "I1,One,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1;K1,R1,,,",
                "I2,Two,coo,Bo,active,2026-01-01,2026-12-31,90,,,,,,K1,,,,"
            )
            .load()
        let card = Scorecard(loaded, asOf: loaded.workspace.settings.asOf!)
        #expect(card.links.initiatives(moving: "K1") == [0, 1])
        #expect(card.links.initiatives(carrying: "R1") == [0])
        #expect(card.links.initiatives(carrying: "R9").isEmpty)
    }
}
