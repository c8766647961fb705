import Testing

@testable import TandemCore

@Suite struct DayTests {
    @Test func countsDaysFromTheUnixEpoch() {
        #expect(Day(year: 1970, month: 1, day: 1)?.ordinal == 0)
        #expect(Day(year: 1970, month: 1, day: 2)?.ordinal == 1)
        #expect(Day(year: 1969, month: 12, day: 31)?.ordinal == -1)
        #expect(Day(year: 2000, month: 3, day: 1)?.ordinal == 11_017)
        #expect(Day(year: 2026, month: 11, day: 20)?.ordinal == 20_777)
    }

    @Test func refusesDaysThatDoNotExist() {
        #expect(Day(year: 2026, month: 2, day: 30) == nil)
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
        #expect(Day(year: 2100, month: 2, day: 29) == nil)
        #expect(Day(year: 2026, month: 4, day: 31) == nil)
        #expect(Day(year: 2026, month: 13, day: 1) == nil)
        #expect(Day(year: 2026, month: 0, day: 1) == nil)
        #expect(Day(year: 2026, month: 1, day: 0) == nil)
        #expect(Day(year: 0, month: 1, day: 1) == nil)
        #expect(Day(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test func knowsLeapYears() {
        #expect(Day.daysIn(month: 2, year: 2024) == 29)
        #expect(Day.daysIn(month: 2, year: 2000) == 29)
        #expect(Day.daysIn(month: 2, year: 1900) == 28)
        #expect(Day.daysIn(month: 2, year: 2026) == 28)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
    }

    @Test func givesBackItsYearMonthAndDayForEveryDayOfFourCenturies() {
        var ordinal = Day(year: 1901, month: 1, day: 1)!.ordinal
        for year in 1901...2300 {
            for month in 1...12 {
                for dayOfMonth in 1...Day.daysIn(month: month, year: year) {
                    let day = Day(ordinal: ordinal)
                    guard day.components == (year, month, dayOfMonth) else {
                        Issue.record("\(ordinal) gave \(day.components), expected \(year)-\(month)-\(dayOfMonth)")
                        return
                    }
                    ordinal += 1
                }
            }
        }
    }

    @Test func printsAsISOWithPadding() {
        #expect(day("2026-01-05").description == "2026-01-05")
        #expect(Day(year: 999, month: 12, day: 31)!.description == "0999-12-31")
    }

    @Test func printsShortForms() {
        #expect(day("2026-11-20").short(from: day("2026-11-20")) == "20 Nov")
        #expect(day("2026-11-20").withYear == "20 Nov 2026")
        #expect(day("2026-01-05").monthYear == "Jan 2026")
    }

    /// A date shows its year whenever the year is not the as-of date's, before or after it.
    @Test func theShortFormCarriesTheYearOnlyOutsideTheAsOfYear() {
        let asOf = day("2026-11-20")
        #expect(day("2026-12-03").short(from: asOf) == "3 Dec")
        #expect(day("2026-01-01").short(from: asOf) == "1 Jan")
        #expect(day("2027-12-03").short(from: asOf) == "3 Dec 2027")
        #expect(day("2027-01-01").short(from: asOf) == "1 Jan 2027")
        #expect(day("2025-12-31").short(from: asOf) == "31 Dec 2025")
    }

    @Test func addsAndSubtractsDaysAcrossMonthsAndYears() {
        #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
        #expect(day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(day("2026-03-01").adding(days: -1) == day("2026-02-28"))
        #expect(day("2026-11-20").days(since: day("2026-01-01")) == 323)
        #expect(day("2026-01-01").days(since: day("2026-11-20")) == -323)
    }

    @Test func ordersByDate() {
        #expect(day("2026-01-31") < day("2026-02-01"))
        #expect(!(day("2026-02-01") < day("2026-02-01")))
        #expect(day("2025-12-31") < day("2026-01-01"))
    }
}
