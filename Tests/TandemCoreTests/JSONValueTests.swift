import Testing

@testable import TandemCore

@Suite struct JSONValueTests {
    @Test func rendersObjectsWithKeysInTheOrderGiven() {
        let value = JSONValue.object([("z", .number(1)), ("a", .array([.bool(true), .null])), ("m", .object([]))])
        #expect(
            value.rendered() == """
                {
                  "z": 1,
                  "a": [
                    true,
                    null
                  ],
                  "m": {}
                }

                """)
    }

    @Test func rendersEmptyArrays() {
        #expect(JSONValue.array([]).rendered() == "[]\n")
    }

    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (42, "42"), (-7, "-7"), (99.6, "99.6"), (0.1, "0.1"),
        (0.30000000000000004, "0.3"), (1e15, "1000000000000000.0"), (1e300, "1e+300"),
        (123_456_789_012_345, "123456789012345"),
        (Double.nan, "null"), (Double.infinity, "null"),
    ])
    /// Rounded to 12 significant digits first: 0.1 + 0.2 is exported as 0.3.
    func rendersNumbersInTheShortestFormThatReadsBack(_ number: Double, _ text: String) {
        #expect(JSONValue.format(number) == text)
    }

    @Test func escapesStrings() {
        let text = "quote \" backslash \\ newline \n return \r tab \t bell \u{07} c1 \u{85} line sep \u{2028} é 🚚"
        #expect(
            JSONValue.string(text).rendered()
                == #""quote \" backslash \\ newline \n return \r tab \t bell \u0007 c1 \u0085 line sep \u2028 é 🚚""#
                + "\n")
        // Bidi controls too: printed to a terminal the JSON stays inert, and decodes to the same text.
        #expect(JSONValue.string("a\u{202E}b\u{2066}c").rendered() == #""a\u202eb\u2066c""# + "\n")
    }

    @Test func optionalsBecomeNull() {
        #expect(JSONValue.from(nil as Double?) == .null)
        #expect(JSONValue.from(nil as String?) == .null)
        #expect(JSONValue.from(2.5 as Double?) == .number(2.5))
    }
}
