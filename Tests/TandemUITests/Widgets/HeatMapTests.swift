import SnapshotTesting
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

    /// A count too wide for its cell says the most it can that is true: the thousands it reached.
    @Test func largeCountsKeepTheirThousands() {
        let map = counts([(5, 1, 999), (5, 2, 1_000), (5, 3, 4_812), (5, 4, 9_999), (5, 5, 250_000)])
        let lines = drawn(30, 8) { HeatMap.draw(counts: map, settings: settings, into: &$0, at: (0, 0)) }
        #expect(lines[1] == " 5 │999 1k+ 4k+ 9k+ 9k+")
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
        let size = HeatMap.size(settings)
        #expect((size.columns, size.rows) == (29, 8))
        let lines = drawn(size.columns, size.rows) {
            HeatMap.draw(counts: counts([]), settings: settings, into: &$0, at: (0, 0))
        }
        #expect(lines.last == "     1   2   3   4   5 Impact")
    }

    // MARK: - Other matrices

    /// A map of the manifest's size, `cells` counted in it.
    func matrix(_ likelihood: Int, _ impact: Int, _ cells: [(Int, Int, Int)] = []) -> (Settings, [[Int]]) {
        var settings = Settings(organization: "Test")
        (settings.likelihoodLevels, settings.impactLevels) = (likelihood, impact)
        var counts = Array(repeating: Array(repeating: 0, count: impact), count: likelihood)
        for (l, i, count) in cells { counts[l - 1][i - 1] = count }
        return (settings, counts)
    }

    /// Every size from 2 × 2 to 10 × 10 draws inside its declared size (nothing is cut at the
    /// right or the bottom), and none is wider than 41 columns: the map fits in 80 with room.
    @Test(arguments: [(2, 2), (2, 10), (10, 2), (4, 8), (6, 6), (10, 10)])
    func everyMatrixFitsItsDeclaredSize(_ likelihood: Int, _ impact: Int) {
        let (settings, map) = matrix(likelihood, impact, [(likelihood, impact, 7)])
        let size = HeatMap.size(settings)
        #expect(size.rows == likelihood + 3)
        #expect(size.columns <= 41)
        let fitted = drawn(size.columns, size.rows) {
            HeatMap.draw(counts: map, settings: settings, into: &$0, at: (0, 0))
        }
        let roomy = drawn(size.columns + 10, size.rows + 3) {
            HeatMap.draw(counts: map, settings: settings, into: &$0, at: (0, 0))
        }
        #expect(fitted == Array(roomy.prefix(size.rows)))
        #expect(fitted.last?.hasSuffix("\(impact) Impact") == true)
    }

    @Test func twoByTwoAt80Columns() {
        let (settings, map) = matrix(2, 2, [(2, 2, 3), (1, 2, 1)])
        let lines = drawn(80, HeatMap.size(settings).rows) {
            HeatMap.draw(counts: map, settings: settings, into: &$0, at: (0, 0))
        }
        #expect(
            lines == [
                "Likelihood",
                " 2 │ ·   3",
                " 1 │ ·   1",
                "   └────────",
                "     1   2 Impact",
            ])
        assertSnapshot(of: lines.joined(separator: "\n"), as: .lines, named: "80")
    }

    /// Ten levels each way in narrow cells: the top row is likelihood 10, counts of two digits fit,
    /// and more than 99 in a cell says so rather than running into the next.
    @Test func tenByTenAt80Columns() {
        var (settings, map) = matrix(10, 10, [(10, 10, 1), (10, 1, 2), (5, 5, 12), (1, 1, 150), (3, 8, 4)])
        settings.bandFloors = [.medium: 15, .high: 40, .critical: 64]
        let lines = drawn(80, HeatMap.size(settings).rows) {
            HeatMap.draw(counts: map, settings: settings, into: &$0, at: (0, 0))
        }
        #expect(lines[1] == "10 │ 2  ·  ·  ·  ·  ·  ·  ·  ·  1")
        #expect(lines[6] == " 5 │ ·  ·  ·  · 12  ·  ·  ·  ·  ·")
        #expect(lines[10] == " 1 │99+ ·  ·  ·  ·  ·  ·  ·  ·  ·")
        #expect(lines.last == "     1  2  3  4  5  6  7  8  9  10 Impact")
        assertSnapshot(of: lines.joined(separator: "\n"), as: .lines, named: "80")
    }

    /// A 4 × 8 map: cells coloured by the band of likelihood × impact on this matrix's cutoffs.
    @Test func cellsOfAFourByEightMapAreColouredByTheirScore() {
        var (settings, map) = matrix(4, 8)
        settings.bandFloors = [.medium: 6, .high: 12, .critical: 20]
        map[3][7] = 1
        var buffer = CellBuffer(size: HeatMap.size(settings))
        HeatMap.draw(counts: map, settings: settings, into: &buffer, at: (0, 0))
        // Row y = 5 − likelihood; impact i is at x = 5 + 3 (i − 1).
        #expect(buffer[5, 4].role == .bandLow)  // 1 × 1 = 1
        #expect(buffer[8, 2].role == .bandMedium)  // 3 × 2 = 6
        #expect(buffer[17, 3].role == .bandMedium)  // 2 × 5 = 10
        #expect(buffer[14, 2].role == .bandHigh)  // 3 × 4 = 12
        #expect(buffer[26, 1].role == .bandCritical)  // 4 × 8 = 32
        #expect(buffer[26, 1].text == "1")
    }
}
