import TandemTestSupport
import Testing

@testable import TandemCore

/// Inherent and residual scores, bands, appetite, review dates and the heat map.
@Suite struct RiskAssessmentTests {
    private func assessed(_ risk: Risk, settings: Settings = defaults) -> RiskAssessment {
        RiskAssessment(risk, settings: settings, asOf: asOf)
    }

    // MARK: - Scores

    @Test func inherentScoreIsLikelihoodTimesImpact() {
        let item = assessed(makeRisk(likelihood: 4, impact: 5, residual: (2, 3)))
        #expect(item.inherentScore == 20)
        #expect(item.residualScore == 6)
        #expect((item.residualLikelihood, item.residualImpact) == (2, 3))
    }

    @Test func residualFallsBackToInherentWhenResidualLikelihoodIsEmpty() {
        let item = assessed(makeRisk(likelihood: 4, impact: 5, residual: (nil, 3)))
        #expect(item.residualScore == 20)
        #expect((item.residualLikelihood, item.residualImpact) == (4, 5))
    }

    @Test func residualFallsBackToInherentWhenResidualImpactIsEmpty() {
        let item = assessed(makeRisk(likelihood: 3, impact: 4, residual: (1, nil)))
        #expect(item.residualScore == 12)
        #expect((item.residualLikelihood, item.residualImpact) == (3, 4))
    }

    @Test func residualFallsBackToInherentWhenBothAreEmpty() {
        #expect(assessed(makeRisk(likelihood: 2, impact: 2)).residualScore == 4)
    }

    @Test func scoresSpanOneToTwentyFive() {
        #expect(assessed(makeRisk(likelihood: 1, impact: 1)).inherentScore == 1)
        #expect(assessed(makeRisk(likelihood: 5, impact: 5)).inherentScore == 25)
    }

    // MARK: - Bands

    @Test(arguments: [
        (1, RiskBand.low), (4, .low), (5, .medium), (11, .medium), (12, .high), (15, .high),
        (16, .critical), (25, .critical),
    ])
    func bandsWithTheDefaultCutoffs(_ score: Int, _ band: RiskBand) {
        #expect(RiskAssessment.band(of: score, settings: defaults) == band)
    }

    @Test(arguments: [
        (2, RiskBand.low), (3, .medium), (7, .medium), (8, .high), (19, .high), (20, .critical),
    ])
    func bandsWithCustomCutoffs(_ score: Int, _ band: RiskBand) {
        var settings = defaults
        settings.bandFloors = [.medium: 3, .high: 8, .critical: 20]
        #expect(RiskAssessment.band(of: score, settings: settings) == band)
    }

    @Test func theBandIsThatOfTheResidualScore() {
        #expect(assessed(makeRisk(likelihood: 5, impact: 5, residual: (1, 2))).band == .low)
    }

    @Test func customCutoffsFromTheManifestApply() throws {
        let loaded = try WorkspaceFixture()
            .with(
                "tandem.toml",
                WorkspaceFixture.manifest + "\n[risks]\nbands = { medium = 3, high = 6, critical = 9 }\nappetite = 5\n"
            )
            .rows(
                "risks.csv", "R1,Outage,cyber,cio,3,3,,,open,a,b,2026-10-01,",
                "R2,Leak,privacy,coo,2,3,,,open,a,b,2026-10-01,"
            )
            .rows("initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1,,,,")
            .load()
        #expect(loaded.diagnostics == [])
        let card = Scorecard(loaded, asOf: asOf)
        #expect(card.risks.map(\.band) == [.critical, .high])
        #expect(card.risks.map(\.aboveAppetite) == [true, true])
    }

    // MARK: - Appetite

    @Test func notAboveAppetiteAtExactlyTheAppetite() {
        #expect(assessed(makeRisk(likelihood: 3, impact: 4)).aboveAppetite == false)
    }

