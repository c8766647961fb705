import Testing

@testable import TandemCore

@Suite struct TextSanitizerTests {
    private func clean(_ text: String, keepNewlines: Bool = false) -> String {
        TextSanitizer.clean(text, keepNewlines: keepNewlines)
    }

    @Test func leavesPlainTextAloneButTrimsIt() {
        #expect(clean("  Patient portal uptime  ") == "Patient portal uptime")
        #expect(clean("José Almeida — 東京 🚚") == "José Almeida — 東京 🚚")
    }

    @Test func dropsAScreenClearingSequence() {
        #expect(clean("before\u{1B}[2Jafter") == "beforeafter")
        #expect(clean("\u{1B}[1;31mred\u{1B}[0m") == "red")
    }

    @Test func dropsAWindowTitleChangeEndedByBellOrStringTerminator() {
        #expect(clean("a\u{1B}]0;pwned\u{07}b") == "ab")
        #expect(clean("a\u{1B}]0;pwned\u{1B}\\b") == "ab")
        #expect(clean("a\u{9D}0;pwned\u{9C}b") == "ab")
    }

    @Test func dropsAClipboardWrite() {
        #expect(clean("x\u{1B}]52;c;ZWNobyBoYWNrZWQ=\u{07}y") == "xy")
    }

    @Test func dropsAnUnterminatedControlStringToTheEnd() {
        #expect(clean("keep\u{1B}]52;c;ZWNobw==") == "keep")
    }

    @Test func dropsDeviceControlAndOtherStrings() {
        #expect(clean("a\u{1B}Pdata\u{1B}\\b\u{1B}_apc\u{07}c\u{1B}^pm\u{07}d\u{1B}Xsos\u{07}e") == "abcde")
    }

    @Test func dropsTwoCharacterEscapes() {
        #expect(clean("a\u{1B}cb\u{1B}7c") == "abc")
        #expect(clean("end\u{1B}") == "end")
    }

    @Test func dropsC1Controls() {
        #expect(clean("a\u{9B}2Jb") == "ab")
        #expect(clean("a\u{85}b\u{80}c\u{84}d\u{9C}e") == "abcde")
    }

    @Test func dropsBidiOverridesIsolatesAndMarks() {
        let text = "in\u{202E}voice\u{202C}.pdf \u{2066}x\u{2069} \u{200F}\u{200E}\u{061C}y\u{FEFF}"
        #expect(clean(text) == "invoice.pdf x y")
    }

    @Test func dropsBackspaceDeleteAndNul() {
        #expect(clean("ab\u{08}\u{08}cd\u{7F}e\u{0}f") == "abcdef")
    }

    @Test func dropsCarriageReturnsSoTheyCannotOverwriteALine() {
        #expect(!clean("safe\rEVIL").contains("\r"))
        #expect(clean("line one\r\nline two", keepNewlines: true) == "line one\nline two")
        #expect(clean("line one\r\nline two") == "line one line two")
    }

    @Test func loneCarriageReturnStillSeparatesWords() {
        // A file with CR line ends holds lone CRs inside quoted multi-line fields.
        #expect(clean("line one\rline two") == "line one line two")
        #expect(clean("line one\rline two", keepNewlines: true) == "line one\nline two")
    }

    @Test func turnsTabsIntoSpaces() {
        #expect(clean("a\tb") == "a b")
        #expect(clean("a\tb", keepNewlines: true) == "a b")
    }

    @Test func turnsNewlinesIntoSpacesUnlessAskedToKeepThem() {
        #expect(clean("one\ntwo\u{2028}three\u{2029}four") == "one two three four")
        #expect(clean("one\ntwo\u{2028}three\u{2029}four", keepNewlines: true) == "one\ntwo\nthree\nfour")
    }

    @Test func trimsWhiteSpaceLeftByRemovedSequences() {
        #expect(clean("\u{1B}[2J  \n title \u{07}\n") == "title")
        #expect(clean("\u{1B}[2J") == "")
    }

    @Test func neverLeavesAControlCharacter() {
        var text = ""
        for value in 0..<0x200 { text.unicodeScalars.append(Unicode.Scalar(value)!) }
        for keepNewlines in [false, true] {
            let cleaned = clean(text + text, keepNewlines: keepNewlines)
            let controls = cleaned.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
            }
            #expect(controls.isEmpty)
            #expect(keepNewlines || !cleaned.contains("\n"))
        }
    }

    @Test func inertOutputKeepsItsLayoutAndLosesEverySequence() {
        let laidOut = "| a  |  b |\n\n  indented\n"
        #expect(TextSanitizer.inert(laidOut) == laidOut)
        #expect(TextSanitizer.inert("x\u{1B}]52;c;cHduZWQ=\u{07}y \u{1B}[2J\u{9B}31m\u{0}\u{202E}z\n") == "xy z\n")
    }
}
