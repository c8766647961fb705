import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// A risk's target (where its owner means to bring it, and by when) and "target missed": the
/// target date before the as-of date (2026-11-20) with the residual score still above the target.
@Suite struct RiskTargetTests {
    static let header =
        "id,title,category,owner,likelihood,impact,residual_likelihood,residual_impact,target_likelihood,"
        + "target_impact,target_score,target_date,status,last_reviewed"

    static func fixture(_ rows: String...) -> WorkspaceFixture {
        WorkspaceFixture()
            .with("risks.csv", ([header] + rows).joined(separator: "\n") + "\n")
            .with("initiatives.csv", WorkspaceFixture.initiativesHeader + "\n")
    }

    static func card(_ fixture: WorkspaceFixture) throws -> Scorecard {
        let loaded = try fixture.load()
        return Scorecard(loaded, asOf: try #require(loaded.workspace.settings.asOf))
    }

    // MARK: - Target missed

    @Test func missedWhenTheDateHasPassedWithTheResidualStillAbove() throws {
        let card = try Self.card(
            Self.fixture(
                "R1,Past and above,cyber,cio,4,5,3,4,2,3,,2026-11-19,open,2026-11-01",  // 12 > 6, a day late
                "R2,Due today,cyber,cio,4,5,3,4,2,3,,2026-11-20,open,2026-11-01",  // not before the as-of date
                "R3,Due later,cyber,cio,4,5,3,4,2,3,,2027-03-31,open,2026-11-01",
                "R4,Met,cyber,cio,4,5,2,3,2,3,,2026-06-30,open,2026-11-01",  // 6, not above 6
                "R5,Below,cyber,cio,4,5,1,3,,,6,2026-06-30,open,2026-11-01",  // 3 < 6, given as a score
                "R6,No date,cyber,cio,4,5,3,4,2,3,,,open,2026-11-01",
                "R7,No target,cyber,cio,4,5,3,4,,,,2026-06-30,open,2026-11-01"
            ))
        #expect(card.diagnostics == [])
        #expect(card.risks.map(\.targetScore) == [6, 6, 6, 6, 6, 6, nil])
        #expect(card.risks.map(\.targetMissed) == [true, false, false, false, false, false, nil])
    }

    @Test func aTargetPairWinsOverATargetScore() throws {
        let card = try Self.card(Self.fixture("R1,Both,cyber,cio,4,5,3,4,2,2,9,2026-06-30,open,2026-11-01"))
        #expect(card.risks.first?.targetScore == 4)
    }

    @Test func halfATargetPairIsNoTargetAndSaysSo() throws {
        let loaded = try Self.fixture("R1,Half,cyber,cio,4,5,3,4,2,,,2026-06-30,open,2026-11-01").load()
        #expect(
            loaded.diagnostics.map(\.description) == [
                "risks.csv:2: target_impact: is empty; expected it with target_likelihood, or target_score instead "
                    + "of both; the risk has no target"
            ])
        #expect(Scorecard(loaded, asOf: asOf).risks.first?.targetMissed == nil)
    }

    // MARK: - Closed risks