    @Test func aboveAppetiteAtTheNextScoreUp() {
        #expect(assessed(makeRisk(likelihood: 3, impact: 5)).aboveAppetite == true)
        var settings = defaults
        settings.appetite = 11
        #expect(assessed(makeRisk(likelihood: 3, impact: 4), settings: settings).aboveAppetite == true)
    }

    @Test func appetiteIsComparedWithTheResidualScore() {
        #expect(assessed(makeRisk(likelihood: 5, impact: 5, residual: (3, 4))).aboveAppetite == false)
    }

    @Test func customAppetite() {
        var settings = defaults
        settings.appetite = 9
        #expect(assessed(makeRisk(likelihood: 3, impact: 3), settings: settings).aboveAppetite == false)
        #expect(assessed(makeRisk(likelihood: 2, impact: 5), settings: settings).aboveAppetite == true)
    }

    // MARK: - Review

    @Test func neverReviewedIsOverdue() {
        let item = assessed(makeRisk(likelihood: 1, impact: 1, lastReviewed: nil))
        #expect(item.reviewOverdue)
        #expect(item.reviewDue == nil)
    }

    @Test(arguments: [
        (1, 1, 360), (1, 5, 180), (3, 4, 90), (4, 4, 90),
    ])
    func notOverdueOnTheDueDay(_ likelihood: Int, _ impact: Int, _ days: Int) {
        let reviewed = asOf.adding(days: -days).description
        let item = assessed(makeRisk(likelihood: likelihood, impact: impact, lastReviewed: reviewed))
        #expect(item.reviewDue == asOf)
        #expect(item.reviewOverdue == false)
    }

    @Test(arguments: [
        (1, 1, 361), (1, 5, 181), (3, 4, 91), (4, 4, 91),
    ])
    func overdueTheDayAfter(_ likelihood: Int, _ impact: Int, _ days: Int) {
        let reviewed = asOf.adding(days: -days).description
        let item = assessed(makeRisk(likelihood: likelihood, impact: impact, lastReviewed: reviewed))
        #expect(item.reviewDue == asOf.adding(days: -1))
        #expect(item.reviewOverdue == true)
    }

    @Test func reviewDaysFollowTheManifest() {
        var settings = defaults
        settings.reviewDays[.low] = 30
        let item = assessed(makeRisk(likelihood: 1, impact: 1, lastReviewed: "2026-10-20"), settings: settings)
        #expect(item.reviewDue == day("2026-11-19"))
        #expect(item.reviewOverdue)
    }

    @Test func aReviewAfterTheAsOfDateIsNotOverdue() {
        #expect(assessed(makeRisk(likelihood: 4, impact: 4, lastReviewed: "2026-12-01")).reviewOverdue == false)
    }

    // MARK: - Heat map

    @Test func theHeatMapCountsNotClosedRisksByResidualLikelihoodAndImpact() {
        let card = scorecard(risks: [
            makeRisk(id: "A", likelihood: 4, impact: 5, residual: (2, 3)),
            makeRisk(id: "B", likelihood: 2, impact: 3, status: .mitigating),
            makeRisk(id: "C", likelihood: 5, impact: 5, residual: (2, 3), status: .accepted),
            makeRisk(id: "D", likelihood: 5, impact: 1, residual: (nil, 1)),
            makeRisk(id: "E", likelihood: 5, impact: 5, status: .closed),
        ])
        var expected = Array(repeating: Array(repeating: 0, count: 5), count: 5)
        expected[1][2] = 3  // A, B, C at likelihood 2, impact 3
        expected[4][0] = 1  // D falls back to 5 × 1
        #expect(card.heatMap() == expected)
    }

    @Test func closedRisksStayInTheListButOutOfTheHeatMap() {
        let card = scorecard(risks: [makeRisk(id: "X", likelihood: 5, impact: 5, status: .closed)])
        #expect(card.risks.map(\.risk.id) == ["X"])
        #expect(card.risks[0].isClosed)
        #expect(card.heatMap().flatMap { $0 }.allSatisfy { $0 == 0 })
    }
}
