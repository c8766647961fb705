import TandemUI
import Testing

@Suite struct CellBufferTests {
    @Test func wideCharacterTakesTwoCells() {
        var buffer = CellBuffer(size: Size(columns: 6, rows: 1))
        let end = buffer.put("a日b", x: 0, y: 0)
        #expect(end == 4)
        #expect(buffer[1, 0] == Cell("日", width: 2))
        #expect(buffer[2, 0].isContinuation)
        #expect(TextRenderer.lines(buffer) == ["a日b"])
    }

    @Test func wideCharacterCrossingTheRightEdgeBecomesASpace() {
        let lines = drawn(5, 1) {
            $0.put("xxxxx", x: 0, y: 0)
            $0.put("a日", x: 3, y: 0)
        }
        #expect(lines == ["xxxa"])
    }

    @Test func wideCharacterCrossingTheClipEdgeBecomesASpace() {
        var buffer = CellBuffer(size: Size(columns: 6, rows: 1))
        buffer.put("xxxxxx", x: 0, y: 0)
        buffer.put("日本", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(TextRenderer.lines(buffer) == ["日 xxx"])
        #expect(buffer[2, 0] == Cell(" "))
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test func textStartingLeftOfTheClipIsCut() {
        let lines = drawn(6, 1) { $0.put("abcdef", x: -2, y: 0, clip: Rect(x: 0, y: 0, width: 3, height: 1)) }
        #expect(lines == ["cde"])
    }

    @Test func rowsOutsideTheClipAreNotWritten() {
        let lines = drawn(4, 2) { $0.put("ab", x: 0, y: 1, clip: Rect(x: 0, y: 0, width: 4, height: 1)) }
        #expect(lines == ["", ""])
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var buffer = CellBuffer(size: Size(columns: 4, rows: 1))
        buffer.put("日本", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(TextRenderer.lines(buffer) == [" x本"])
        buffer.put("y", x: 2, y: 0)
        #expect(TextRenderer.lines(buffer) == [" xy"])
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test func controlCharactersNeverReachACell() {
        let lines = drawn(20, 1) { $0.put("a\u{1B}[2Jb\u{7}c\r\u{0}d\u{202E}e\u{9B}f", x: 0, y: 0) }
        #expect(lines == ["a[2Jbcdef"])
    }

    @Test func deleteNeverReachesACell() {
        let lines = drawn(10, 1) { $0.put("a\u{7F}b", x: 0, y: 0) }
        #expect(lines == ["ab"])
    }

    @Test func asciiBufferFoldsAccentsAndReplacesTheRest() {
        let lines = drawn(20, 1, glyphs: .ascii) { $0.put("José Ñandú 日本 🚚", x: 0, y: 0) }
        #expect(lines == ["Jose Nandu ???? ??"])
    }

    /// Lines are fitted and aligned by the measured width, so folding must keep it: halfwidth
    /// katakana (1 column) folds to fullwidth and becomes "??", fullwidth Latin (2) becomes one letter.
    @Test(arguments: ["José", "日本", "🚚", "ｱｲｳ", "ＡＢ", "e\u{301}"])
    func asciiFoldingKeepsTheMeasuredWidth(text: String) {
        var buffer = CellBuffer(size: Size(columns: 20, rows: 1), glyphs: .ascii)
        let end = buffer.put(text, x: 0, y: 0)
        #expect(end == text.displayWidth, "\(text) → \(TextRenderer.lines(buffer)[0])")
    }

    @Test func spansAreCutWithAnEllipsisAndAligned() {
        let line: Line = [Span("ab", .title), Span("cdefgh", .muted)]
        #expect(drawn(8, 1) { $0.put(line, in: Rect(x: 1, y: 0, width: 5, height: 1)) } == [" abcd…"])
        #expect(
            drawn(8, 1) { $0.put([Span("ab")], in: Rect(x: 0, y: 0, width: 8, height: 1), alignment: .right) } == [
                "      ab"
            ])
        #expect(
            drawn(8, 1) { $0.put([Span("ab")], in: Rect(x: 0, y: 0, width: 8, height: 1), alignment: .center) } == [
                "   ab"
            ])
    }

    @Test func fillAndSelectKeepTheirRectangle() {
        var buffer = CellBuffer(size: Size(columns: 4, rows: 2))
        buffer.fill(Rect(x: -1, y: 1, width: 9, height: 9), role: .statusBar)
        buffer.select(Rect(x: 2, y: 0, width: 1, height: 1))
        #expect((0..<4).allSatisfy { buffer[$0, 1].role == .statusBar })
        #expect(buffer[0, 0].role == .text)
        #expect(buffer[2, 0].isSelected && !buffer[1, 0].isSelected)
    }
}

@Suite struct LayoutTests {
    @Test func rowsGiveFixedPartsTheirSizeAndTheRestToFlex() {
        let rects = Layout.rows(Rect(x: 2, y: 1, width: 10, height: 10), [.fixed(2), .flex(1), .fixed(1)])
        #expect(
            rects == [
                Rect(x: 2, y: 1, width: 10, height: 2),
                Rect(x: 2, y: 3, width: 10, height: 7),
                Rect(x: 2, y: 10, width: 10, height: 1),
            ])
    }

    @Test func columnsWithAGap() {
        let rects = Layout.columns(Rect(x: 0, y: 0, width: 20, height: 3), [.flex(1), .flex(1), .flex(1)], gap: 1)
        #expect(rects.map(\.x) == [0, 7, 14])
        #expect(rects.map(\.width) == [6, 6, 6])
        #expect(rects.allSatisfy { $0.height == 3 })
    }

    @Test func roundingLeftoversGoToTheLastFlexiblePart() {
        let rects = Layout.columns(Rect(x: 0, y: 0, width: 10, height: 1), [.flex(1), .flex(1), .flex(1)])
        #expect(rects.map(\.width) == [3, 3, 4])
        #expect(rects.map(\.x) == [0, 3, 6])
    }

    @Test func weightsShareTheRest() {
        let rects = Layout.columns(Rect(x: 0, y: 0, width: 8, height: 1), [.flex(1), .flex(3)])
        #expect(rects.map(\.width) == [2, 6])
    }

    @Test func fixedPartsThatDoNotFitAreCut() {
        let rects = Layout.rows(Rect(x: 0, y: 0, width: 4, height: 5), [.fixed(3), .fixed(4), .flex(1)])
        #expect(rects.map(\.height) == [3, 2, 0])
    }

    @Test func flexMinimumIsKeptWhenThereIsRoom() {
        let rects = Layout.columns(Rect(x: 0, y: 0, width: 10, height: 1), [.flex(1, min: 6), .flex(1)])
        #expect(rects.map(\.width) == [8, 2])
    }

    @Test func partsAlwaysAddUpToTheWhole() {
        for width in 0...40 {
            let rects = Layout.columns(
                Rect(x: 0, y: 0, width: width, height: 1), [.fixed(3), .flex(2), .flex(1, min: 4), .fixed(1)], gap: 1)
            let used = rects.reduce(0) { $0 + $1.width } + 3
            #expect(width < 3 + 4 + 1 + 3 || used == width, "width \(width)")
        }
    }
}
