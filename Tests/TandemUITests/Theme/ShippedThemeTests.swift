import Foundation
import Testing

@testable import TandemUI

/// The themes shipped in Themes/: complete, warning-free, embedded as they are on disk, readable.
@Suite struct ShippedThemeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func atLeastEightThemesShipIncludingTheRequiredKinds() {
        let names = Set(ThemeCatalog.shipped.map(\.theme.name))
        #expect(names.count >= 8)
        for required in [
            "default", "light", "high-contrast", "colorblind", "monochrome", "nord", "solarized-dark",
            "solarized-light", "gruvbox",
        ] {
            #expect(names.contains(required), "missing \(required)")
        }
    }

    @Test(arguments: ShippedThemes.files.map(\.name))
    func parsesWithoutWarningsAndNamesEveryRole(name: String) throws {
        let file = try #require(ShippedThemes.files.first { $0.name == name })
        let (theme, warnings) = ThemeParser.parse(file.text, file: "\(name).toml", base: Theme(name: "", styles: [:]))
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(theme.name == name)
        for role in StyleRole.allCases {
            #expect(theme.styles[role] != nil, "\(name) does not define \(role.rawValue)")
        }
    }

    @Test func theEmbeddedThemesAreTheFilesInThemesFolder() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("Themes").path
        )
        .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(onDisk == ShippedThemes.files.map { "\($0.name).toml" }.sorted())
        for file in ShippedThemes.files {
            let text = try String(
                contentsOf: Self.root.appendingPathComponent("Themes/\(file.name).toml"), encoding: .utf8)
            #expect(
                text.trimmingCharacters(in: .newlines) == file.text,
                "Themes/\(file.name).toml changed: run scripts/embed-themes")
        }
    }

    @Test(arguments: ShippedThemes.files.map(\.name))
    func rendersInColour(name: String) throws {
        let theme = try #require(ThemeCatalog.shipped.first { $0.theme.name == name }?.theme)
        var buffer = CellBuffer(size: Size(columns: 20, rows: 2))
        buffer.put("● RED", x: 0, y: 0, role: .statusRed)
        buffer.select(Rect(x: 0, y: 1, width: 20, height: 1))
        let text = TextRenderer.ansi(buffer, theme: theme)
        #expect(text.contains("● RED"))
        #expect(text.hasSuffix("\u{1B}[0m\n"))
    }

    /// WCAG 2 contrast: 4.5:1 for text and status against the background (AA), 3:1 for borders.
    @Test(arguments: ["light", "high-contrast"])
    func meetsWCAGAAContrast(name: String) throws {
        let theme = try #require(ThemeCatalog.shipped.first { $0.theme.name == name }?.theme)
        let textRoles: [StyleRole] = [
            .text, .muted, .title, .header, .accent, .statusGreen, .statusAmber, .statusRed,
            .statusNeutral, .bandLow, .bandMedium, .bandHigh, .bandCritical, .titleBar, .statusBar, .banner, .demo,
        ]
        for role in textRoles {
            for selected in [false, true] where !(selected && [.titleBar, .statusBar, .banner, .demo].contains(role)) {
                let style = theme.resolved(role, selected: selected)
                let fg = try #require(style.foreground)
                let bg = try #require(style.background)
                let ratio = Contrast.ratio(fg, bg)
                #expect(ratio >= 4.5, "\(name) \(role.rawValue)\(selected ? " selected" : ""): \(ratio)")
            }
        }
        let border = theme.resolved(.border, selected: false)
        #expect(Contrast.ratio(try #require(border.foreground), try #require(border.background)) >= 3)
    }

    /// In 8 colours no role's text may vanish into its background.
    @Test(arguments: ShippedThemes.files.map(\.name))
    func readableInEightColours(name: String) throws {
        let theme = try #require(ThemeCatalog.shipped.first { $0.theme.name == name }?.theme)
        for role in StyleRole.allCases {
            for selected in [false, true] {
                let style = theme.resolved(role, selected: selected)
                let (fg, bg) = ColorMapping.pair(
                    foreground: style.foreground, background: style.background, depth: .palette8)
                guard let fg else { continue }
                #expect(fg != (bg ?? 0), "\(name) \(role.rawValue)\(selected ? " selected" : "") vanishes in 8 colours")
            }
        }
    }
}

/// WCAG relative luminance and contrast ratio.
enum Contrast {
    static func ratio(_ a: ThemeColor, _ b: ThemeColor) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func luminance(_ color: ThemeColor) -> Double {
        let (r, g, b) = ColorMapping.rgb(color)
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
}
