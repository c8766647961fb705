import TandemTestSupport
import Testing

@testable import TandemCore

/// Headers as people write them: case, spaces, line breaks, `_` and `-` do not matter; a near miss
/// of a known column and a column named twice are warnings that say so.
@Suite struct HeaderMatchingTests {
    @Test func headersMatchWhateverTheirCaseAndSeparators() throws {
        let loaded = try WorkspaceFixture().with(
            "risks.csv",
            "ID,Title,Category,Owner,Likelihood,Impact,\"Residual\nLikelihood\",RESIDUAL-IMPACT,Status,"
                + "technical mitigation,Procedural_Mitigation,Last  Reviewed,Description\n"
                + WorkspaceFixture.riskRow + "\n"
        ).load()
        #expect(loaded.diagnostics == [])
        let risk = try #require(loaded.workspace.risks.first)
        #expect((risk.residualLikelihood, risk.residualImpact) == (2, 3))
        #expect(risk.lastReviewed?.description == "2026-10-01")
    }

    @Test func aNearMissOfAKnownColumnSaysWhichItMightBe() throws {
        let loaded = try WorkspaceFixture().with(
            "risks.csv",
            WorkspaceFixture.risksHeader.replacingOccurrences(of: "last_reviewed", with: "last_reveiwed") + "\n"
                + WorkspaceFixture.riskRow + "\n"
        ).load()
        #expect(
            loaded.diagnostics.map(\.description) == [
                "risks.csv:1: the column \"last_reveiwed\" is not one Tandem reads and is ignored; did you mean "
                    + "\"last_reviewed\"?"
            ])
    }

    @Test func aColumnNamedTwiceIsAWarningAndTheFirstIsRead() throws {
        let loaded = try WorkspaceFixture().with(
            "measurements.csv", "kpi,period,value,Value,note\nK1,2026-10,99.5,12,\n"
        ).load()
        #expect(
            loaded.diagnostics.map(\.description) == [
                "measurements.csv:1: the column \"Value\" appears 2 times (columns 3, 4); the first is read, "
                    + "expected each column once"
            ])
        #expect(loaded.workspace.kpis[0].history.map(\.value) == [99.5])
    }
}
