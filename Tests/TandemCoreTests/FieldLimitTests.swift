import TandemTestSupport
import Testing

@testable import TandemCore

/// A record keeps at most `CSVReader.maxFields` fields: a line of commas must not cost 24 bytes a
/// comma. The fields past the limit are counted and said, and reading goes on at the next line.
@Suite struct FieldLimitTests {
    static let tooMany = CSVReader.maxFields + 10

    @Test func aRecordKeepsAtMostTheLimitAndCountsTheRest() {
        let text =
            String(repeating: ",", count: Self.tooMany - 1) + "\n\"a\nb\","
            + String(repeating: "x,", count: Self.tooMany) + "\nlast\n"
        var seen: [(line: Int, count: Int, fieldCount: Int)] = []
        CSVReader(bytes: Array(text.utf8)).forEachRecord { record in
            seen.append((record.line, record.count, record.fieldCount))
            return true
        }
        #expect(seen.map(\.line) == [1, 2, 4])
        #expect(seen.map(\.count) == [CSVReader.maxFields, CSVReader.maxFields, 1])
        #expect(seen.map(\.fieldCount) == [Self.tooMany, Self.tooMany + 2, 1])
    }

    @Test func aDataRowOfCommasIsReadWithAWarning() throws {
        let commas = String(repeating: ",", count: Self.tooMany)
        let loaded = try WorkspaceFixture().rows(
            "measurements.csv", WorkspaceFixture.measurementRow + commas, "K1,2026-09,98,"
        ).load()
        #expect(
            loaded.diagnostics.map(\.description) == [
                "measurements.csv:2: has \(Self.tooMany + 4) fields; only the first \(CSVReader.maxFields) are "
                    + "read; expected at most \(CSVReader.maxFields) columns"
            ])
        #expect(loaded.workspace.kpis.first?.history.map(\.value) == [98, 99.5])
    }

    @Test func aHeaderWithTooManyColumnsIsReadWithAWarning() throws {
        let commas = String(repeating: ",x", count: Self.tooMany)
        let loaded = try WorkspaceFixture().with(
            "measurements.csv",
            WorkspaceFixture.measurementsHeader + commas + "\n" + WorkspaceFixture.measurementRow + "\n"
        ).load()
        let header = DataSet.measurements.columns.count
        let next = (1...5).map { String(header + $0) }.joined(separator: ", ")
        #expect(
            loaded.diagnostics.map(\.description) == [
                "measurements.csv:1: has \(Self.tooMany + header) fields; only the first \(CSVReader.maxFields) are "
                    + "read; expected at most \(CSVReader.maxFields) columns",
                "measurements.csv:1: the column \"x\" appears \(CSVReader.maxFields - header) times (columns \(next), "
                    + "…); the first is read, expected each column once",
            ])
        #expect(loaded.workspace.kpis.first?.history.count == 1)
    }
}
