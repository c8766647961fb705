import TandemUI
import Testing

/// The table widget: column widths by priority, alignment, the header, the selection marker,
/// scrolling that keeps the selection in view, group headings and the scroll label.
@Suite struct TableTests {
    let columns = [
        TableColumn("Name", width: 10, minWidth: 6, flexible: true, priority: 9),
        TableColumn("Qty", width: 5, alignment: .right, priority: 8),
        TableColumn("Note", width: 8, priority: 1),
    ]

    func item(_ cells: String...) -> TableRow { .item(cells.map { [Span($0)] }) }

    func draw(_ table: Table, width: Int, height: Int) -> [String] {
        drawn(width, height) { table.draw(into: &$0, Rect(x: 0, y: 0, width: width, height: height)) }
    }

    // MARK: - Widths

    @Test func spareWidthGoesToTheFlexibleColumn() {
        let table = Table(columns: columns, rows: [])
        #expect(table.widths(for: 25) == [10, 5, 8])
        #expect(table.widths(for: 28) == [13, 5, 8])
    }

    @Test func lowestPriorityColumnsAreLeftOutWhenNarrow() {
        let table = Table(columns: columns, rows: [])
        // Flexible columns count at their minimum while columns are chosen; a name that would
        // be cut leaves out a minor column instead.
        #expect(table.widths(for: 24) == [18, 5, 0])
        #expect(table.widths(for: 20) == [14, 5, 0])
        #expect(table.widths(for: 16) == [10, 5, 0])
        #expect(table.widths(for: 15) == [9, 5, 0])
        #expect(table.widths(for: 10) == [10, 0, 0])
    }

    @Test func flexibleColumnComesInAtItsMinimumRatherThanBeingLeftOut() {
        let table = Table(
            columns: [
                TableColumn("Name", width: 10, minWidth: 6, flexible: true, priority: 8),
                TableColumn("Qty", width: 5, priority: 9),
            ], rows: [])
        #expect(table.widths(for: 13) == [7, 5])
        #expect(table.widths(for: 12) == [6, 5])
        #expect(table.widths(for: 11) == [0, 5])
    }

    @Test func equalPrioritiesKeepTheEarlierColumn() {
        let table = Table(columns: [TableColumn("A", width: 4), TableColumn("B", width: 4)], rows: [])
        #expect(table.widths(for: 6) == [4, 0])
    }

    // MARK: - Drawing

