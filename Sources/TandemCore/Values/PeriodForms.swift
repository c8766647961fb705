/// Measurement periods as people write them, each read as the day the period ends (what
/// `FieldParsing.periodEnd` gives for `2026-03` and `2026-Q1`, and what staleness and trends
/// count from): every date form (that day), `2026/03`, `Mar 2026`, `March 2026`, `Mar-26`,
/// `Q1 2026`, `2026 Q1`, `2026-W14` (its Sunday), and fiscal quarters `2025/26 Q1` or
/// `FY2025/26 Q1` once `fiscal_year_start` says which month the fiscal year starts.
public enum PeriodForms {
    public static let expected = "YYYY-MM-DD, YYYY-MM or YYYY-Qn, e.g. 2026-10 or 2026-Q3"

    public static func parse(_ text: String, options: ValueOptions = ValueOptions()) -> ValueRead<Day> {
        let bytes = Array(text.utf8)
        if let day = bytes.withUnsafeBufferPointer(FieldParsing.periodEnd) { return .value(day) }
        let trimmed = Substring(text).trimmingCharacters(in: NumberForms.spaces)[...]
        if EmptyWords.isEmpty(trimmed) { return .empty }
        if let day = DateForms.dateTime(trimmed) { return .value(day) }
        guard let tokens = ValueToken.split(trimmed) else { return .notAValue(expected: expected) }
        if let read = period(tokens, fiscalYearStart: options.fiscalYearStart) { return read }
        return DateForms.day(tokens, order: options.dateFormat) ?? .notAValue(expected: expected)
    }

    static func period(_ tokens: [ValueToken], fiscalYearStart: Int?) -> ValueRead<Day>? {
        var tokens = tokens
        let fy = tokens.firstIndex(of: .word("fy"))
        let fiscal = fy != nil
        if let fy { tokens.remove(at: fy) }
        switch tokens.count {
        case 2:
            guard !fiscal else { return nil }
            switch (tokens[0], tokens[1]) {
            case (.number(let year, 4), .number(let month, let digits)) where digits <= 2:
                return monthEnd(year, month)
            case (.word(let name), .number(let year, let digits)):
                guard let month = MonthNames.month(name), let year = DateForms.fullYear(year, digits: digits) else {
                    return nil
                }
                return monthEnd(year, month)
            default: return nil
            }
        case 3:
            switch (tokens[0], tokens[1], tokens[2]) {
            case (.word("q"), .number(let quarter, 1), .number(let year, 4)),
                (.number(let year, 4), .word("q"), .number(let quarter, 1)):
                guard !fiscal, (1...4).contains(quarter) else { return nil }
                return monthEnd(year, quarter * 3)
            case (.number(let year, 4), .word("w"), .number(let week, let digits)) where digits <= 2 && !fiscal:
                return isoWeekEnd(year, week).map { .value($0) }
            default: return nil
            }
        case 4:
            switch (tokens[0], tokens[1], tokens[2], tokens[3]) {
            case (.number(let first, 4), .number(let second, let digits), .word("q"), .number(let quarter, 1)),
                (.word("q"), .number(let quarter, 1), .number(let first, 4), .number(let second, let digits)):
                let next = digits == 2 ? (first + 1) % 100 : first + 1
                guard digits == 2 || digits == 4, second == next, (1...4).contains(quarter) else { return nil }
                guard let start = fiscalYearStart else {
                    return .needsSetting(
                        "fiscal_year_start",
                        expected: "fiscal_year_start = the month the fiscal year starts (e.g. 4 for April) in "
                            + "[organization], so that fiscal quarters can be read")
                }
                let months = start - 1 + quarter * 3 - 1
                return monthEnd(first + months / 12, months % 12 + 1)
            default: return nil
            }
        default:
            return nil
        }
    }

    private static func monthEnd(_ year: Int, _ month: Int) -> ValueRead<Day>? {
        guard (1...12).contains(month) else { return nil }
        return Day(year: year, month: month, day: Day.daysIn(month: month, year: year)).map { .value($0) }
    }

    /// The Sunday that ends ISO week `week` of `year` (weeks start on Monday; week 1 holds the
    /// year's first Thursday), or nil when the year has no such week.
    static func isoWeekEnd(_ year: Int, _ week: Int) -> Day? {
        guard week >= 1, let january4 = Day(year: year, month: 1, day: 4) else { return nil }
        let weekday = ((january4.ordinal % 7 + 7 + 3) % 7)  // Monday 0 … Sunday 6; 1970-01-01 was a Thursday
        let thursday = january4.adding(days: -weekday + 7 * (week - 1) + 3)
        guard thursday.components.year == year else { return nil }
        return thursday.adding(days: 3)
    }
}
