import Testing

@_spi(Fuzzing) @testable import TandemCore

/// The realistic workbooks of Fixtures/workbooks, read cell by cell.
@Suite struct WorkbookFixtureTests {
    @Test func portfolioKeepsTitleBlockMultiLineHeadersDatesMoneyAndWithheldCells() throws {
        let workbook = try WorkbookFixtures.open("portfolio.xlsx")
        #expect(workbook.sheetNames == ["Cover", "GMPP Portfolio", "Lists"])
        #expect(!workbook.uses1904Dates)
        let sheet = try workbook.sheet(named: "GMPP Portfolio")
        let withheld = "\"Exempt under Section 43\""
        #expect(
            WorkbookFixtures.lines(sheet) == [
                "1: A=\"Government Major Projects Portfolio: Annual Report 2024\"",
                "2: A=\"Data as at 31 March 2024. Figures in £ millions.\"",
                "4: A=\"GMPP ID\" B=\"Project Name\" C=\"Department\" D=\"IPA Delivery Confidence␊Assessment\" "
                    + "E=\"Schedule Start Date␊(Latest Approved)\" F=\"Schedule End Date␊(Latest Approved)\" "
                    + "G=\"Whole Life Cost␊(£m)\" H=\"Financial Year Baseline␊(£m) 2023-24\"",
                "5: A=\"GMPP-0001\" B=\"Border Systems Programme\" C=\"Home Office\" D=\"Amber\" E=2014-04-01 "
                    + "F=2025-03-31 G=1234.56 H=98.7",
                "6: A=\"GMPP-0002\" B=\"Hospital Build Programme\" C=\"Department of Health & Social Care\" D=\"Red\" "
                    + "E=2020-10-01 F=\(withheld) G=20450 H=\(withheld)",
                "7: A=\"GMPP-0003\" B=\"Digital Tax Platform\" C=\"HM Revenue & Customs\" D=\"Green\" E=2019-01-15 "
                    + "F=2027-12-31 G=512.3 H=41.25",
                "8: A=\"GMPP-0004\" B=\"Rail Signalling Renewal\" C=\"Department for Transport\" D=\"Amber/Red\" "
                    + "E=\(withheld) F=2031-03-31 G=3120 H=0",
                "9: A=\"GMPP-0005\" B=\"Cyber Resilience\" C=\"Cabinet Office\" D=\"N/A\" E=2022-06-30 "
                    + "F=2026-06-30 G=87",
                "11: A=\"Source: Infrastructure and Projects Authority. Figures may not sum due to rounding.\"",
            ])
        #expect(Set(sheet.mergedRanges.map(\.description)) == ["A1:H1", "A2:H2", "A11:H11"])
        #expect(sheet[CellReference("E5")!] == .date(Day(year: 2014, month: 4, day: 1)!))
        #expect(sheet[CellReference("G5")!] == .number(1234.56))
        #expect(sheet.row(4)?[4] == .text("IPA Delivery Confidence\nAssessment"))
    }

    @Test func portfolioReadsTheFirstAndTheHiddenSheetLikeAnyOther() throws {
        let workbook = try WorkbookFixtures.open("portfolio.xlsx")
        #expect(
            WorkbookFixtures.lines(try workbook.sheet()) == [
                "1: A=\"Annual Report on Major Projects 2023-24\"", "3: A=\"Contents\"", "4: A=\"GMPP Portfolio\"",
            ])
        #expect(WorkbookFixtures.lines(try workbook.sheet(named: "Lists")).count == 5)
    }

    @Test func kpiTrackerHasDateHeadersPerMonthAndPercentsAsDisplayed() throws {
        let sheet = try WorkbookFixtures.open("kpi-tracker.xlsx").sheet(named: "KPI Tracker")
        #expect(
            WorkbookFixtures.lines(sheet) == [
                "1: A=\"Operational KPIs FY2024/25\"",
                "2: A=\"KPI ID\" B=\"KPI\" C=\"Unit\" D=\"Target\" E=2024-04-01 F=2024-05-01 G=2024-06-01 "
                    + "H=2024-07-01 I=2024-08-01 J=2024-09-01 K=\"Better\"",
                "3: A=\"ED-4H\" B=\"Patients seen within 4 hours\" C=\"%\" D=95% E=74.6% F=75.2% G=76.1% "
                    + "I=77.05% J=78% K=\"Higher\"",
                "4: A=\"ED-12H\" B=\"12-hour waits from arrival\" C=\"count\" D=1500 E=1843 F=1702 G=1650 H=1588 "
                    + "I=1490 J=1421 K=\"Lower\"",
                "5: A=\"AMB-C2\" B=\"Category 2 response (minutes)\" C=\"min\" D=30 E=36.2 F=32.5 G=31.8 H=34 I=29.9 "
                    + "J=28.7 K=\"Lower\"",
                "6: A=\"STAFF-VAC\" B=\"Staff vacancy rate\" C=\"%\" D=8% E=9.4% F=9.15% G=8.9% H=8.75% "
                    + "I=8.62% J=8.51% K=\"Lower\"",
                "8: A=\"Notes: June not reported (system migration).\"",
            ])
        // As displayed: H6 is stored as 0.08749999999999999.
        #expect(sheet[CellReference("H6")!] == .percent(8.75))
        #expect(sheet[CellReference("E3")!] == .percent(74.6))
        #expect(sheet[CellReference("H3")!] == .empty)
    }

    @Test func workbookIn1904DateSystemCountsFrom1904() throws {
        let workbook = try WorkbookFixtures.open("dates-1904.xlsx")
        #expect(workbook.uses1904Dates)
        #expect(
            WorkbookFixtures.lines(try workbook.sheet()) == [
                "1: A=\"Milestone\" B=\"Due\"", "2: A=\"Kick-off\" B=2024-03-31", "3: A=\"Epoch\" B=1904-01-01",
                "4: A=\"Plain number\" B=1462",
            ])
    }

    @Test func edgeCasesReadEveryCellFormWritersUse() throws {
        let workbook = try WorkbookFixtures.open("edge-cases.xlsx")
        #expect(workbook.sheetNames == ["Edge cases", "R&D (hidden)"])
        let randD = "\"R&D <core> £5m €3 \"q\" 'a'\""
        #expect(
            WorkbookFixtures.lines(try workbook.sheet(named: "Edge cases")) == [
                // shared strings: plain, rich-text runs, phonetic guide skipped, entities
                "1: A=\"Name\" B=\"Risk Owner\" C=\"東京\" D=\(randD)",
                // inline plain, inline rich, CDATA, escape sequences cleaned
                "2: A=\"Inline text\" B=\"Rich inline\" C=\"a <b> & c\" D=\"Alert red\"",
                // formula values as last computed; a formula without one is empty
                "3: A=\"ab\" B=3 D=TRUE E=#DIV/0!",
                "4: A=#N/A B=FALSE C=2024-03-31 D=1500 E=-0.25",
                // by style: built-in date, custom date (time dropped), 0.0%, h:mm (a number), 0.00%,
                // a long date with a locale, 0%, a style past the table
                "5: A=2024-03-31 B=2024-03-31 C=74.6% D=0.5 E=12.345% F=2024-03-31 G=100% H=7",
                // cells without `r` follow the one before
                "6: A=\"Residual␊Likelihood\" B=2 E=5 F=6",
                // a row without `r`; an empty shared string and a styled empty cell hold nothing
                "7: C=\"padded\" E=\"Name\"",
                "9: A=\"Hidden row\"",
                // A10:B11 merged: only A10 keeps its value
                "10: A=\"Merged title\" C=3 D=4",
                "11: C=13",
                "12: A=\"Name\" B=\(randD)",
            ])
        #expect(WorkbookFixtures.lines(try workbook.sheet(named: "r&d (HIDDEN)")) == ["1: A=\"Only here\""])
    }
}
