import TandemCore
import TandemUI
import Testing

@Suite struct HeatMapTests {
    let settings = Settings(organization: "Test")

    /// `counts[likelihood - 1][impact - 1]`.
    func counts(_ cells: [(likelihood: Int, impact: Int, count: Int)]) -> [[Int]] {
        var counts = Array(repeating: Array(repeating: 0, count: 5), count: 5)
        for cell in cells { counts[cell.likelihood - 1][cell.impact - 1] = cell.count }
        return counts
    }

    @Test func likelihoodUpImpactAcrossWithCountsOrDots() {
        let map = counts([(5, 5, 2), (3, 2, 1), (1, 1, 12)])
        let lines = drawn(30, 8) { HeatMap.draw(counts: map, settings: settings, into: &$0, at: (0, 0)) }
        #expect(
            lines == [
                "Likelihood",
                " 5 │ ·   ·   ·   ·   2",
                " 4 │ ·   ·   ·   ·   ·",
                " 3 │ ·   1   ·   ·   ·",
                " 2 │ ·   ·   ·   ·   ·",
                " 1 │12   ·   ·   ·   ·",
                "   └────────────────────",
                "     1   2   3   4   5 Impact",
            ])
    }

    @Test func cellsAreColouredByTheBandOfTheirScore() {
        var buffer = CellBuffer(size: Size(columns: 30, rows: 8))
        HeatMap.draw(counts: counts([]), settings: settings, into: &buffer, at: (0, 0))
        // Row y = 6 − likelihood; impact i is at x = 5 + 4 (i − 1).
        #expect(buffer[5, 5].role == .bandLow)  // 1 × 1
        #expect(buffer[5, 1].role == .bandMedium)  // 5 × 1
        #expect(buffer[17, 3].role == .bandHigh)  // 3 × 4
        #expect(buffer[21, 1].role == .bandCritical)  // 5 × 5
    }

    @Test func drawsAtItsOrigin() {
        let lines = drawn(32, 10) {
            HeatMap.draw(counts: counts([(4, 4, 3)]), settings: settings, into: &$0, at: (2, 1))
        }
        #expect(lines[1] == "  Likelihood")
        #expect(lines[3] == "   4 │ ·   ·   ·   3   ·")
    }

    /// `HeatMap.size` is what the risk pane reserves for the map.
    @Test func fitsInItsDeclaredSize() {
        let lines = drawn(HeatMap.size.columns, HeatMap.size.rows) {
            HeatMap.draw(counts: counts([]), settings: settings, into: &$0, at: (0, 0))
        }
        #expect(lines.last == "     1   2   3   4   5 Impact")
    }
}
