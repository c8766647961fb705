/// How the values of one data set are written, where the spreadsheet's own habits differ from
/// Tandem's defaults. Nothing here guesses: a decimal comma or a day-first date is read only when
/// the workspace says so, because `1,250` and `03/04/2026` each read two ways.
public struct ValueOptions: Sendable, Equatable {
    /// The decimal separator: `.` (the default) or `,`; the other one then groups thousands.
    public var decimal: Character
    /// The order of a numeric date such as `03/04/2026`; nil reads none of them.
    public var dateFormat: DateOrder?
    /// How percent columns are written when they have no `%` sign.
    public var percent: PercentForm
    /// Multiplies the money columns (a "£m" column is 1,000,000).
    public var moneyScale: Double
    /// The month (1–12) a fiscal year starts, for periods such as `2025/26 Q1`; nil reads none.
    public var fiscalYearStart: Int?
    /// Words in the file for Tandem's words, by Tandem column name (`owner`, `likelihood`…); they
    /// add to the built-in ones and win over them. The key `"*"` stands for any other non-empty word.
    public var words: [String: [String: String]]

    /// The file's own words for one column. Most files have none: then no lookup by name.
    func words(for column: String) -> [String: String] { words.isEmpty ? [:] : words[column] ?? [:] }

    public init(
        decimal: Character = ".", dateFormat: DateOrder? = nil, percent: PercentForm = .points,
        moneyScale: Double = 1, fiscalYearStart: Int? = nil, words: [String: [String: String]] = [:]
    ) {
        self.decimal = decimal
        self.dateFormat = dateFormat
        self.percent = percent
        self.moneyScale = moneyScale
        self.fiscalYearStart = fiscalYearStart
        self.words = words
    }
}

/// The order of day, month and year in a numeric date (`date_format`).
public enum DateOrder: String, Sendable, CaseIterable {
    case dmy = "DMY"
    case mdy = "MDY"
    case ymd = "YMD"
}

/// How a percent column without `%` is written (`percent`).
public enum PercentForm: String, Sendable, CaseIterable {
    /// 95 means 95%.
    case points
    /// 0.95 means 95%: multiplied by 100 when read.
    case fraction
}

/// What a number column holds, which decides the forms it accepts.
public enum NumberKind: Sendable {
    case plain
    /// `budget`, `spent`, `forecast`: a `k`/`m`/`bn` suffix is allowed, and `money_scale` applies.
    case money
    /// `progress`, `adoption`, KPI values and targets in `%`: `percent` applies.
    case percent
}
