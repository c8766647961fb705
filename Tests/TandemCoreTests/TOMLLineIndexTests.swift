import Testing
@_spi(Fuzzing) @testable import TandemCore

/// Lines of TOML headers and keys, found in one pass for every diagnostic of a manifest or theme.
@Suite struct TOMLLineIndexTests {
    @Test func findsHeadersAndKeysInTheirTables() {
        let index = TOMLLineIndex("top = 1\r\n[organization]\r\n  name = \"N\"\n[ risks ]\nappetite=12\nname = 2\n[organization]\nname = 3\n")
        #expect(index.line(of: "top", in: "") == 1)
        #expect(index.line(ofSection: "organization") == 2)
        #expect(index.line(of: "name", in: "organization") == 3)
        #expect(index.line(ofSection: "risks") == 4)
        #expect(index.line(of: "appetite", in: "risks") == 5)
        #expect(index.line(of: "name", in: "risks") == 6)
        #expect(index.line(of: "missing", in: "risks") == nil)
        #expect(index.line(ofSection: "missing") == nil)
    }

    @Test func everyOneOfThousandsOfUnknownKeysIsWarnedAboutOnItsOwnLine() throws {
        let keys = (0..<2000).map { "unknown_\($0) = \($0)" }.joined(separator: "\n")
        let (_, diagnostics) = try ManifestParser.parse("[organization]\nname = \"N\"\n" + keys + "\n")
        #expect(diagnostics.count == 2000)
        #expect(diagnostics.allSatisfy { diagnostic in
            diagnostic.line == diagnostic.column.flatMap { Int($0.dropFirst("organization.unknown_".count)) }.map { $0 + 3 }
        })
    }

    @Test func aManifestWarningShowsTheControlCharactersOfTheKeyItQuotes() throws {
        let (_, diagnostics) = try ManifestParser.parse("[organization]\nname = \"N\"\n\"\\u001B[31mred\" = 1\n[\"\\u0007bell\"]\n")
        let text = diagnostics.map(\.description)
        #expect(text.contains { $0.hasPrefix("tandem.toml:1: organization.\u{241B}[31mred: unknown key is ignored") })
        #expect(text.contains { $0.hasPrefix("tandem.toml: \u{2407}bell: unknown section [\u{2407}bell] is ignored") })
    }
}
