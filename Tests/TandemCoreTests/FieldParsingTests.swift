import Testing

@_spi(Fuzzing) @testable import TandemCore

private func number(_ text: String) -> FieldParsing.NumberResult {
    Array(text.utf8).withUnsafeBufferPointer { FieldParsing.number($0) }
}

private func date(_ text: String) -> Day? {
    Array(text.utf8).withUnsafeBufferPointer { FieldParsing.day($0) }
}

private func periodEnd(_ text: String) -> Day? {
    Array(text.utf8).withUnsafeBufferPointer { FieldParsing.periodEnd($0) }
}

@Suite struct NumberParsingTests {
    @Test(arguments: [
        ("99.6", 99.6), ("0.1", 0.1), ("0", 0), ("12", 12), ("-3.25", -3.25), ("+7", 7),
        (".5", 0.5), ("5.", 5), ("007", 7), ("1234567.891", 1234567.891),
        ("0.000001", 0.000001), ("99.99999", 99.99999), ("123456789012345", 123_456_789_012_345),
    ])
    func shortDecimalsAreExactlyTheNearestDouble(_ text: String, _ expected: Double) {
        #expect(number(text) == .number(expected))
    }

    @Test(arguments: [
        ("3.14159265358979323846", 3.14159265358979323846),
        ("0.1000000000000000055511151231257827", 0.1),
        ("1234567890123456789012", 1234567890123456789012.0),
        ("9007199254740993", 9007199254740993.0),
        ("0.30000000000000004", 0.30000000000000004),
        ("0.000000000000000000000000123", 1.23e-25),
    ])
    func longMantissasAreCorrectlyRounded(_ text: String, _ expected: Double) {
        #expect(number(text) == .number(expected))
    }

    @Test(arguments: [
        ("1e3", 1000), ("1E3", 1000), ("2.5e-3", 0.0025), ("-4e+2", -400), ("1e308", 1e308),
        ("1e-400", 0), ("6.02214076e23", 6.02214076e23),
    ])
    func readsExponents(_ text: String, _ expected: Double) {
        #expect(number(text) == .number(expected))
    }

    @Test(arguments: ["-0", "-0.0", "-0e5", "+0", "-000"])
    func negativeZeroBecomesZero(_ text: String) {
        guard case .number(let value) = number(text) else {
            Issue.record("\(text) did not parse")
            return
        }
        #expect(value == 0)
        #expect(value.sign == .plus)
    }

    @Test(arguments: [" 42", "42 ", "\t42\t", "  42  "])
    func ignoresSpacesAndTabsAround(_ text: String) {
        #expect(number(text) == .number(42))
    }

    @Test(arguments: ["NaN", "nan", "inf", "-inf", "+Infinity", "INF", "∞", "-∞", "1e309", "-1e309", "99e999"])
    func nonFiniteNumbersAreToldApart(_ text: String) {
        #expect(number(text) == .notFinite)
    }

    @Test(arguments: [
        "", " ", "-", "+", ".", "1.2.3", "1,000", "1 000", "12abc", "abc", "0x10", "1e", "1e+",
        "e5", "1e5x", "--1", "+-1", "1-", "$5", "5%", "１２", "0x1p3", "nan(1)", "1e5.5", "Infinityx",
    ])
    func rejectsMalformedNumbers(_ text: String) {
        #expect(number(text) == .malformed)
    }
}

@Suite struct DateParsingTests {
    @Test func readsISODates() {
        #expect(date("2026-11-20") == Day(year: 2026, month: 11, day: 20))
        #expect(date(" 2026-01-05 ") == Day(year: 2026, month: 1, day: 5))
    }

    @Test(arguments: [
        "2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01",
        "2026-1-5", "26-11-20", "2026/11/20", "20261120", "2026-11-2x", "", "2026-11-20T00:00",
        "+026-11-20", "2026-11-200",
    ])
    func rejectsDaysThatDoNotExistOrAreWrittenOtherwise(_ text: String) {
        #expect(date(text) == nil)
    }

    @Test func acceptsTheLeapDayOfLeapYears() {
        #expect(date("2024-02-29") != nil)
        #expect(date("2000-02-29") != nil)
        #expect(date("1900-02-29") == nil)
    }

    @Test(arguments: [
        ("2026-10", "2026-10-31"), ("2026-02", "2026-02-28"), ("2024-02", "2024-02-29"),
        ("2026-04", "2026-04-30"), ("2026-Q1", "2026-03-31"), ("2026-Q2", "2026-06-30"),
        ("2026-Q3", "2026-09-30"), ("2026-q4", "2026-12-31"), ("2026-11-20", "2026-11-20"),
    ])
    func periodsEndOnTheLastDayOfTheirMonthOrQuarter(_ text: String, _ expected: String) {
        #expect(periodEnd(text) == day(expected))
    }

    @Test(arguments: [
        "2026-13", "2026-00", "2026-Q0", "2026-Q5", "2026-QQ", "2026-1", "2026", "2026-11-31", "2026-W45",
    ])
    func rejectsPeriodsThatDoNotExist(_ text: String) {
        #expect(periodEnd(text) == nil)
    }
}

/// The measurement reader's period cache reads every sequence of periods as `periodEnd` does:
/// runs within a month, a month's last day and the next's first, leap days, bad days after good
/// ones of the same month, other forms between.
@Suite struct PeriodReaderTests {
    @Test func readsEachPeriodAsPeriodEndDoes() {
        let periods = [
            "2024-02-27", "2024-02-28", "2024-02-29", "2024-02-30", "2024-03-01", "2023-02-29", "2023-02-28",
            "2023-02-00", "2023-02-1x", "2023-02-+1", "2026-11-30", "2026-11-31", "2026-12-31", " 2026-12-30",
            "2026-12", "2026-Q4", "2026-12-05", "2026-12-5 ", "2026/12/06", "2026-12-06", "\0\0\0\0\0\0\0\0\0\0",
            "2026-13-01", "2026-12-09", "9999-12-31", "0000-01-01",
        ]
        var reader = MeasurementRows.PeriodReader()
        for text in periods {
            let read = Array(text.utf8).withUnsafeBufferPointer { reader.periodEnd($0) }
            #expect(read == periodEnd(text), "\(text)")
        }
    }
}
