import TandemUI
import Testing

/// Width is measured, not assumed: wide CJK and emoji take two columns, combining marks none,
/// and truncation never splits a character.
@Suite struct DisplayWidthTests {
    @Test func clustersTerminalsSplitAreDrawnAsTheirParts() {
        #expect(DisplayWidth.cells(of: "⚠️").map(\.text) == ["⚠"])
        #expect(DisplayWidth.cells(of: "👩‍💻").map(\.width) == [2, 2])
        #expect(DisplayWidth.cells(of: "e\u{301}").map(\.text) == ["e\u{301}"])
        #expect(DisplayWidth.cells(of: "\u{0378}").map(\.text) == ["\u{FFFD}"])  // unassigned
        for character in ["⚠️", "👩‍👩‍👧‍👦", "👍🏽", "🇩🇪", "e\u{301}", "\u{200D}"] as [Character] {
            #expect(DisplayWidth.cells(of: character).reduce(0) { $0 + $1.width } == DisplayWidth.of(character))
        }
    }

    @Test(arguments: [
        ("abc", 3), ("", 0), ("日本語", 6), ("🚚", 2), ("e\u{301}", 1), ("cafe\u{301}", 4),
        // As ncurses and tmux draw them: a ZWJ sequence or a skin tone as its parts, a
        // presentation selector ignored, symbols that are not wide by default narrow.
        ("👩‍💻", 4), ("❤️", 1), ("⚠️", 1), ("☁️", 1), ("🛡", 1), ("🖥 🛠 🗓", 5), ("🇩🇪", 2), ("👍🏽", 4), ("Ａ", 2), ("ｱ", 1),
        ("한국", 4),
        ("a\u{200B}b", 2), ("\u{1B}", 0), ("\u{9B}", 0), ("\u{202E}", 0), ("—…●▶", 4),
    ])
    func displayWidth(text: String, width: Int) {
        #expect(text.displayWidth == width)
    }

    @Test func deleteHasNoWidth() {
        #expect("\u{7F}".displayWidth == 0)
        #expect("a\u{7F}b".displayWidth == 2)
    }

    @Test func truncationAddsAnEllipsis() {
        #expect("hello".truncated(to: 5) == "hello")
        #expect("hello".truncated(to: 4) == "hel…")
        #expect("hello".truncated(to: 1) == "…")
        #expect("hello".truncated(to: 0) == "")
        #expect("hello".truncated(to: 4, ellipsis: "~") == "hel~")
    }

    @Test func truncationLeavesOutAWideCharacterThatDoesNotFit() {
        #expect("日本語".truncated(to: 6) == "日本語")
        #expect("日本語".truncated(to: 5) == "日本…")
        #expect("日本語".truncated(to: 4) == "日…")
        #expect("日本語".truncated(to: 2) == "…")
        #expect("🚚🚚🚚".truncated(to: 4) == "🚚…")
    }

    @Test func truncationKeepsCombiningMarksWithTheirLetter() {
        let e = "e\u{301}"
        #expect((e + e + e).truncated(to: 2) == e + "…")
        #expect(("👩‍💻👩‍💻").truncated(to: 5) == "👩‍💻…")
    }

    @Test func truncationNeverSplitsACharacterOrOverflows() {
        let samples = ["plain ascii text", "日本語のテキスト", "🚚📦🚚📦", "e\u{301}a\u{301}o\u{301}", "a日b🚚c👩‍💻d🇩🇪", "ＡＢＣ"]
        for text in samples {
            for width in 0...20 {
                let cut = text.truncated(to: width)
                #expect(cut.displayWidth <= width, "\(text) at \(width)")
                if text.displayWidth <= width {
                    #expect(cut == text)
                } else if width > 0 {
                    #expect(cut.hasSuffix("…"))
                    #expect(text.hasPrefix(String(cut.dropLast())), "\(text) at \(width) gave \(cut)")
                }
            }
        }
    }

    @Test func paddingGivesExactlyTheWidth() {
        #expect("abc".padded(to: 5) == "abc  ")
        #expect("abc".padded(to: 5, alignment: .right) == "  abc")
        #expect("abc".padded(to: 5, alignment: .center) == " abc ")
        #expect("abc".padded(to: 6, alignment: .center) == " abc  ")
        #expect("日本".padded(to: 5) == "日本 ")
        #expect("日本語".padded(to: 5) == "日本…")
        #expect("日本語".padded(to: 4) == "日… ")
        for text in ["abc", "日本語", "🚚x", "e\u{301}"] {
            for width in 0...8 { #expect(text.padded(to: width).displayWidth == width) }
        }
    }
}
