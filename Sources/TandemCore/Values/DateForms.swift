/// Dates as people type them: `2026-03-31`, `2026/03/31`, `2026-03-31T09:00:00Z`, `31 Mar 2026`,
/// `31-Mar-26`, `31 March 2026`, `March 31, 2026`, `31-Mar- 2022`. A numeric date such as
/// `03/04/2026` reads as 3 April or 4 March, so it needs `date_format`; without it, it is
/// `.needsSetting`, never a guess.
public enum DateForms {
    public static let expected = "a date as YYYY-MM-DD, e.g. 2026-11-20"

    public static func parse(_ text: String, order: DateOrder? = nil) -> ValueRead<Day> {
        let bytes = Array(text.utf8)
        if let day = bytes.withUnsafeBufferPointer(FieldParsing.day) { return .value(day) }
        let trimmed = Substring(text).trimmingCharacters(in: NumberForms.spaces)[...]
        if EmptyWords.isEmpty(trimmed) { return .empty }
        if let day = dateTime(trimmed) { return .value(day) }
        guard let tokens = ValueToken.split(trimmed) else { return .notAValue(expected: expected) }
        return day(tokens, order: order) ?? .notAValue(expected: expected)
    }

    /// An ISO date with a time after it (`T` or a space), the time ignored.
    static func dateTime(_ text: Substring) -> Day? {
        guard text.utf8.count > 11, text.utf8.count <= 40 else { return nil }
        let date = Array(text.utf8.prefix(10))
        let next = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: 10)]
        guard next == UInt8(ascii: "T") || next == UInt8(ascii: " "),
            text.utf8.dropFirst(11).first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true
        else { return nil }
        let dashed = date.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: "-") : $0 }
        return dashed.withUnsafeBufferPointer(FieldParsing.day)
    }

    /// The day the tokens name, `.needsSetting` for a numeric date without an order, nil when
    /// they are not a date.
    static func day(_ tokens: [ValueToken], order: DateOrder?) -> ValueRead<Day>? {
        guard tokens.count == 3 else { return nil }
        switch (tokens[0], tokens[1], tokens[2]) {
        case (.number(let year, 4), .number(let month, let monthDigits), .number(let day, let dayDigits))
        where monthDigits <= 2 && dayDigits <= 2:
            return found(Day(year: year, month: month, day: day))
        case (.number(let day, let dayDigits), .word(let name), .number(let year, let yearDigits)) where dayDigits <= 2:
            guard let month = MonthNames.month(name), let year = fullYear(year, digits: yearDigits) else { return nil }
            return found(Day(year: year, month: month, day: day))
        case (.word(let name), .number(let day, let dayDigits), .number(let year, 4)) where dayDigits <= 2:
            guard let month = MonthNames.month(name) else { return nil }
            return found(Day(year: year, month: month, day: day))
        case (.number(let a, let aDigits), .number(let b, let bDigits), .number(let c, let cDigits)):
            guard let order else {
                return .needsSetting(
                    "date_format",
                    expected: "a date as YYYY-MM-DD or 31 Mar 2026, or date_format = \"DMY\", \"MDY\" or \"YMD\" in "
                        + "the data set's [sources] table, since a numeric date reads two ways (03/04/2026 is 3 April "
                        + "or 4 March)")
            }
            let (day, month, year) =
                switch order {
                case .dmy: ((a, aDigits), (b, bDigits), (c, cDigits))
                case .mdy: ((b, bDigits), (a, aDigits), (c, cDigits))
                case .ymd: ((c, cDigits), (b, bDigits), (a, aDigits))
                }
            guard day.1 <= 2, month.1 <= 2, let fullYear = fullYear(year.0, digits: year.1) else { return nil }
            return found(Day(year: fullYear, month: month.0, day: day.0))
        default:
            return nil
        }
    }

    private static func found(_ day: Day?) -> ValueRead<Day>? { day.map { .value($0) } }

    /// A year written with four digits, or two: `00`–`69` are 2000–2069, `70`–`99` 1970–1999
    /// (the POSIX rule for `%y`).
    static func fullYear(_ year: Int, digits: Int) -> Int? {
        switch digits {
        case 4: year
        case 2: year < 70 ? 2000 + year : 1900 + year
        default: nil
        }
    }
}
