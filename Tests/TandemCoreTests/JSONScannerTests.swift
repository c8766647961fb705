import Testing

@testable import TandemCore

/// The byte-level JSON reader baselines are read with: strict, and safe on any bytes.
@Suite struct JSONScannerTests {
    private static func string(_ json: String) throws(JSONScanner.Failure) -> String {
        var scanner = JSONScanner(Array(json.utf8))
        let text = try scanner.string()
        try scanner.end()
        return text
    }

    private static func skips(_ bytes: [UInt8]) -> JSONScanner.Failure? {
        var scanner = JSONScanner(bytes)
        do {
            try scanner.skipValue()
            try scanner.end()
            return nil
        } catch {
            return error
        }
    }

    private static func skips(_ json: String) -> JSONScanner.Failure? { skips(Array(json.utf8)) }

    @Test func escapesAreResolvedSurrogatePairsIncluded() throws {
        #expect(try Self.string(#""plain""#) == "plain")
        #expect(try Self.string(#""a\"b\\c\/d\be\ff\ng\rh\ti""#) == "a\"b\\c/d\u{8}e\u{C}f\ng\rh\ti")
        #expect(try Self.string(#""\u00e9\u00C9 \u20AC""#) == "éÉ €")
        #expect(try Self.string(#""\ud83d\ude00!""#) == "😀!")
        #expect(try Self.string(#""\uD83D\uDE00""#) == "😀")
        #expect(try Self.string("\"ünïcødé 😀\"") == "ünïcødé 😀")
        #expect(try Self.string(#""\u0000""#) == "\u{0}")
    }

    @Test(arguments: [
        #""\ud800""#, #""\ud800x""#, #""\ud800\u0041""#, #""\udc00""#, #""\ud800\n""#, #""\u12""#, #""\u12g4""#,
        #""\x""#, "\"a\u{1}b\"", "\"tab\tinside\"", #""open"#, #""\"#, #""\u"#,
    ])
    func malformedStringsAreRefused(_ json: String) {
        #expect(throws: JSONScanner.Failure.self) { try Self.string(json) }
    }

    @Test func malformedUTF8IsRefused() {
        for bytes: [UInt8] in [
            [0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xE0, 0x80, 0xAF, 0x22],
            [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0x22, 0xC3, 0x22],
            [0x22, 0xE2, 0x82],
        ] {
            #expect(Self.skips(bytes)?.offset == 1, "\(bytes)")
        }
        #expect(Self.skips([0x22, 0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80, 0x22]) == nil)
    }

    @Test func numbersFollowTheGrammar() throws {
        for valid in ["0", "-0", "12", "-12.5", "1e9", "1E+9", "2.5e-3", "0.0", "123456789012345678901234567890"] {
            var scanner = JSONScanner(Array(valid.utf8))
            #expect(try scanner.number() == Substring(valid))
            #expect(Self.skips(valid) == nil, "\(valid)")
        }
        for invalid in ["-", "01", "1.", ".5", "1e", "1e+", "+1", "--1", "0x10", "1.e3", "NaN", "Infinity", "1 2"] {
            #expect(Self.skips(invalid) != nil, "\(invalid)")
        }
    }

    @Test func literalsAndStructureAreStrict() {
        for valid in ["true", "false", "null", "[]", "{}", " [1, [2, {\"a\": [null]}]] ", "{\"a\":{\"b\":[]}}\n"] {
            #expect(Self.skips(valid) == nil, "\(valid)")
        }
        for invalid in [
            "", " ", "tru", "nul", "True", "[1,]", "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "{a:1}", "{\"a\":}", "[", "]",
            "{\"a\":1", "'a'", "[1]x", "// c\n1", "{\"a\":1}}", "\u{0}",
        ] {
            #expect(Self.skips(invalid) != nil, "\(invalid)")
        }
    }

    @Test func nestingIsBounded() {
        func nested(_ depth: Int) -> String {
            String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        }
        // The outermost value and 512 levels inside it, as Foundation's parser allowed.
        #expect(Self.skips(nested(JSONScanner.maxDepth + 1)) == nil)
        let failure = Self.skips(nested(JSONScanner.maxDepth + 2))
        #expect(failure == JSONScanner.Failure(offset: JSONScanner.maxDepth + 1, tooDeep: true))
        // Far deeper fails the same way, without exhausting the stack.
        #expect(Self.skips(nested(1_000_000))?.tooDeep == true)
        #expect(Self.skips(String(repeating: "{\"a\":", count: 100_000))?.tooDeep == true)
    }

    @Test func truncatedInputFailsWhereItEnds() {
        let json = #"{"a": [1, -2.5e3, true, null, "x\u00e9\ud83d\ude00"], "b": {"c": false}}"#
        let bytes = Array(json.utf8)
        #expect(Self.skips(bytes) == nil)
        for count in 0..<bytes.count {
            let failure = Self.skips(Array(bytes.prefix(count)))
            #expect(failure != nil, "\(count)")
            #expect((failure?.offset ?? -1) <= count, "\(count)")
        }
    }

    /// The same inputs every run, so a failure can be found again.
    private struct Seeded: RandomNumberGenerator {
        var source = SplitMix64(seed: 18)
        mutating func next() -> UInt64 { source.next() }
    }

    @Test func garbageNeverCrashes() {
        var generator = Seeded()
        let alphabet =
            Array(#"{}[],:"\/u0123456789abcdefABCDEF-+.eEtrunlsf "#.utf8) + [0x00, 0x0A, 0xC3, 0xA9, 0xFF, 0xED]
        for _ in 0..<3_000 {
            let count = Int.random(in: 0..<40, using: &generator)
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
            _ = Self.skips(bytes)
            _ = try? Baseline(name: "x", bytes: bytes, file: "x.json")
        }
    }
}
