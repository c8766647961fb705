import Testing

@_spi(Fuzzing) @testable import TandemCore

/// Manifest warnings name the line of what they are about (from the places the TOML reader
/// keeps, in one pass) and show the bytes they quote.
@Suite struct ManifestWarningTests {
    @Test func everyOneOfThousandsOfUnknownKeysIsWarnedAboutOnItsOwnLine() throws {
        let keys = (0..<2000).map { "unknown_\($0) = \($0)" }.joined(separator: "\n")
        let (_, diagnostics) = try ManifestParser.parse("[organization]\nname = \"N\"\n" + keys + "\n")
        #expect(diagnostics.count == 2000)
        #expect(
            diagnostics.allSatisfy { diagnostic in
                diagnostic.line
                    == diagnostic.column.flatMap { Int($0.dropFirst("organization.unknown_".count)) }.map { $0 + 3 }
            })
    }

    @Test func aManifestWarningShowsTheControlCharactersOfTheKeyItQuotes() throws {
        let (_, diagnostics) = try ManifestParser.parse(
            "[organization]\nname = \"N\"\n\"\\u001B[31mred\" = 1\n[\"\\u0007bell\"]\n")
        let text = diagnostics.map(\.description)
        #expect(text.contains { $0.hasPrefix("tandem.toml:3: organization.\u{241B}[31mred: unknown key is ignored") })
        #expect(
            text.contains { $0.hasPrefix("tandem.toml:4: \u{2407}bell: unknown section [\u{2407}bell] is ignored") })
    }

    @Test func bytesThatAreNotUTF8AreAnErrorWithTheirLine() {
        let bytes = Array("[organization]\nname = \"N".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8)
        #expect(throws: LoadFailure.self) { try ManifestParser.parse(bytes: bytes) }
        do {
            _ = try ManifestParser.parse(bytes: bytes)
        } catch {
            #expect(error.line == 2, "\(error)")
        }
    }
}
