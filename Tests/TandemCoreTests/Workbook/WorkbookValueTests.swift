import Testing

@_spi(Fuzzing) @testable import TandemCore

/// Number formats, serial dates, percentages and cell references: how numbers become what Excel
/// shows.
@Suite struct WorkbookValueTests {
    @Test(arguments: [
        ("mmm-yy", NumberFormat.date), ("d\\-mmm\\-yyyy", .date), ("dd/mm/yyyy hh:mm", .date), ("mmmm", .date),
        ("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", .date), ("h:mm", .general), ("[h]:mm:ss", .general),
        ("mm:ss", .general), ("0.0%", .percent), ("0%;[Red]-0%", .percent), ("\"£\"#,##0.0,,\"m\"", .general),
        ("General", .general), ("0.00E+00", .general), ("\"day\" 0", .general), ("[Red]#,##0", .general),
        ("0.0\"%\"", .general), ("#,##0;\"d\"", .general),
    ])
    func customFormatCodeIsADatePercentOrNumber(_ code: String, _ expected: NumberFormat) {
        #expect(NumberFormat(code: code) == expected)
    }

    @Test func builtInFormatIdsHaveTheirMeaning() {
        #expect([9, 10].map(NumberFormat.init(builtIn:)) == [.percent, .percent])
        #expect([14, 15, 16, 17, 22, 30, 57].allSatisfy { NumberFormat(builtIn: $0) == .date })
        #expect([0, 1, 4, 18, 20, 21, 45, 46, 47, 49, 164].allSatisfy { NumberFormat(builtIn: $0) == .general })
    }

    @Test func serialDatesIn1900SystemKeepExcelsLeapYearBug() {
        func day(_ serial: Double) -> String? { SerialDate.day(serial, uses1904Dates: false)?.description }
        #expect(day(1) == "1900-01-01")
        #expect(day(59) == "1900-02-28")
        #expect(day(60) == "1900-02-28")
        #expect(day(61) == "1900-03-01")
        #expect(day(45382) == "2024-03-31")
        #expect(day(45382.99) == "2024-03-31")
        #expect(day(2_958_465) == "9999-12-31")
        #expect(day(0) == nil && day(-1) == nil && day(2_958_466) == nil && day(.nan) == nil)
    }

    @Test func serialDatesIn1904SystemCountFrom1904() {
        func day(_ serial: Double) -> String? { SerialDate.day(serial, uses1904Dates: true)?.description }
        #expect(day(0) == "1904-01-01")
        #expect(day(43920) == "2024-03-31")
        #expect(day(-1) == nil)
    }

    @Test func percentIsTheDisplayedValueToFifteenDigits() {
        #expect(CellValues.percentagePoints(0.746) == 74.6)
        #expect(CellValues.percentagePoints(0.29) == 29)  // 0.29 * 100 is 28.999999999999996
        #expect(CellValues.percentagePoints(0.08749999999999999) == 8.75)
        #expect(CellValues.percentagePoints(0.07) == 7)
        #expect(CellValues.percentagePoints(-0.5) == -50)
        #expect(CellValues.percentagePoints(1.23456789012345678e-3) == 0.123456789012346)
        #expect(CellValues.excelPrecision(123_456_789_012_345_678) == 123_456_789_012_345_678)
        #expect(CellValues.excelPrecision(1e-12) == 1e-12)
        #expect(CellValues.excelPrecision(999_999_999_999_999.4) == 999_999_999_999_999)
        #expect(CellValues.excelPrecision(0.30000000000000004) == 0.3)
    }

    @Test func cellReferencesReadAndPrintAsExcelNamesThem() {
        #expect(CellReference("F14") == CellReference(row: 14, column: 6))
        #expect(CellReference("$AB$3") == CellReference(row: 3, column: 28))
        #expect(CellReference("xfd1048576") == CellReference(row: 1_048_576, column: 16_384))
        #expect(CellReference("XFE1") == nil && CellReference("A1048577") == nil && CellReference("A0") == nil)
        #expect(CellReference("1A") == nil && CellReference("A") == nil && CellReference("") == nil)
        #expect(CellReference(row: 14, column: 6).description == "F14")
        #expect(CellReference.letters(column: 16_384) == "XFD")
        #expect(CellReference.letters(column: 27) == "AA")
        #expect(CellRange("C3:A1")?.description == "A1:C3")
        #expect(CellRange("B2")?.contains(CellReference(row: 2, column: 2)) == true)
    }

    @Test func rowLooksUpSparseCellsAndFillsTheGaps() {
        let row = WorkbookRow(number: 4, columns: [2, 5], cells: [.number(1), .text("x")])
        #expect(row[2] == .number(1) && row[5] == .text("x") && row[1] == .empty && row[6] == .empty)
        #expect(row.values() == [.empty, .number(1), .empty, .empty, .text("x")])
        #expect(row.values(limit: 3) == [.empty, .number(1), .empty])
        #expect(row.reference(column: 5).description == "E4")
    }
}
