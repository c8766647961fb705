import TandemTestSupport
import Testing

@testable import TandemCore

/// The id table answers as a `[String: Int]` would: the first line of each id, ids compared as
/// Swift compares strings (canonically equivalent text is one id), whether or not an id outside
/// ASCII has moved it to a dictionary.
@Suite struct IDLinesTests {
    @Test func keepsTheFirstLineOfEachID() {
        var ids = IDLines()
        #expect(ids.insert("R1", line: 2) == nil)
        #expect(ids.insert("R2", line: 3) == nil)
        #expect(ids.insert("R1", line: 9) == 2)
        #expect(ids.line(of: "R1") == 2)
        #expect(ids.line(of: "r1") == nil)
        ids.remove("R1")
        #expect(ids.line(of: "R1") == nil)
        #expect(ids.insert("R1", line: 12) == nil)
        #expect(ids.line(of: "R1") == 12)
        #expect(ids.entries.sorted { $0.id < $1.id }.map { "\($0.id)@\($0.line)" } == ["R1@12", "R2@3"])
    }

    @Test func answersAsADictionaryForManyIDs() {
        var source = SplitMix64(seed: 18)
        var generator = SeededRandom { source.next() }
        var ids = IDLines()
        var dictionary: [String: Int] = [:]
        // Long and short ids, repeats among them, with no room made beforehand: the table grows.
        for line in 2..<20_000 {
            let id = "K-\(Int.random(in: 0..<12_000, using: &generator))" + String(repeating: "x", count: line % 19)
            let first = dictionary[id]
            if first == nil { dictionary[id] = line }
            #expect(ids.insert(id, line: line) == first)
        }
        for (id, line) in dictionary { #expect(ids.line(of: id) == line) }
        #expect(ids.line(of: "K-12000") == nil)
        #expect(ids.entries.count == dictionary.count)
    }

    /// Random inserts, removals and looks, against a dictionary: ids written two ways (the Kelvin
    /// sign for K, é composed and not), a few ids outside ASCII late, and keys that collide.
    @Test func behavesAsADictionaryUnderRandomUse() {
        for (seed, keys) in [(UInt64(1), nil), (2, (UInt64(0), UInt64(0), UInt64(0)))] {
            var source = SplitMix64(seed: seed)
            var generator = SeededRandom { source.next() }
            var ids = keys.map { IDLines(hashKeys: $0) } ?? IDLines()
            var reference: [String: Int] = [:]
            for step in 1...3_000 {
                let number = Int.random(in: 0..<300, using: &generator)
                var id = Bool.random(using: &generator) ? "K\(number)" : "\u{212A}\(number)"
                if step > 2_500, number % 50 == 0 { id = number % 100 == 0 ? "caf\u{E9}" : "cafe\u{301}" }
                switch Int.random(in: 0..<3, using: &generator) {
                case 0:
                    let first = reference[id]
                    if first == nil { reference[id] = step }
                    #expect(ids.insert(id, line: step) == first, "step \(step)")
                case 1:
                    reference[id] = nil
                    ids.remove(id)
                default: #expect(ids.line(of: id) == reference[id], "step \(step)")
                }
            }
            #expect(ids.entries.count == reference.count)
        }
    }

    @Test func givesUpOnTheTableWhenProbesRunLong() {
        // Keys of zero hash every id alike: past 64 probes the ids move to a dictionary.
        var ids = IDLines(hashKeys: (0, 0, 0))
        for line in 2..<200 { #expect(ids.insert("R\(line)", line: line) == nil) }
        ids.remove("R7")
        #expect(ids.insert("R100", line: 300) == 100)
        #expect(ids.line(of: "R199") == 199)
        #expect(ids.line(of: "R7") == nil)
        #expect(ids.entries.count == 197)
    }

    @Test func comparesIDsAsSwiftStringsDo() {
        var ids = IDLines()
        _ = ids.insert("RK-1", line: 2)
        _ = ids.insert("gone", line: 3)
        ids.remove("gone")
        // The Kelvin sign is another way of writing K: found, kept out and removed as "RK-1".
        #expect(ids.line(of: "R\u{212A}-1") == 2)
        #expect(ids.insert("R\u{212A}-1", line: 4) == 2)
        #expect(ids.insert("R\u{212A}-2", line: 5) == nil)
        #expect(ids.line(of: "RK-2") == 5)
        ids.remove("R\u{212A}-2")
        #expect(ids.line(of: "RK-2") == nil)
        // An id with no ASCII form moves every id to a dictionary; what was in stays in, what was
        // removed stays out.
        #expect(ids.insert("Caf\u{E9}", line: 6) == nil)
        #expect(ids.insert("Cafe\u{301}", line: 7) == 6)
        #expect(ids.line(of: "RK-1") == 2)
        #expect(ids.line(of: "R\u{212A}-1") == 2)
        #expect(ids.line(of: "gone") == nil)
        #expect(ids.line(of: "RK-2") == nil)
        ids.remove("Caf\u{E9}")
        #expect(ids.line(of: "Cafe\u{301}") == nil)
    }

    /// `asciiEquivalent` against Swift's own comparison, for every character there is: with one
    /// or two ASCII characters (one that stood for two would be missed by a test of one).
    @Test func knowsEveryCharacterThatIsAnotherWayOfWritingASCII() {
        let single = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        let ascii = Set(single + single.flatMap { first in single.map { first + $0 } })
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = UnicodeScalar(value) else { continue }
            let text = String(scalar)
            let equivalent = IDLines.asciiEquivalent(text)
            if ascii.contains(text) {
                #expect(
                    equivalent == text && equivalent?.utf8.allSatisfy { $0 < 0x80 } == true,
                    "U+\(String(value, radix: 16))")
            } else if equivalent != nil {
                Issue.record("U+\(String(value, radix: 16)) is said to be ASCII")
            }
        }
    }
}
