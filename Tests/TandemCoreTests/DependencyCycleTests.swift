import TandemTestSupport
import Testing

@testable import TandemCore

/// Initiatives that depend on each other in a circle are named, once per circle, and still load.
@Suite struct DependencyCycleTests {
    func initiative(_ id: String, _ dependsOn: [String]) -> Initiative {
        Initiative(
            id: id, name: id, sponsor: .cio, start: Day(year: 2026, month: 1, day: 1)!,
            due: Day(year: 2026, month: 12, day: 31)!, progress: 10, dependsOn: dependsOn, line: 2)
    }

    @Test func aTwoWayDependencyIsOneCycle() {
        let cycles = DependencyCycles.find([initiative("A", ["B"]), initiative("B", ["A"]), initiative("C", ["A"])])
        #expect(cycles == [["A", "B", "A"]])
    }

    @Test func aChainThatEndsIsNoCycle() {
        #expect(DependencyCycles.find([initiative("A", ["B"]), initiative("B", ["C"]), initiative("C", [])]).isEmpty)
    }

    @Test func aDenseGraphStopsAtTheLimitInsteadOfCopyingEveryPath() {
        // Each initiative depends on the next and on the first: a cycle closes at every step.
        let n = 20_000
        let dense = (1...n).map { initiative("I\($0)", $0 == n ? ["I1"] : ["I\($0 + 1)", "I1"]) }
        #expect(DependencyCycles.find(dense, limit: 100).count == 100)
    }

    @Test func aRingOfFiftyThousandIsFoundInOnePass() {
        let n = 50_000
        let ring = (0..<n).map { initiative("I\($0)", ["I\(($0 + 1) % n)"]) }
        let cycles = DependencyCycles.find(ring)
        #expect(cycles.count == 1)
        #expect(cycles.first?.count == n + 1)
    }

    @Test func theLoaderWarnsOnTheFirstOfTheCircleAndKeepsTheRows() throws {
        let loaded = try WorkspaceFixture()
            .rows(
                "initiatives.csv", "I1,Portal,cio,Ann,active,2026-01-01,2026-12-31,40,,,,,,K1,,I2,,",
                "I2,Calls,coo,Bo,active,2026-01-01,2026-12-31,40,,,,,,K1,,I1,,"
            )
            .load()
        #expect(loaded.workspace.initiatives.count == 2)
        #expect(
            loaded.diagnostics.map(\.description).contains {
                $0.hasPrefix("initiatives.csv:2: depends_on: I1 → I2 → I1 depend on each other in a circle")
            })
    }
}
