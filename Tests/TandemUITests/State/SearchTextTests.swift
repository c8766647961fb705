import Testing

@testable import TandemUI

/// The filter's search text: each item's fields lowercased and joined, found byte by byte, as
/// when it was one String per item.
@Suite struct SearchTextTests {
    let items = [
        ["R1", "Ransomware HALTS dispatch", "CIO"],
        ["R2", "Ünïcödé ΟΔΟΣ İSTANBUL ẞ", "COO"],
        ["R3", "", "Joint"],
    ]

    func found(_ filter: String) -> [Int] {
        let text = SearchText(count: items.count) { items[$0] }
        let needle = Array(filter.lowercased().utf8)
        return items.indices.filter { text.contains(needle, item: $0) }
    }

    /// What a String per item finds: its fields joined by U+0001, lowercased.
    func joined(_ filter: String) -> [Int] {
        let needle = filter.lowercased()
        return items.indices.filter { items[$0].joined(separator: "\u{1}").lowercased().utf8.contains(needle.utf8) }
    }

    @Test(arguments: [
        "", "r1", "HALTS", "halts dis", "ünïcödé", "οδοσ", "ΟΔΟΣ", "i̇stanbul", "ß", "coo", "r3\u{1}\u{1}joint",
    ])
    func findsWhatTheJoinedTextHolds(filter: String) {
        #expect(found(filter) == joined(filter))
    }

    @Test func findsAcrossCaseInAnyScript() {
        #expect(found("HALTS") == [0])
        #expect(found("οδοσ") == [1])
        #expect(found("joint") == [2])
    }

    @Test func aMatchNeverRunsFromOneItemIntoTheNext() {
        #expect(found("coor3").isEmpty)
        #expect(found("cio\u{1}r2").isEmpty)
    }
}

extension String.UTF8View {
    fileprivate func contains(_ other: String.UTF8View) -> Bool {
        let (hay, pin) = (Array(self), Array(other))
        guard pin.count <= hay.count else { return false }
        return (0...(hay.count - pin.count)).contains { Array(hay[$0..<($0 + pin.count)]) == pin }
    }
}
