import TandemTestSupport
import Testing

@testable import TandemCore

/// One record as the tests compare it: its first line, its fields' text and any quote problem.
struct ReadRecord: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    var problem: String? = nil

    var description: String { "\(line): \(fields)\(problem.map { " (\($0))" } ?? "")" }
}

func readCSV(_ bytes: [UInt8]) -> [ReadRecord] {
    var records: [ReadRecord] = []
    CSVReader(bytes: bytes).forEachRecord { record in
        records.append(
            ReadRecord(
                line: record.line, fields: (0..<record.count).map { record.text($0) },
                problem: record.problem))
        return true
    }
    return records
}

func readCSV(_ text: String) -> [ReadRecord] { readCSV(Array(text.utf8)) }

@Suite struct CSVReaderTests {
    @Test func readsPlainRecordsWithTheirLines() {
        #expect(
            readCSV("a,b,c\n1,2,3\n") == [
                ReadRecord(line: 1, fields: ["a", "b", "c"]),
                ReadRecord(line: 2, fields: ["1", "2", "3"]),
            ])
    }

    @Test func skipsALeadingByteOrderMark() {
        #expect(
            readCSV([0xEF, 0xBB, 0xBF] + Array("id,name\nK1,x\n".utf8)) == [
                ReadRecord(line: 1, fields: ["id", "name"]),
                ReadRecord(line: 2, fields: ["K1", "x"]),
            ])
    }

    @Test func keepsCommasInsideQuotes() {
        #expect(readCSV("a,\"b, c\",d\n") == [ReadRecord(line: 1, fields: ["a", "b, c", "d"])])
    }

    @Test func undoesDoubledQuotes() {
        #expect(readCSV("\"say \"\"hi\"\"\",\"\"\"\"\n") == [ReadRecord(line: 1, fields: ["say \"hi\"", "\""])])
    }

    @Test func keepsNewlinesInsideQuotesAndCountsLaterLinesRight() {
        let records = readCSV("id,text\n1,\"two\nlines\"\n2,\"three\r\nmore\nlines\"\n3,x\n")
        #expect(
            records == [
                ReadRecord(line: 1, fields: ["id", "text"]),
                ReadRecord(line: 2, fields: ["1", "two\nlines"]),
                ReadRecord(line: 4, fields: ["2", "three\r\nmore\nlines"]),
                ReadRecord(line: 7, fields: ["3", "x"]),
            ])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func acceptsEachKindOfLineEnd(_ end: String) {
        #expect(
            readCSV("a,b" + end + "1,2" + end + "3,4") == [
                ReadRecord(line: 1, fields: ["a", "b"]),
                ReadRecord(line: 2, fields: ["1", "2"]),
                ReadRecord(line: 3, fields: ["3", "4"]),
            ])
    }

    @Test func countsLinesRightAfterAQuotedLineBreakInAFileWithCarriageReturnLineEnds() {
        // Old Mac files end lines with a lone CR, also inside quoted fields.
        let records = readCSV("id,text\r1,\"two\rlines\"\r2,x\r")
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func skipsBlankLinesButKeepsCountingThem() {
        #expect(
            readCSV("a,b\n\n1,2\r\n\r\n\n3,4\n\n") == [
                ReadRecord(line: 1, fields: ["a", "b"]),
                ReadRecord(line: 3, fields: ["1", "2"]),
                ReadRecord(line: 6, fields: ["3", "4"]),
            ])
    }

    @Test func keepsEmptyFields() {
        #expect(readCSV(",a,,\n") == [ReadRecord(line: 1, fields: ["", "a", "", ""])])
    }

    @Test func readsALastLineWithoutLineEnd() {
        #expect(readCSV("a\nb") == [ReadRecord(line: 1, fields: ["a"]), ReadRecord(line: 2, fields: ["b"])])
    }

    @Test func keepsAQuoteInsideAnUnquotedFieldAsText() {
        #expect(readCSV("5\" screen,x\n") == [ReadRecord(line: 1, fields: ["5\" screen", "x"])])
    }

    @Test func reportsAnUnterminatedQuoteWithTheLineItOpenedOn() {
        let records = readCSV("a,b\n1,\"open\n2,3\n")
        // A stray quote costs its own line only: reading goes on with the next.
        #expect(records.count == 3)
        #expect(records[2] == ReadRecord(line: 3, fields: ["2", "3"]))
        #expect(records[1].line == 2)
        #expect(
            records[1].problem
                == "a quoted field opened on line 2 is never closed; expected a closing \" before the end of the file")
    }

    @Test func reportsTextAfterAClosingQuoteAndGoesOnWithTheNextField() {
        let records = readCSV("\"abc\"def,next\n2,x\n")
        #expect(records[0].problem == "unexpected text after a closing quote; expected a comma or the end of the line")
        #expect(records[0].fields == ["abc", "next"])
        #expect(records[1] == ReadRecord(line: 2, fields: ["2", "x"]))
    }

    @Test func readsNothingFromNoBytes() {
        #expect(readCSV("").isEmpty)
        #expect(readCSV([0xEF, 0xBB, 0xBF]).isEmpty)
    }

    @Test func repairsInvalidUTF8InFieldText() {
        #expect(readCSV([0x61, 0xFF, 0x2C, 0x62]) == [ReadRecord(line: 1, fields: ["a\u{FFFD}", "b"])])
    }

    @Test func stopsWhenTheCallerSaysSo() {
        var seen = 0
        CSVReader(bytes: Array("a\nb\nc\n".utf8)).forEachRecord { _ in
            seen += 1
            return false
        }
        #expect(seen == 1)
    }

    @Test func tellsBlankFieldsFromFilledOnes() {
        var blanks: [Bool] = []
        CSVReader(bytes: Array(" ,\t,\"\",x,\" \"\n".utf8)).forEachRecord { record in
            blanks = (0..<6).map { record.isBlank($0) }
            return true
        }
        #expect(blanks == [true, true, true, false, true, true])
    }
}

@Suite struct CSVHeaderTests {
    @Test func findsColumnsByNameInAnyOrderAndCase() throws {
        let loaded = try WorkspaceFixture().with(
            "kpis.csv",
            """
            TARGET,Direction, Owner ,extra column,Name,ID
            99,higher,cio,ignored,Uptime,K1
            """
        ).load()
        #expect(loaded.diagnostics.isEmpty)
        let kpi = try #require(loaded.workspace.kpis.first)
        #expect((kpi.id, kpi.name, kpi.owner, kpi.direction, kpi.target) == ("K1", "Uptime", .cio, .higher, 99))
    }

    @Test func ignoresUnknownColumns() throws {
        let loaded = try WorkspaceFixture().rows("kpis.csv", WorkspaceFixture.kpiRow)
            .with("measurements.csv", "kpi,comment,period,value,source\nK1,\"a, b\",2026-10,99.5,sheet\n").load()
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.workspace.kpis[0].history == [Observation(period: day("2026-10-31"), value: 99.5)])
    }

    @Test func readsAFileWithAByteOrderMarkBeforeTheHeader() throws {
        let loaded = try WorkspaceFixture().with(
            "kpis.csv", "\u{FEFF}" + WorkspaceFixture.kpisHeader + "\n" + WorkspaceFixture.kpiRow + "\n"
        ).load()
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.workspace.kpis.map(\.id) == ["K1"])
    }
}
