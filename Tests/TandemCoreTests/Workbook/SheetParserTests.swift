import Testing

@_spi(Fuzzing) @testable import TandemCore

/// The sheet parser on hand-written parts: placement, order, merges and what it refuses.
@Suite struct SheetParserTests {
    private func lines(_ sheetData: String, strings: [String] = []) throws -> [String] {
        WorkbookFixtures.lines(
            try WorkbookFixtures.sheet("<worksheet><sheetData>\(sheetData)</sheetData></worksheet>", strings: strings))
    }

    @Test func rowsAndCellsOutOfOrderAreSortedAndTheLaterCellWins() throws {
        let xml =
            "<row r=\"3\"><c r=\"B3\"><v>1</v></c><c r=\"A3\"><v>2</v></c><c r=\"B3\"><v>3</v></c></row>"
            + "<row r=\"1\"><c r=\"A1\"><v>4</v></c></row><row r=\"3\"><c r=\"C3\"><v>5</v></c></row>"
        #expect(try lines(xml) == ["1: A=4", "3: A=2 B=3 C=5"])
    }

    @Test func rowWithoutNumberTakesItFromItsFirstCell() throws {
        #expect(
            try lines("<row><c r=\"C7\"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>") == [
                "7: C=1 D=2", "8: A=3",
            ])
    }

    @Test func cellsOutsideAnyRowStillCount() throws {
        #expect(try lines("<c r=\"B2\"><v>1</v></c>") == ["1: B=1"])
    }

    @Test func valueSplitByReferencesAndCDataIsJoined() throws {
        #expect(
            try lines("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>a&amp;b<![CDATA[<c>]]>d</v></c></row>") == [
                "1: A=\"a&b<c>d\""
            ])
    }

    @Test func mergesKeepOnlyTopLeftAndOverlappingMergesCountOnce() throws {
        let cells = (1...3).map { row in
            "<row r=\"\(row)\">"
                + (1...4).map { "<c r=\"\(CellReference(row: row, column: $0))\"><v>\(row * 10 + $0)</v></c>" }
                .joined() + "</row>"
        }.joined()
        let xml =
            "<worksheet><sheetData>\(cells)</sheetData><mergeCells>"
            + "<mergeCell ref=\"A1:B2\"/><mergeCell ref=\"B2:C3\"/><mergeCell ref=\"D1:D3\"/></mergeCells></worksheet>"
        #expect(
            WorkbookFixtures.lines(try WorkbookFixtures.sheet(xml)) == [
                "1: A=11 C=13 D=14", "2: C=23", "3: A=31 B=32 C=33",
            ])
    }

    @Test func sharedStringPastTheTableNamesTheCell() {
        #expect(throws: XMLError.self) {
            try lines("<row r=\"4\"><c r=\"B4\" t=\"s\"><v>2</v></c></row>", strings: ["a"])
        }
        do {
            _ = try lines("<row r=\"4\"><c r=\"B4\" t=\"s\"><v>2</v></c></row>", strings: ["a"])
        } catch let error as XMLError {
            #expect(error.reason == "cell B4 refers to shared string 2, but the workbook has 1")
        } catch {
            Issue.record("not an XMLError: \(error)")
        }
    }

    @Test(arguments: [
        "<row r=\"0\"/>", "<row r=\"1048577\"/>", "<row r=\"x\"/>", "<c r=\"XFE1\"><v>1</v></c>",
        "<c r=\"A1\"><v>1</v>", "<c r=\"A1\"><is><t>open</t>",
    ])
    func malformedPlacesAndUnclosedCellsAreRefused(_ xml: String) {
        #expect(throws: XMLError.self) { try lines(xml) }
    }

    @Test func columnsPastXFDByInferenceAreRefused() {
        let cells = String(repeating: "<c><v>1</v></c>", count: CellReference.maximumColumn + 1)
        #expect(throws: XMLError.self) { try lines("<row r=\"1\">\(cells)</row>") }
    }

    @Test func numberCellThatIsNotANumberIsKeptAsText() throws {
        #expect(
            try lines(
                "<row r=\"1\"><c r=\"A1\"><v>12abc</v></c><c r=\"B1\"><v>nan</v></c><c r=\"C1\"><v> </v></c></row>")
                == [
                    "1: A=\"12abc\" B=\"nan\""
                ])
    }
}
