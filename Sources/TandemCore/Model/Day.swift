/// A calendar day, counted in days since 1970-01-01 (proleptic Gregorian).
///
/// Tandem only ever needs whole days, so it keeps dates as integers: comparing, subtracting and
/// adding days is arithmetic, and parsing never goes through `DateFormatter`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// The day with this year, month (1–12) and day of month, or nil when no such day exists.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        // Days from civil, after Howard Hinnant's algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        ordinal = era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// An ISO date `YYYY-MM-DD` that exists in the calendar, else nil.
    public init?(iso text: String) {
        var text = text
        guard let day = text.withUTF8({ FieldParsing.day($0) }) else { return nil }
        self = day
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Whole days from `other` to `self`.
    public func days(since other: Day) -> Int { ordinal - other.ordinal }

    /// ISO `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        return "\(Day.pad(y, 4))-\(Day.pad(m, 2))-\(Day.pad(d, 2))"
    }

    /// Day and month, e.g. `20 Nov`: never shown alone, since without its year a date in another
    /// year reads as this year's. `short(from:)` and `withYear` are the forms to show.
    private var dayMonth: String {
        let (_, m, d) = components
        return "\(d) \(Day.monthNames[m - 1])"
    }

    /// The short form every screen and the brief use for a date, with the year when it is not
    /// `reference`'s (the as-of date's): a review due on `3 Dec` of next year must not read as
    /// overdue this year. E.g. `3 Dec`, `3 Dec 2027`.
    public func short(from reference: Day) -> String {
        components.year == reference.components.year ? dayMonth : withYear
    }

    /// The short form with its year always, e.g. `20 Nov 2026`: the as-of date itself.
    public var withYear: String { "\(dayMonth) \(components.year)" }

    /// Month and year, e.g. `Nov 2026`.
    public var monthYear: String {
        let (y, m, _) = components
        return "\(Day.monthNames[m - 1]) \(y)"
    }

    public static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun",
        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