    @Test func drawsHeaderRowsAndSelectionMarker() {
        let table = Table(
            columns: columns,
            rows: [
                item("Alpha", "3", "first"),
                item("Beta", "12", "second"),
                item("Gamma", "7", "overflowing"),
            ], selected: 1)
        // Widths from the content: each column as wide as what it holds, the rest to Name.
        #expect(
            draw(table, width: 30, height: 4) == [
                "  Name         Qty Note",
                "  Alpha          3 first",
                "▶ Beta          12 second",
                "  Gamma          7 overflowing",
            ])
    }

    @Test func narrowTableLeavesOutTheMinorColumn() {
        let table = Table(columns: columns, rows: [item("Alpha", "3", "first")], selected: 0)
        #expect(
            draw(table, width: 20, height: 2) == [
                "  Name     Qty Note",
                "▶ Alpha      3 first",
            ])
        #expect(
            draw(table, width: 16, height: 2) == [
                "  Name       Qty",
                "▶ Alpha        3",
            ])
    }

    @Test func alignsLeftCentreAndRight() {
        let table = Table(
            columns: [
                TableColumn("L", width: 6),
                TableColumn("C", width: 6, alignment: .center),
                TableColumn("R", width: 6, alignment: .right),
            ], rows: [item("ab", "ab", "ab"), item("abcdefgh", "abcdefgh", "abcdefgh")])
        #expect(
            draw(table, width: 22, height: 3) == [
                "  L        C         R",
                "  ab       ab       ab",
                "  abcde… abcde… abcde…",
            ])
    }

    @Test func wideCharactersAreCutWholeInsideTheirColumn() {
        let table = Table(
            columns: [TableColumn("Name", width: 10), TableColumn("Qty", width: 5, alignment: .right)],
            rows: [item("日本語テキスト", "1"), item("🚚🚚🚚🚚🚚🚚", "22")])
        #expect(
            draw(table, width: 18, height: 3) == [
                "  Name         Qty",
                "  日本語テキ…    1",
                "  🚚🚚🚚🚚🚚🚚  22",
            ])
    }

    @Test func selectedRowIsMarkedAcrossTheFullWidth() {
        var buffer = CellBuffer(size: Size(columns: 20, rows: 3))
        Table(columns: columns, rows: [item("a"), item("b")], selected: 1)
            .draw(into: &buffer, Rect(x: 0, y: 0, width: 20, height: 3))
        #expect((0..<20).allSatisfy { buffer[$0, 2].isSelected })
        #expect((0..<20).allSatisfy { !buffer[$0, 1].isSelected })
        #expect(buffer[0, 2].role == .accent)
    }

    // MARK: - Groups and scrolling

    let grouped: [TableRow] = [
        .group([Span("FRUIT", .header)]),
        .item([[Span("apple")]]), .item([[Span("banana")]]),
        .group([Span("VEG", .header)]),
        .item([[Span("carrot")]]), .item([[Span("daikon")]]), .item([[Span("endive")]]),
    ]
    let single = [TableColumn("Item", width: 10, flexible: true)]

    @Test func groupHeadingsSpanTheRowOneColumnLeftOfTheCells() {
        let table = Table(columns: single, rows: grouped, selected: 2)
        #expect(
            draw(table, width: 14, height: 8) == [
                "  Item",
                " FRUIT",
                "  apple",
                "▶ banana",
                " VEG",
                "  carrot",
                "  daikon",
                "  endive",
            ])
    }

    @Test func scrollsDownToKeepTheSelectionInView() {
        let table = Table(columns: single, rows: grouped, selected: 5, offset: 0)
        #expect(table.visibleOffset(height: 3) == 3)
        #expect(
            draw(table, width: 14, height: 4) == [
                "  Item",
                " VEG",
                "  carrot",
                "▶ daikon",
            ])
        #expect(table.scrollLabel(height: 3) == "3–4 of 5")  // items, not headings
    }

    @Test func scrollsUpToTheSelectionAndShowsItsGroupHeading() {
        let table = Table(columns: single, rows: grouped, selected: 1, offset: 4)
        #expect(table.visibleOffset(height: 3) == 0)
        #expect(
            draw(table, width: 14, height: 4) == [
                "  Item",
                " FRUIT",
                "▶ apple",
                "  banana",
            ])
        #expect(table.scrollLabel(height: 3) == "1–2 of 5")
    }

    @Test func keepsTheOffsetWhileTheSelectionIsVisible() {
        let table = Table(columns: single, rows: grouped, selected: 4, offset: 2)
        #expect(table.visibleOffset(height: 3) == 2)
    }

    @Test func offsetPastTheEndShowsTheLastFullPage() {
        let table = Table(columns: single, rows: grouped, selected: nil, offset: 10)
        #expect(table.visibleOffset(height: 3) == 4)
        #expect(table.scrollLabel(height: 3) == "3–5 of 5")
    }

    /// With one body row, pulling in the group heading above the selected item pushes the item
    /// itself out of view.
    @Test func oneRowHighTableShowsTheSelectedItemNotItsHeading() {
        let table = Table(columns: single, rows: grouped, selected: 4, offset: 0)
        #expect(table.visibleOffset(height: 1) == 4)
        #expect(draw(table, width: 14, height: 2) == ["  Item", "▶ carrot"])
    }

    @Test func noScrollLabelWhenEveryRowFits() {
        let table = Table(columns: single, rows: grouped)
        #expect(table.scrollLabel(height: 7) == nil)
        #expect(table.scrollLabel(height: 0) == nil)
    }

    @Test func clickOnARowSelectsThatItemCountingItemsOnly() {
        var buffer = CellBuffer(size: Size(columns: 14, rows: 8))
        Table(columns: single, rows: grouped).draw(into: &buffer, Rect(x: 0, y: 0, width: 14, height: 8))
        #expect(buffer.target(x: 5, y: 2) == .select(0))
        #expect(buffer.target(x: 5, y: 5) == .select(2))
        #expect(buffer.target(x: 0, y: 7) == .select(4))
        #expect(buffer.target(x: 5, y: 4) == nil)
    }
}
