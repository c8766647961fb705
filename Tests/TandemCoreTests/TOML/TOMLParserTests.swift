import Testing

@testable import TandemCore

/// The TOML reader on representative documents: every kind of value, the redefinition rules,
/// and errors with the line and column a user needs.
@Suite struct TOMLParserTests {
    private func parse(_ text: String) throws -> TOMLTable { try TOMLParser.parse(text) }

    private func value(_ text: String) throws -> TOMLValue? { try parse("x = \(text)")["x"] }

    /// The error for `text`, which must not parse.
    private func error(_ text: String) -> TOMLError? {
        do {
            _ = try TOMLParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    private func date(_ year: Int, _ month: Int, _ day: Int) -> TOMLDate {
        TOMLDate(year: year, month: month, day: day)
    }

    // MARK: - Values

    @Test func keysBareQuotedAndDotted() throws {
        let table = try parse(
            """
            bare_key-1 = 1
            "quoted key" = 2
            'literal "key"' = 3
            site."google.com" . visits = 4
            1234 = 5
            "" = 6
            """)
        #expect(table.keys == ["bare_key-1", "quoted key", "literal \"key\"", "site", "1234", ""])
        #expect(table["site"]?.table?["google.com"]?.table?["visits"] == .integer(4))
    }

    @Test func basicStringEscapes() throws {
        #expect(
            try value(#""tab\there \"q\" \\ \b\f\n\r \u00E9 \U0001F600""#)
                == .string("tab\there \"q\" \\ \u{8}\u{C}\n\r é 😀"))
    }

    @Test func literalStringsKeepBackslashes() throws {
        #expect(try value(#"'C:\Users\nobody'"#) == .string(#"C:\Users\nobody"#))
    }

    @Test func multiLineBasicStrings() throws {
        // The first line end is dropped, a line-ending backslash joins lines, CRLF reads as LF,
        // and up to two quotes may stand before the closing three.
        #expect(try value("\"\"\"\nRoses\r\nViolets \\\n     are blue\"\"\"") == .string("Roses\nViolets are blue"))
        #expect(try value("\"\"\"say \"\"hi\"\"\"\"\"") == .string("say \"\"hi\"\""))
    }

    @Test func multiLineLiteralStrings() throws {
        #expect(try value("'''\nfirst\n  \\n second'''") == .string("first\n  \\n second"))
        #expect(try value("''''quoted'''''") == .string("'quoted''"))
    }

    @Test func integers() throws {
        #expect(try value("+99") == .integer(99))
        #expect(try value("-17") == .integer(-17))
        #expect(try value("1_000_000") == .integer(1_000_000))
        #expect(try value("0xDEAD_beef") == .integer(0xDEAD_BEEF))
        #expect(try value("0o755") == .integer(0o755))
        #expect(try value("0b1101") == .integer(13))
        #expect(try value("9223372036854775807") == .integer(.max))
        #expect(try value("-9223372036854775808") == .integer(.min))
    }

    @Test func floats() throws {
        #expect(try value("3.1415") == .float(3.1415))
        #expect(try value("-0.01") == .float(-0.01))
        #expect(try value("5e+22") == .float(5e22))
        #expect(try value("6.626e-34") == .float(6.626e-34))
        #expect(try value("224_617.445_991") == .float(224_617.445_991))
        #expect(try value("-inf") == .float(-.infinity))
        #expect(try value("nan")?.float?.isNaN == true)
    }

    @Test func booleans() throws {
        #expect(try value("true") == .boolean(true))
        #expect(try value("false") == .boolean(false))
    }

    @Test func datesAndTimes() throws {
        let time = TOMLTime(hour: 7, minute: 32, second: 0, nanosecond: 999_000_000)
        #expect(
            try value("1979-05-27T07:32:00.999-07:00") == .offsetDateTime(date(1979, 5, 27), time, offsetMinutes: -420))
        #expect(try value("1979-05-27 07:32:00.999Z") == .offsetDateTime(date(1979, 5, 27), time, offsetMinutes: 0))
        #expect(try value("1979-05-27t07:32:00.999") == .localDateTime(date(1979, 5, 27), time))
        #expect(try value("2024-02-29") == .localDate(date(2024, 2, 29)))
        #expect(try value("07:32:00.999") == .localTime(time))
    }

    @Test func arraysMayMixTypesAndSpanLines() throws {
        let array = try #require(try value("[ 1, \"two\", [3.0], {four = 4}, # note\n  2026-11-20, ]")?.array)
        #expect(array.elements.count == 5)
        #expect(array.elements[1] == .string("two"))
        #expect(array.positions[4] == TOMLPosition(line: 2, column: 3))
    }

    @Test func tablesAndArraysOfTables() throws {
        let table = try parse(
            """
            [a.b]
            x = 1
            [a]
            y = 2
            [[fruit]]
            name = "apple"
            [fruit.physical]
            color = "red"
            [[fruit]]
            name = "banana"
            """)
        #expect(table["a"]?.table?.keys == ["b", "y"])
        let fruit = try #require(table["fruit"]?.array)
        #expect(fruit.elements.count == 2)
        #expect(fruit.elements[0].table?["physical"]?.table?["color"] == .string("red"))
        #expect(fruit.positions == [TOMLPosition(line: 5, column: 1), TOMLPosition(line: 9, column: 1)])
    }

    @Test func aHeaderMayAddASubTableToATableOfDottedKeys() throws {
        let table = try parse("[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true\n")
        #expect(table["fruit"]?.table?["apple"]?.table?["texture"]?.table?["smooth"] == .boolean(true))
    }

    @Test func keysAndValuesKeepTheirPlaces() throws {
        let table = try parse("# header\n[organization]\n  name = \"N\"\n  \"café\".x = 1\n")
        let organization = try #require(table.entry("organization"))
        #expect(organization.keyPosition == TOMLPosition(line: 2, column: 2))
        #expect(organization.valuePosition == TOMLPosition(line: 2, column: 1))
        let name = try #require(organization.value.table?.entry("name"))
        #expect(name.keyPosition == TOMLPosition(line: 3, column: 3))
        #expect(name.valuePosition == TOMLPosition(line: 3, column: 10))
        let x = organization.value.table?["café"]?.table?.entry("x")
        #expect(x?.keyPosition == TOMLPosition(line: 4, column: 10))
    }

    @Test func columnsCountCharactersNotBytes() {
        // "é" is two bytes and one column.
        #expect(
            error("a = \"é\" x")
                == TOMLError(
                    line: 1, column: 9,
                    "expected the end of the line after the value of a, found 'x'; put each key = value on its own line"
                ))
    }

