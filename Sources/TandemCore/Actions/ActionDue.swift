/// Reads the due date typed for an action. In a meeting, "in two weeks" is said more often than a
/// date, so besides the dates the files use, `+10d` and `+2w` count from the as-of date (never
/// from the clock: the same files and date give the same file). An empty field means the default,
/// 14 days after the as-of date.
public enum ActionDue {
    /// Days after the as-of date when no due date is given.
    public static let defaultDays = 14

    /// The furthest a relative date reaches: ten years, so `+99999999w` is refused, not overflowed.
    public static let maximumDays = 3660

    /// - Returns: the due day, or why the text is not one (a date before the as-of date included:
    ///   an action agreed now cannot already be late).
    public static func parse(_ text: String, asOf: Day) -> Result<Day, ActionInputError> {
        let cleaned = TextSanitizer.clean(text)
        let shown = TextSanitizer.visible(String(cleaned.prefix(40)))
        guard !cleaned.isEmpty else { return .success(asOf.adding(days: defaultDays)) }
        if cleaned.hasPrefix("+") {
            return relative(cleaned.dropFirst(), asOf: asOf, shown: shown)
        }
        guard let day = date(cleaned) else {
            return .failure(
                ActionInputError(
                    .due,
                    "\"\(shown)\" is not a date; expected YYYY-MM-DD (e.g. \(asOf.adding(days: defaultDays))), "
                        + "+10d or +2w from the as-of date, or nothing for \(defaultDays) days after it"))
        }
        guard day >= asOf else {
            return .failure(
                ActionInputError(
                    .due, "\(day) is before the as-of date \(asOf); expected a date on or after it"))
        }
        return .success(day)
    }

    /// `10d`, `2w` (the `+` already read): a count of days or weeks.
    private static func relative(_ text: Substring, asOf: Day, shown: String) -> Result<Day, ActionInputError> {
        let unit = text.last.map { Character($0.lowercased()) }
        let digits = text.dropLast()
        guard unit == "d" || unit == "w", !digits.isEmpty, digits.count <= 6,
            digits.allSatisfy({ ("0"..."9").contains($0) }),
            let count = Int(digits)
        else {
            return .failure(
                ActionInputError(
                    .due, "\"\(shown)\" is not a relative date; expected + then a number and d or w, e.g. +10d or +2w"))
        }
        let days = unit == "w" ? count * 7 : count
        guard days <= maximumDays else {
            return .failure(
                ActionInputError(.due, "\"\(shown)\" is too far ahead; expected at most \(maximumDays) days"))
        }
        return .success(asOf.adding(days: days))
    }

    /// Any date form the loader reads whose order is never in doubt (`2026-12-04`, `2026/12/04`,
    /// `4 Dec 2026`, `December 4, 2026`): the value parsers', so the form and the files agree.
    private static func date(_ text: String) -> Day? {
        if case .value(let day) = DateForms.parse(text) { return day }
        return nil
    }
}
