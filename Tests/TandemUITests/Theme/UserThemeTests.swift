import Foundation
import Testing

@testable import TandemUI

/// Themes in the user's folder: a three-line theme works; a bad one warns with file and line and
/// still renders; names cannot leave the theme folders.
@Suite struct UserThemeTests {
    func folder(with files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tandem-themes-\(UUID().uuidString.prefix(8))")
        let themes = root.appendingPathComponent("tandem/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: themes.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return root.path
    }

    @Test func aThreeLineThemeChangesOneRoleAndKeepsTheRest() throws {
        let config = try folder(with: ["mine.toml": "name = \"mine\"\n[status_red]\nfg = \"#ff0000\"\n"])
        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": config])
        let entry = try catalog.find("mine")
        #expect(entry.warnings.isEmpty)
        #expect(entry.theme.style(.statusRed).foreground == .rgb(255, 0, 0))
        #expect(entry.theme.style(.statusGreen) == Theme.standard.style(.statusGreen))
        #expect(entry.source == .file(config + "/tandem/themes/mine.toml"))
    }

    @Test func aBadThemeWarnsWithFileAndLineAndStillRenders() throws {
        let text =
            "name = \"bad\"\n[status_red]\nfg = \"#zzzzzz\"\n[not_a_role]\nfg = \"red\"\n[status_green]\nfg = "
            + "\"green\"\n"
        let config = try folder(with: ["bad.toml": text])
        let entry = try ThemeCatalog(environment: ["XDG_CONFIG_HOME": config]).find("bad")
        let path = config + "/tandem/themes/bad.toml"
        // In the order of the file.
        #expect(
            entry.warnings.map(\.description) == [
                "\(path):3: fg = \"#zzzzzz\" is not a colour; expected \"#RRGGBB\", a number from 0 to 255, "
                    + "\"default\" or one of black, red, green, yellow, blue, magenta, cyan, white",
                "\(path):4: unknown role [not_a_role] is ignored; expected one "
                    + "of \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))",
            ])
        #expect(entry.theme.style(.statusGreen).foreground == .index(2))
        var buffer = CellBuffer(size: Size(columns: 10, rows: 1))
        buffer.put("ok", x: 0, y: 0)
        #expect(TextRenderer.ansi(buffer, theme: entry.theme).contains("ok"))
    }

    @Test func aLongDescriptionIsCutAtAWord() {
        let words = Array(repeating: "colourful", count: 15).joined(separator: " ")
        let (theme, _) = ThemeParser.parse("description = \"\(words)\"\n", file: "t.toml")
        #expect(theme.description.hasSuffix("colourful…"))
        #expect(theme.description.count <= 100)
    }

    @Test func aWarningShowsTheControlCharactersItQuotes() {
        let text = "[status_red]\nfg = \"\\u001B[31m#ff\"\n\"\\u001B]0;title\\u0007bold\" = true\n"
        let (_, warnings) = ThemeParser.parse(text, file: "t.toml")
        // A quoted key too has its own line, from the place the TOML reader kept.
        #expect(
            warnings.map(\.description) == [
                "t.toml:2: fg = \"\u{241B}[31m#ff\" is not a colour; expected \"#RRGGBB\", a number from 0 to 255, "
                    + "\"default\" or one of black, red, green, yellow, blue, magenta, cyan, white",
                "t.toml:3: unknown setting \"\u{241B}]0;title\u{2407}bold\" is ignored; expected fg, bg, bold, "
                    + "underline or reverse",
            ])
    }

    @Test func thousandsOfUnknownSectionsEachWarnOnTheirLine() {
        let text = (0..<1000).map { "[unknown_\($0)]\nfg = \"red\"" }.joined(separator: "\n")
        let (_, warnings) = ThemeParser.parse(text, file: "t.toml")
        #expect(warnings.count == 1000)
        #expect(
            warnings.allSatisfy { warning in
                let number = Int(warning.message.dropFirst("unknown role [unknown_".count).prefix { $0 != "]" })
                return warning.line == number.map { 2 * $0 + 1 }
            })
    }

    @Test func aNameCannotLeaveTheThemeFolders() {
        let catalog = ThemeCatalog(environment: [:])
        #expect(throws: ThemeLookupError.self) { try catalog.find("../../x") }
        #expect(throws: ThemeLookupError.self) { try catalog.find("a/b") }
        #expect(throws: ThemeLookupError.self) { try catalog.find("nope") }
    }

    @Test func aUserThemeWithAShippedNameReplacesIt() throws {
        let config = try folder(with: ["nord.toml": "name = \"nord\"\n[text]\nfg = \"#010203\"\n"])
        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": config])
        #expect(catalog.entries.count { $0.theme.name == "nord" } == 1)
        #expect(try catalog.find("nord").theme.style(.text).foreground == .rgb(1, 2, 3))
    }
}
