import TandemUI
import Testing

@Suite struct ProgressBarTests {
    func bar(_ progress: Double, planned: Double?, width: Int = 10, glyphs: Glyphs = .unicode) -> String {
        ProgressBar.render(progress: progress, planned: planned, width: width, glyphs: glyphs).plainText
    }

    @Test func filledToProgressWithMarkerAtPlan() {
        #expect(bar(50, planned: 70) == "█████░░┃░░")
        #expect(bar(45, planned: 59.3, width: 12) == "█████░░┃░░░░")
    }

    @Test func markerInsideTheFilledPartWhenAheadOfPlan() {
        #expect(bar(80, planned: 30) == "███┃████░░")
    }

    @Test func noMarkerWithoutAPlan() {
        #expect(bar(50, planned: nil) == "█████░░░░░")
        #expect(bar(0, planned: nil) == "░░░░░░░░░░")
        #expect(bar(100, planned: nil) == "██████████")
    }

    @Test func markerStaysInsideTheBarAtBothEnds() {
        #expect(bar(100, planned: 100) == "█████████┃")
        #expect(bar(0, planned: 0) == "┃░░░░░░░░░")
    }

    @Test func valuesOutsideZeroToHundredAreClamped() {
        #expect(bar(150, planned: 250) == "█████████┃")
        #expect(bar(-20, planned: -5) == "┃░░░░░░░░░")
    }

    @Test func zeroWidthDrawsNothing() {
        #expect(ProgressBar.render(progress: 50, planned: 50, width: 0, glyphs: .unicode).isEmpty)
    }

    @Test func spansCarryFillMarkerAndEmptyRoles() {
        let line = ProgressBar.render(progress: 50, planned: 70, width: 10, glyphs: .unicode, role: .statusRed)
        #expect(line == [Span("█████", .statusRed), Span("░░", .muted), Span("┃", .title), Span("░░", .muted)])
    }

    @Test func asciiBar() {
        #expect(bar(50, planned: 70, glyphs: .ascii) == "#####..|..")
    }
}
