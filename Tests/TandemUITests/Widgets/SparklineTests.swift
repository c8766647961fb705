import TandemUI
import Testing

@Suite struct SparklineTests {
    @Test func scalesBetweenMinimumAndMaximum() {
        #expect(Sparkline.render([1, 2, 3, 4, 5, 6, 7, 8], width: 8) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.render([0, 5, 10], width: 3) == "▁▅█")
        #expect(Sparkline.render([10, 0, 5], width: 3) == "█▁▅")
    }

    @Test func twoValuesSitAroundTheMiddleNotAJumpFromZero() {
        #expect(Sparkline.render([10, 0], width: 2) == "▅▄")
        #expect(Sparkline.render([99.1, 99.2], width: 2) == "▄▅")
    }

    @Test func missingValuesAreGaps() {
        #expect(Sparkline.render([1, nil, 8, 4], width: 4) == "▁ █▄")
        #expect(Sparkline.render([nil, 4, nil, 2, nil, 3], width: 6) == " █ ▁ ▅")
    }

    @Test func flatSeriesSitsAtMidHeight() {
        #expect(Sparkline.render([5, 5, 5], width: 3) == "▄▄▄")
        #expect(Sparkline.render([5, nil, 5], width: 3) == "▄ ▄")
        #expect(Sparkline.render([42], width: 10) == "▄")
    }

    @Test func showsOnlyTheLastValuesThatFit() {
        #expect(Sparkline.render([100, 1, 2, 3], width: 3) == "▁▅█")
    }

    @Test func nothingToDrawGivesEmptyText() {
        #expect(Sparkline.render([], width: 5) == "")
        #expect(Sparkline.render([nil, nil], width: 5) == "")
        #expect(Sparkline.render([1, 2], width: 0) == "")
    }

    @Test func asciiUsesPlainCharacters() {
        #expect(Sparkline.render([1, 2, 3, 4, 5, 6, 7, 8, nil], width: 9, glyphs: .ascii) == "_.-~=+*# ")
    }

    @Test func drawnInABufferTakesOneColumnPerValue() {
        let line = Sparkline.render([3, nil, 1, 9, 5], width: 5)
        #expect(drawn(7, 1) { $0.put(line, x: 1, y: 0) } == [" ▃ ▁█▅"])
    }
}
