/// What one cell of a workbook holds, already read the way Excel shows it: a number formatted as
/// a date is a day, one formatted as a percentage is its percentage points, a formula is its last
/// computed value. Text is cleaned of control characters and escape sequences (line breaks are
/// kept, for headers written on two lines).
public enum WorkbookCell: Equatable, Hashable, Sendable {
    /// Nothing, or text that is only white space.
    case empty
    case text(String)
    case number(Double)
    /// A number with a percent format, as displayed: 0.746 formatted `0.0%` is 74.6.
    case percent(Double)
    /// A number with a date format (or an ISO date cell); the time of day, if any, is dropped.
    case date(Day)
    case bool(Bool)
    /// An error value Excel computed, such as `#N/A` or `#DIV/0!`.
    case error(String)

    /// The cell as a short phrase for messages and tests: `"Q1"`, `12.5`, `74.6%`, `2026-03-31`.
    public var summary: String {
        switch self {
        case .empty: "empty"
        case .text(let text): "\"\(TextSanitizer.visible(text))\""
        case .number(let value): Self.format(value)
        case .percent(let value): "\(Self.format(value))%"
        case .date(let day): day.description
        case .bool(let value): value ? "TRUE" : "FALSE"
        case .error(let code): TextSanitizer.visible(code)
        }
    }

    /// Whole numbers without `.0`, others as Swift prints them (shortest exact form).
    private static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
