import TandemCore
import TandemTestSupport
import Testing

@testable import TandemUI

/// Inputs the fuzz targets in Fuzz/ found a problem with (see docs/FUZZING.md), kept so the
/// problem stays fixed.
@Suite struct FuzzFindingsTests {
    /// fuzz-workspace and fuzz-theme, under LeakSanitizer, on every input: the filtered view was
    /// cached inside the dashboard it holds, a reference cycle that kept each loaded workspace
    /// (every row of it) alive after a reload replaced it.
    @Test func aDashboardIsFreedOnceNothingUsesIt() throws {
        weak var cache: ViewCache?
        do {
            let model = try TestWorkspace().model()
            cache = model.cache
            for pane in Pane.allCases {
                _ = DashboardView.render(
                    update(AppState(size: .of(120, 40)), .focus(pane), model: model).0, model: model)
            }
            _ = screen("o / a", size: .of(80, 24), model: model)
            #expect(cache != nil)
        }
        #expect(cache == nil, "the dashboard's cache outlives it: a reference cycle")
    }
}

/// Theme files: the same findings as for the manifest (see TandemCoreTests' FuzzFindingsTests).
@Suite struct ThemeFuzzFindingsTests {
    /// fuzz-theme: a CRLF theme with a broken header stopped the process in toml++.
    @Test func aBrokenHeaderInACRLFThemeIsAWarning() throws {
        let text = "name = \"x\"\r\n[text]\r\nfg = \"red\"\r\n[\r\n"
        let (theme, warnings) = ThemeParser.parse(text, file: "x.toml")
        #expect(theme == .standard)
        #expect(warnings.map(\.line) == [4])
    }

    /// fuzz-theme: warnings quote the file and `tandem themes` prints them as they are.
    @Test func warningsHoldNoControlCharacter() {
        let (_, warnings) = ThemeParser.parse(
            """
            ["\\u001B]0;owned\\u0007"]
            fg = "red"
            [text]
            fg = "\\u001B[2J"
            "\\u009B31m" = 1
            """, file: "x.toml")
        #expect(warnings.count == 3)
        for warning in warnings {
            #expect(
                !warning.description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                "\(warning.description.debugDescription)")
        }
    }
}