    @Test func aByteOrderMarkAndCRLFAreAccepted() throws {
        let table = try TOMLParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("a = 1\r\n[b]\r\nc = 2\r\n".utf8))
        #expect(table["b"]?.table?.entry("c")?.keyPosition == TOMLPosition(line: 3, column: 1))
    }

    // MARK: - Errors, with their places

    @Test(
        arguments: [
            ("a =", 1, 4, "expected a value after '=' for the key a"),
            ("a = 1\nb", 2, 2, "expected '=' after the key b, found the end of the line"),
            ("a = 1\na = 2", 2, 1, "the key a is defined twice (first on line 1); keep one"),
            ("[a]\n[a]", 2, 1, "the table [a] is defined twice (first on line 1); put all its keys under one header"),
            (
                "a = {b = 1}\na.c = 2", 2, 1,
                "a is an inline table (line 1), which cannot be added to later; put all its keys inside its { }"
            ),
            (
                "a = [1]\n[[a]]", 2, 3,
                "a is an array (line 1), not a table; an array written with [ ] cannot be added to by headers or "
                    + "dotted keys"
            ),
            ("a = 1\n[a.b]", 2, 2, "a already has a value (line 1), so it cannot also be a table"),
            (
                "[a.b]\nx = 1\n[a]\nb.y = 2", 4, 1,
                "the table a.b has its own [header] (line 1); put this key under that header instead of using a "
                    + "dotted key"
            ),
            (
                "[x]\na.b = 1\n[x.a]", 3, 1,
                "the table [x.a] is already defined by dotted keys (line 2); a header cannot define it again"
            ),
            ("[[t]]\n[t]", 2, 1, "t is an array of tables (line 1); write [[t]] to add a table to it"),
            (
                "a = { b = 1,\n}", 1, 5,
                "an inline table { } must end on the line it starts; use a [table] header for a table over several "
                    + "lines"
            ),
            ("a = { b = 1, }", 1, 14, "an inline table cannot have a comma after its last value"),
            ("a = [1 2]", 1, 8, "expected ',' or ']' after a value in the array, found '2'"),
            ("a = [1,", 1, 5, "this array has no closing ]"),
            (
                "s = \"open\nt = 1", 1, 5,
                "this string has no closing \" on its line; close it, or use \"\"\" for text over several lines"
            ),
            (
                "s = \"\\q\"", 1, 6,
                "\\q is not an escape; use \\\\ for a backslash, or one of \\b \\t \\n \\f \\r \\\" \\uXXXX \\UXXXXXXXX"
            ),
            ("s = \"\\uD800\"", 1, 6, "\\u names no Unicode character (U+D800 is a surrogate or past U+10FFFF)"),
            ("n = 012", 1, 5, "\"012\" is not a value: a number cannot start with 0 (leading zeros are not allowed)"),
            ("n = 1__0", 1, 5, "\"1__0\" is not a value: an underscore must stand between two digits, e.g. 1_000"),
            (
                "n = 9223372036854775808", 1, 5,
                "\"9223372036854775808\" is not a value: too large for a 64-bit integer (from -9223372036854775808 "
                    + "to 9223372036854775807)"
            ),
            ("n = 1e400", 1, 5, "\"1e400\" is not a value: too large for a floating-point number"),
            (
                "n = .5", 1, 5,
                "\".5\" is not a value: expected a number such as 42, -1_000, 0xFF, 3.14 or 1e6, true or false, or "
                    + "text in quotes"
            ),
            (
                "d = 2026-02-30", 1, 5,
                "\"2026-02-30\" is not a valid date or time: there is no such day in the calendar"
            ),
            (
                "d = 2026-11-20T10:00", 1, 5,
                "\"2026-11-20T10:00\" is not a valid date or time: expected a time as HH:MM:SS, e.g. 09:30:00 "
                    + "(seconds are required)"
            ),
            ("[a\nb = 1", 1, 3, "expected ] to close the header [a"),
            (
                "[é]", 1, 2,
                "expected a table name inside [ ], found the byte 0xC3; a name is letters, digits, _ and - (ASCII "
                    + "only) or text in quotes"
            ),
            (
                "[a] b = 1", 1, 5,
                "expected the end of the line after the header [a], found 'b'; a header stands alone on its line (a "
                    + "# comment may follow)"
            ),
            ("a = 1 # bell \u{7}", 1, 14, "the control character U+0007 is not allowed in a comment"),
            ("a = 1\rb = 2", 1, 6, "a carriage return must be followed by a line feed (a line ends with LF or CRLF)"),
        ] as [(String, Int, Int, String)])
    func errorsSayWhereAndWhat(text: String, line: Int, column: Int, message: String) {
        #expect(error(text) == TOMLError(line: line, column: column, message))
    }

    @Test func invalidUTF8IsAnError() {
        #expect(
            throws: TOMLError(line: 2, column: 6, "the file is not valid UTF-8 here (the byte 0xFF); save it as UTF-8")
        ) {
            try TOMLParser.parse(bytes: Array("a = 1\ns = \"".utf8) + [0xFF, 0x22])
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deepArray = "a = " + String(repeating: "[", count: 100_000)
        #expect(error(deepArray)?.message == "values nest deeper than 128 levels; flatten them")
        let deepInline = "a = " + String(repeating: "{b=", count: 100_000)
        #expect(error(deepInline)?.message == "values nest deeper than 128 levels; flatten them")
        let deepKey = "[" + Array(repeating: "k", count: 10_000).joined(separator: ".") + "]"
        #expect(error(deepKey)?.message == "this key has more than 128 parts; flatten it")
        #expect((try? parse("a = " + String(repeating: "[", count: 120) + String(repeating: "]", count: 120))) != nil)
    }

    @Test func messagesShowUnprintableKeysEscaped() {
        #expect(
            error("\"\\u001B[2J\" = 1\n\"\\u001B[2J\" = 2")?.message
                == "the key \"\\u001B[2J\" is defined twice (first on line 1); keep one")
    }
}
