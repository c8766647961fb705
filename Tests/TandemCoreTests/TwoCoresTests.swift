import Testing

@testable import TandemCore

/// Work shared over two cores gives what one core gives.
@Suite struct TwoCoresTests {
    @Test func mapOnTwoCoresIsTheMapInOrder() {
        for count in [0, 1, 2, 1_001] {
            #expect(TwoCores.map(count, worthIt: true) { "item \($0)" } == (0..<count).map { "item \($0)" })
        }
    }

    @Test func bothRunEachOnce() {
        let lock = Lock()
        var ran: [String] = []
        TwoCores.both({ lock.withLock { ran.append("first") } }, { lock.withLock { ran.append("second") } })
        #expect(ran.sorted() == ["first", "second"])
    }

    /// What runs here may share its own work out meanwhile, as the scorecard does.
    @Test func meanwhileGivesWhatTheOtherThreadMadeAfterBoth() {
        var here: [String] = []
        let other = TwoCores.meanwhile {
            (0..<1_000).reduce(0, +)
        } here: {
            here = TwoCores.map(3, worthIt: true) { "item \($0)" }
        }
        #expect(other == 499_500 && here == ["item 0", "item 1", "item 2"])
    }
}
