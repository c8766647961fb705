import Testing

@testable import TandemCore

/// A KPI's lines kept as runs give back every line appended, in order, however the file lays
/// its rows out, and joining two halves' runs is appending one after the other.
@Suite struct LineRunsTests {
    static let layouts: [[Int]] = [
        [],
        [7],
        Array(2...600),  // a KPI's values together
        Array(stride(from: 3, through: 4_000, by: 20)),  // a period's values together, 20 KPIs
        [2, 3, 4, 9, 10, 30, 31, 32, 33, 5, 1, 1, 1, 8],  // anything: out of order, repeated
        (0..<300).map { ($0 * 7_919) % 1_009 + 2 },
    ]

    @Test(arguments: layouts)
    func everyLineComesBackInOrder(_ lines: [Int]) {
        var runs = LineRuns()
        for line in lines { runs.append(line) }
        #expect(runs.all == lines)
        #expect(runs.isEmpty == lines.isEmpty)
    }

    @Test func joiningHalvesIsAppending() {
        for first in Self.layouts {
            for second in Self.layouts {
                var (a, b) = (LineRuns(), LineRuns())
                for line in first { a.append(line) }
                for line in second { b.append(line) }
                a += b
                #expect(a.all == first + second)
            }
        }
    }
}
