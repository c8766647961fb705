import SnapshotTesting
import TandemCore
import TandemUI
import Testing

/// The risk pane on a 10 × 10 matrix with risks given only as scores and a missed target: the map
/// at the manifest's size, the scored-only risks counted beside it, and the register's three
/// scores.
@Suite struct RiskMatrixPaneTests {
    static let model: ViewModel = {
        let files = [
            "tandem.toml": """
            [organization]
            name = "Big Matrix"
            as_of = 2026-11-20
            [risks]
            likelihood_levels = 10
            impact_levels = 10
            appetite = { default = 40, cyber = 25 }
            bands = { medium = 20, high = 40, critical = 64 }
            """,
            "risks.csv": """
            id,title,category,owner,likelihood,impact,residual_likelihood,residual_impact,residual_score,score,\
            target_score,target_date,status,last_reviewed
            R1,Ransomware,cyber,cio,9,10,7,8,,,30,2026-10-01,open,2026-11-01
            R2,Supplier exit,vendor,coo,6,6,4,5,,,,,open,2026-11-01
            R3,Scored only,vendor,coo,,,,,50,80,,,open,2026-11-01
            R4,Pair then score,compliance,coo,10,10,,,70,,,,open,2026-11-01
            R5,Low,change,joint,2,2,1,1,,,,,open,2026-11-01
            R6,Closed and scored,change,joint,,,,,,30,,,closed,2026-11-01

            """,
        ]
        let loaded = try! WorkspaceLoader.load(MemoryFiles(files, origin: .folder("matrix")))
        return ViewModel(Scorecard(loaded, asOf: loaded.workspace.settings.asOf!))
    }()

    @Test func loadsClean() {
        #expect(Self.model.card.diagnostics.map(\.description) == [])
        #expect(Self.model.card.scoredOnly() == 2)  // R3 and R4; R6 is closed
    }

    @Test func theTenByTenMapAndTheScoredOnlyCountBesideIt() {
        let text = screen("3", size: .of(120, 30), model: Self.model)
        #expect(text.contains("│10 │ ·  ·  ·  ·  ·  ·  ·  ·  ·  ·"))
        #expect(text.contains("│     1  2  3  4  5  6  7  8  9  10 Impact│"))
        #expect(text.contains("2 scored without likelihood and impact"))
        #expect(text.contains("90→56→⚠30"))
        assertSnapshot(of: text, as: .lines, named: "120x30")
    }

    @Test func theDetailShowsTheCategorysAppetiteAndTheMissedTarget() {
        let text = screen("3 j Enter", size: .of(120, 20), model: Self.model)  // R1, second by score
        #expect(text.contains("above the cyber appetite: score 56 > 25"))
        #expect(text.contains("Target          score 30 by 2026-10-01  ⚠ MISSED: residual 56 is still above it"))
    }
}
