import Foundation
import Testing

@testable import TandemApp

/// The local date and time read from the C library, which Tandem uses because FoundationEssentials
/// knows no time zone but GMT: the same as Foundation's calendar in the same time zone.
@Suite struct LocalTimeTests {
    @Test func fieldsAreFoundationsInTheLocalTimeZone() {
        var dates = [Date(), Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1.5)]
        // Every few hours over some years, across the changes to and from summer time.
        for step in stride(from: 1_700_000_000.25, to: 1_830_000_000, by: 9_999.5) {
            dates.append(Date(timeIntervalSince1970: step))
        }
        let calendar = Calendar.current
        for date in dates {
            let time = LocalTime(date)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            #expect(
                [time.year, time.month, time.day, time.hour, time.minute, time.second]
                    == [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second], "\(date)")
        }
    }

    @Test func clockAndStampAreZeroPadded() {
        let time = LocalTime(
            Calendar.current.date(from: DateComponents(year: 2026, month: 3, day: 4, hour: 5, minute: 6, second: 7))!)
        #expect(time.clock == "05:06:07")
        #expect(time.stamp == "20260304-050607")
    }
}
