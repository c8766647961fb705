import Testing

@_spi(Fuzzing) @testable import TandemCore

/// Inputs the fuzz targets in Fuzz/ found a problem with (see docs/FUZZING.md), kept so the
/// problem stays fixed.
@Suite struct FuzzFindingsTests {
    /// fuzz-manifest: with toml++ (through TOMLKit) a broken header after the first line of a CRLF
    /// manifest stopped the process, as its check before parsing split the text on the Character
    /// "\n", which "\r\n" never is. Our own reader refuses them with their line.
    @Test(arguments: [
        "[organization]\r\nname = \"N\"\r\n[\r\n",
        "[organization]\r\nname = \"N\"\r\n[é]\r\n",
        "[organization]\r\nname = \"N\"\r\n[[=\r\n",
    ])
    func aBrokenHeaderInACRLFManifestIsALoadFailure(text: String) throws {
        #expect(throws: LoadFailure.self) { try ManifestParser.parse(text) }
        #expect(parseFailure(text)?.line == 3)
    }

    /// fuzz-manifest: a broken header right after a byte order mark stopped the process in toml++.
    /// The first input is the one found.
    @Test(arguments: [
        [
            0xEF, 0xBB, 0xBF, 0x5B, 0x15, 0x72, 0x99, 0x9E, 0x8F, 0x9E, 0x63, 0x65, 0x20, 0x66, 0x6F, 0x74, 0x0A, 0x6B,
            0x70, 0x69, 0x73,
        ],
        Array("\u{FEFF}[\n".utf8), Array("\u{FEFF}[é]\nx = 1\n".utf8),
    ])
    func aBrokenHeaderAfterAByteOrderMarkIsALoadFailure(bytes: [UInt8]) throws {
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(parseFailure(text)?.line == 1)
    }

    /// fuzz-manifest: toml++ asserted that the time after a date's T starts with a digit, and read
    /// past a value that is a date, a space and one digit: a half-typed as_of stopped the process.
    @Test(arguments: [
        "[organization]\nname = \"N\"\nas_of = 2026-11-20T:00\n",
        "[organization]\nname = \"N\"\nas_of = 2026-11-20tx1:00\n",
        "a = [1979-05-27T-7:32:00]\n",
        "[[a.b]]\n[ \"x y\" . z ] # c\n['Lit']\n[org2026-11-20anization]\nname-f = 2026-11-20Tq0:00:001",
        // toml++ reads past a date, a space and one digit: the second is cut from the input found
        "[organization]\nname = \"N\"\nas_of = 2026-11-20 5\n",
        "# N[[a.b]]\n[ \"x y\"  .z ] # c\n['lit']# N\nname =2026-11-20 5\nas_of = \"2026-02-30\"\n",
        "a = [2_026-11-2_0 9, 1]\n",
        "[leaders]\ncio = \"A\"\nas_of = 2026-11-2= 0\n\n[kpis]\n",  // cut from an input found
        "a = 2026-aé-20 7 # c\n",
        "v=405\"-11-20 0#",  // found by fuzz-theme: the quote is part of the bare value
        "a = {b = 2026-11-20 1}\r\n",
    ])
    func aDateWithATAndNoTimeIsALoadFailure(text: String) throws {
        #expect(throws: LoadFailure.self) { try ManifestParser.parse(text) }
    }

    /// fuzz-manifest: toml++ asserted when a list went on with "}" or a Unicode line break where
    /// a value should start. The first input is the one found.
    @Test(arguments: [
        "[ation]\nname =[[[[[[[[[ }nan[s\n",
        "a = [}\n", "a = [1, }\n", "a = [\n# c\n}]\n", "a = [\u{2028}1]\n", "a = [\u{85}1]\n",
    ])
    func aListThatGoesOnWithoutAValueIsALoadFailure(text: String) throws {
        #expect(throws: LoadFailure.self) { try ManifestParser.parse(text) }
    }

    /// The same shapes in strings and comments are text, and read as such.
    @Test(arguments: [
        "[organization]\nname = \"N\"\nwhen = 2026-11-20T10:00:00Z\nthen = 2026-11-20 10:00:00\n",
        "[organization]\nname = \"Board 2026-11-20 9am, 2026-11-20T-1\" # 2026-11-20 5\n",
        "[organization]\nname = 'N \\' # 2026-11-20T:'\nnote = \"\"\"\n[not a header\n2026-11-20 5\n\"\"\"\n",
        "[organization]\nname = \"N [ }\\u2028\"\nlist = [ \"[\", # [\n  \"}\" ]\ntable = { a = [], b = {} }\n",
    ])
    func datesInStringsStillReachTheParser(text: String) throws {
        #expect(try ManifestParser.parse(text).0.organization.hasPrefix("N") || text.contains("Board"))
    }

    /// Found with the one above: the lines warnings point at were counted the same way.
    @Test func warningsInACRLFManifestNameTheirLine() throws {
        let (_, diagnostics) = try ManifestParser.parse(
            "[organization]\r\nname = 5\r\n\r\n[kpis]\r\nwarn_band_pct = 900\r\n")
        #expect(diagnostics.map(\.line) == [2, 2, 5])  // name: not text, so missing
    }

    /// fuzz-manifest and fuzz-workspace: messages quote the file (a section or key name, a bad
    /// header, the TOML library's error) and `tandem validate` prints them as they are, so a
    /// manifest could send escape sequences to the terminal. The first input is the one found.
    @Test(arguments: [
        "[\u{05}%",
        "[organization]\nname = \"N\"\n[\"\u{1B}]0;owned\u{07}\"]\nx = 1\n",
        "[organization]\nname = \"N\"\n[kpis]\n\"\u{1B}[2J\u{9B}31m\u{202E}\" = 1\n",
        "[organization]\nname = \"N\"\nx = \u{1B}[31m\n",
    ])
    func messagesHoldNoControlCharacter(text: String) {
        var messages: [String] = []
        do {
            messages = try ManifestParser.parse(text).1.map(\.description)
        } catch {
            messages = [error.description]
        }
        #expect(!messages.isEmpty)
        for message in messages {
            #expect(
                !message.unicodeScalars.contains {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
                },
                "\(message.debugDescription)")
        }
    }

    /// fuzz-values: a lone narrow no-break space (U+202F) was empty to the number parser, which
    /// trims it, but not to `EmptyWords`: the two must agree on what is empty.
    @Test func aNarrowNoBreakSpaceIsEmptyToEveryParser() {
        let text = String(decoding: [0xE2, 0x80, 0xAF] as [UInt8], as: UTF8.self)
        #expect(EmptyWords.isEmpty(text))
        #expect(NumberForms.parse(text) == .empty)
        #expect(DateForms.parse(text) == .empty)
        #expect(PeriodForms.parse(text) == .empty)
    }

    private func parseFailure(_ text: String) -> LoadFailure? {
        do {
            _ = try ManifestParser.parse(text)
            return nil
        } catch {
            return error
        }
    }
}
