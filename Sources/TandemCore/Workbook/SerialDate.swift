/// Excel's dates are numbers: days since an epoch, with the time of day as the fraction.
///
/// In the 1900 system (Windows Excel, the default) day 1 is 1900-01-01 and Excel counts a
/// 29 February 1900 that never was, as Lotus 1-2-3 did: serials from 61 on are one day ahead of a
/// plain count, so they are counted from 1899-12-30, and serials 1–59 from 1899-12-31 (60, the
/// day that never was, reads as 1900-02-28, as in calamine). In the 1904 system (old Mac Excel)
/// day 0 is 1904-01-01.
enum SerialDate {
    private static let epoch1900 = Day(year: 1899, month: 12, day: 30)!
    private static let epoch1904 = Day(year: 1904, month: 1, day: 1)!
    /// 9999-12-31 in the 1900 system, the last day Excel shows.
    private static let lastSerial1900 = 2_958_465.0

    /// The day of `serial`, or nil where Excel shows no date: before the epoch (in the 1900
    /// system, below 1; 0 shows as `1900-01-00`) or after 9999-12-31.
    static func day(_ serial: Double, uses1904Dates: Bool) -> Day? {
        guard serial.isFinite else { return nil }
        let whole = serial.rounded(.down)
        if uses1904Dates {
            guard whole >= 0, whole <= lastSerial1900 - 1462 else { return nil }
            return epoch1904.adding(days: Int(whole))
        }
        guard whole >= 1, whole <= lastSerial1900 else { return nil }
        return epoch1900.adding(days: Int(whole) + (whole < 60 ? 1 : 0))
    }
}
