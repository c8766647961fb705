import Testing

@testable import TandemCore

/// Matching a baseline's items with the data's by id, as every area of `Changes` does.
@Suite struct BaselineMatchesTests {
    @Test func theFirstOfAnIdMatchesAndEveryOneOfAGoneIdIsRemoved() {
        let old = ["A", "B", "A", "C", "C", "D"]
        var matches = BaselineMatches(old.count) { old[$0] }
        #expect(matches.match("A") == 0)
        #expect(matches.match("C") == 3)
        #expect(matches.match("E") == nil)
        // B and D are gone; both As and both Cs are kept, since their first is matched.
        #expect(matches.removed == [1, 5])
    }

    @Test func withNoIdTwiceWhatWasNotMatchedIsRemoved() {
        let old = ["A", "B", "C"]
        var matches = BaselineMatches(old.count) { old[$0] }
        _ = matches.match("B")
        #expect(matches.removed == [0, 2])
        #expect(BaselineMatches(0) { _ in "" }.removed.isEmpty)
    }
}
