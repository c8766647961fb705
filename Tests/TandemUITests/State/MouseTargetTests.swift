import TandemUI
import Testing

/// What a click does: the rendered buffer knows which pane a tab focuses and which row a table
/// line selects, so the terminal never has to work out the layout again.
@Suite struct MouseTargetTests {
    @Test func clickingATabFocusesItsPane() throws {
        let screen = buffer("", size: .of(120, 40))
        let row = TextRenderer.lines(screen)[1]
        let column = try #require(row.range(of: "3 Risks")).lowerBound.utf16Offset(in: row)
        #expect(screen.target(x: column, y: 1) == .focus(.risks))
    }

    @Test func clickingATableRowSelectsThatItem() {
        let screen = buffer("2", size: .of(120, 40))
        let lines = TextRenderer.lines(screen)
        // The KPI pane starts with a group heading; the first item is on the line after it.
        let first = lines.firstIndex { $0.contains("▶") }!
        #expect(screen.target(x: 10, y: first) == .select(0))
        #expect(screen.target(x: 10, y: first + 1) == .select(1))
        #expect(screen.target(x: 10, y: first - 1) == nil)  // the heading selects nothing
    }
}