    @Test func aTargetAboveTheResidualOfAClosedRiskIsAnError() throws {
        let loaded = try Self.fixture(
            "R1,Closed above,cyber,cio,4,5,2,3,3,3,,2026-06-30,closed,2026-11-01",  // 9 > 6
            "R2,Closed at,cyber,cio,4,5,2,3,,,6,2026-06-30,closed,2026-11-01",  // 6 = 6
            "R3,Open above,cyber,cio,4,5,2,3,3,3,,2026-06-30,open,2026-11-01",  // open: met, not an error
            "R4,Closed score above,cyber,cio,4,5,,,,,25,,closed,2026-11-01"  // 25 > 20 (inherent in force)
        ).load()
        #expect(
            loaded.diagnostics.map(\.description) == [
                "risks.csv:2: target_likelihood: the target score 9 is above the residual score 6 of this closed "
                    + "risk; expected a target at or below the residual score",
                "risks.csv:5: target_score: the target score 25 is above the residual score 20 of this closed risk; "
                    + "expected a target at or below the residual score",
            ])
        #expect(loaded.diagnostics.allSatisfy { $0.severity == .error })
        #expect(loaded.workspace.risks.map(\.id) == ["R2", "R3"])
    }

    // MARK: - Attention, export and changes

    @Test func aMissedTargetNeedsAttentionBetweenAmberAndRed() throws {
        let card = try Self.card(
            Self.fixture(
                "R1,Missed,operational,coo,2,3,,,1,3,,2026-10-31,open,2026-11-01",  // 6 > 3, within appetite
                "R2,Missed but closed,operational,coo,2,3,,,2,3,,2026-10-31,closed,2026-11-01",  // 6 = 6: fine
                "R3,Above appetite too,cyber,cio,4,4,,,2,2,,2026-10-31,open,2026-11-01"  // 16: above appetite
            ))
        #expect(
            Attention.items(card) == [
                AttentionItem(.risk(2), .criticalRiskAboveAppetite), AttentionItem(.risk(0), .riskTargetMissed),
            ])
        #expect(Urgency.riskTargetMissed > .overdueAction)
        #expect(Urgency.riskTargetMissed < .highRiskReviewOverdue)
        #expect(!Urgency.riskTargetMissed.isRed)
    }

    /// Never reviewed (a medium risk's overdue review, 40) ranks below the missed target (57); a
    /// critical risk's (70) above it.
    @Test func theMoreUrgentOfAMissedTargetAndAnOverdueReviewCounts() throws {
        let card = try Self.card(
            Self.fixture(
                "R1,Medium,operational,coo,2,3,,,1,3,,2026-10-31,open,",
                "R2,Critical,operational,coo,4,4,,,1,3,,2026-10-31,open,"
            ).with("tandem.toml", WorkspaceFixture.manifest + "\n[risks]\nappetite = 25\n"))
        #expect(card.risks.map { Attention.urgency($0) } == [.riskTargetMissed, .criticalRiskReviewOverdue])
    }

    @Test func theExportCarriesTargetScoreTargetMissedAndScoredOnly() throws {
        let card = try Self.card(
            Self.fixture(
                "R1,Missed,cyber,cio,4,5,3,4,2,3,,2026-10-31,open,2026-11-01",
                "R2,No target,cyber,cio,4,5,3,4,,,,,open,2026-11-01"
            ).with("tandem.toml", WorkspaceFixture.manifest + "\n[risks]\nappetite = { default = 12, cyber = 8 }\n"))
        let json = try JSONSerialization.jsonObject(with: Data(ExportDocument.json(card).rendered().utf8))
        let risks = try #require((json as? [String: Any])?["risks"] as? [[String: Any]])
        #expect((risks[0]["target_score"] as? NSNumber)?.intValue == 6)
        #expect(risks[0]["target_date"] as? String == "2026-10-31")
        #expect(risks[0]["target_missed"] as? Bool == true)
        #expect(risks[0]["scored_only"] as? Bool == false)
        #expect((risks[0]["appetite"] as? NSNumber)?.intValue == 8)
        #expect(risks[0]["above_appetite"] as? Bool == true)  // 12 > 8, the cyber appetite
        for key in ["target_score", "target_date", "target_missed"] { #expect(risks[1][key] is NSNull, "\(key)") }
    }

    @Test func aScoreOnlyRiskIsExportedAsSuch() throws {
        let card = try Self.card(
            WorkspaceFixture()
                .with("risks.csv", "id,title,category,owner,score,residual_score\nR1,Scored,vendor,coo,16,9\n")
                .with("initiatives.csv", WorkspaceFixture.initiativesHeader + "\n"))
        let risk = try #require((ExportDocument.risk(card.risks[0]).rendered()).data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: risk) as? [String: Any])
        #expect((object["inherent_score"] as? NSNumber)?.intValue == 16)
        #expect((object["residual_score"] as? NSNumber)?.intValue == 9)
        #expect(object["scored_only"] as? Bool == true)
    }

    @Test func aTargetMissedSinceTheBaselineIsWorse() throws {
        let row = "R1,Missed,operational,coo,2,3,,,1,3,,2026-10-31,open,2026-11-01"
        let before = try Self.card(
            Self.fixture(row).with("tandem.toml", "[organization]\nname = \"T\"\nas_of = 2026-10-20\n"))
        let now = try Self.card(Self.fixture(row))
        let change = try #require(Changes(since: Baseline(name: "b", card: before), to: now).change(.risk, "R1"))
        #expect(change.direction == .worse)
        #expect(change.notes == ["target missed"])
    }

    /// A baseline saved before targets were exported has no `target_missed`: it still reads, and
    /// nothing about targets counts as changed.
    @Test func aBaselineWithoutTargetsStillReads() throws {
        let json = """
            {"as_of": "2026-10-20", "kpis": [], "initiatives": [], "findings": [],
             "risks": [{"id": "R1", "title": "Missed", "owner": "coo", "band": "medium", "residual_score": 6,
                        "above_appetite": false, "status": "open"}]}
            """
        let baseline = try Baseline(name: "old", json: Data(json.utf8), file: "old.json")
        #expect(baseline.risks.first?.targetMissed == nil)
        let now = try Self.card(Self.fixture("R1,Missed,operational,coo,2,3,,,1,3,,2026-10-31,open,2026-11-01"))
        #expect(Changes(since: baseline, to: now).change(.risk, "R1") == nil)
    }
}
