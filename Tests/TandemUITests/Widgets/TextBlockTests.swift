import TandemUI
import Testing

@Suite struct TextBlockTests {
    @Test func wrapsAtWordBoundaries() {
        #expect(TextBlock.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func keepsParagraphsAndBlankLines() {
        #expect(TextBlock.wrap("one\n\ntwo three", width: 20) == ["one", "", "two three"])
    }

    @Test func collapsesRunsOfSpaces() {
        #expect(TextBlock.wrap("a   b", width: 10) == ["a b"])
    }

    @Test func breaksAWordLongerThanTheWidth() {
        #expect(TextBlock.wrap("internationalization", width: 8) == ["internat", "ionaliza", "tion"])
        #expect(TextBlock.wrap("a supercalifragilistic b", width: 6) == ["a", "superc", "alifra", "gilist", "ic b"])
    }

    @Test func breaksWideCharactersWholeByDisplayWidth() {
        let lines = TextBlock.wrap("日本語のテキスト", width: 5)
        #expect(lines == ["日本", "語の", "テキ", "スト"])
        #expect(lines.allSatisfy { $0.displayWidth <= 5 })
        #expect(TextBlock.wrap("🚚🚚🚚 go", width: 4) == ["🚚🚚", "🚚", "go"])
    }

    @Test func countsCombiningMarksAsNoWidth() {
        let cafe = "cafe\u{301}"
        #expect(TextBlock.wrap("\(cafe) \(cafe) \(cafe)", width: 9) == ["\(cafe) \(cafe)", cafe])
    }

    @Test func zeroWidthGivesNoLines() {
        #expect(TextBlock.wrap("text", width: 0) == [])
    }

    @Test func drawsFromAnOffsetAndReportsTheFullLength() {
        var buffer = CellBuffer(size: Size(columns: 11, rows: 3))
        let total = TextBlock.draw(
            "one two three four", into: &buffer, Rect(x: 1, y: 0, width: 9, height: 2), offset: 1)
        #expect(total == 3)
        #expect(TextRenderer.lines(buffer) == [" three", " four", ""])
    }

    @Test func aWideCharacterInAOneColumnRectangleBecomesASpaceNotASpill() {
        let lines = drawn(8, 3) {
            for y in 0..<3 { $0.put("xxxxxxxx", x: 0, y: y) }
            TextBlock.draw("日本", into: &$0, Rect(x: 1, y: 0, width: 1, height: 2))
        }
        #expect(lines == ["x xxxxxx", "x xxxxxx", "xxxxxxxx"])
    }
}

@Suite struct FrameTests {
    @Test func boxWithTitleInTheTopEdge() {
        var inner = Rect(x: 0, y: 0, width: 0, height: 0)
        let lines = drawn(12, 4) {
            inner = Frame.draw(into: &$0, Rect(x: 0, y: 0, width: 12, height: 4), title: [Span("Box", .title)])
        }
        #expect(
            lines == [
                "┌─ Box ────┐",
                "│          │",
                "│          │",
                "└──────────┘",
            ])
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
    }

    @Test func longTitleIsCutWithAnEllipsis() {
        let lines = drawn(12, 3) {
            Frame.draw(into: &$0, Rect(x: 0, y: 0, width: 12, height: 3), title: [Span("A very long title")])
        }
        #expect(lines[0] == "┌─ A very…─┐")
    }

    @Test func footerSitsRightInTheBottomEdge() {
        let lines = drawn(16, 3) {
            Frame.draw(into: &$0, Rect(x: 0, y: 0, width: 16, height: 3), title: [Span("T")], footer: [Span("2 of 9")])
        }
        #expect(
            lines == [
                "┌─ T ──────────┐",
                "│              │",
                "└───── 2 of 9 ─┘",
            ])
    }

    @Test func wideTitleIsCutWhole() {
        let lines = drawn(12, 2) {
            Frame.draw(into: &$0, Rect(x: 0, y: 0, width: 12, height: 2), title: [Span("倉庫管理システム")])
        }
        #expect(lines[0] == "┌─ 倉庫管…─┐")
        #expect(lines[0].displayWidth == 12)
    }

    @Test func noTitleInANarrowBox() {
        let lines = drawn(6, 2) { Frame.draw(into: &$0, Rect(x: 0, y: 0, width: 6, height: 2), title: [Span("Box")]) }
        #expect(lines == ["┌────┐", "└────┘"])
    }

    @Test func tooSmallForABoxDrawsNothing() {
        var inner = Rect(x: 9, y: 9, width: 9, height: 9)
        let lines = drawn(3, 3) {
            inner = Frame.draw(into: &$0, Rect(x: 0, y: 0, width: 1, height: 3), title: [Span("Box")])
        }
        #expect(lines == ["", "", ""])
        #expect(inner.isEmpty)
    }

    @Test func focusedBorderHasItsOwnRole() {
        var buffer = CellBuffer(size: Size(columns: 10, rows: 3))
        Frame.draw(into: &buffer, Rect(x: 0, y: 0, width: 5, height: 3))
        Frame.draw(into: &buffer, Rect(x: 5, y: 0, width: 5, height: 3), focused: true)
        #expect(buffer[0, 0].role == .border)
        #expect(buffer[5, 0].role == .borderFocused)
        #expect(buffer[9, 2].role == .borderFocused)
    }

    @Test func asciiBox() {
        let lines = drawn(12, 3, glyphs: .ascii) {
            Frame.draw(into: &$0, Rect(x: 0, y: 0, width: 12, height: 3), title: [Span("Box")], footer: [Span("1")])
        }
        #expect(lines == ["+- Box ----+", "|          |", "+------ 1 -+"])
    }
}
