import TandemCore

/// The brief's rows for KPIs off target: the target in force, and how the latest value compares
/// with the previous one and with a year ago.
extension Brief {
    static func kpiRow(_ item: KPIAssessment) -> [String] {
        let unit = item.kpi.unit
        let latest = item.latest?.value.map { NumberFormat.value($0, unit: unit) } ?? "none"
        let previous = item.previous?.value.map { NumberFormat.value($0, unit: unit) + comparison(item) } ?? ""
        // The year-end target is in the KPI's detail: beside it here, the column would not fit a page.
        let target = NumberFormat.value(item.target, unit: unit) + (item.targetIsInterim ? " (interim)" : "")
        return [
            item.kpi.owner.label, "\(item.kpi.name) (\(item.kpi.id))", item.status.word.capitalizedFirst, latest,
            target, previous,
        ]
    }

    /// How the latest value compares with the previous and, when there is one, with a year ago. A
    /// KPI worse than a year ago is never called better, only better than last month: a seasonal
    /// upswing is not an improvement.
    static func comparison(_ item: KPIAssessment) -> String {
        let last = previousWords(item)
        switch (item.changeIsBetter, item.changeYoYIsBetter) {
        case (true?, false?): return " (better than \(last), worse than a year ago)"
        case (false?, false?): return " (worse than \(last) and a year ago)"
        case (nil, false?): return " (worse than a year ago)"
        case (true?, true?): return " (better than \(last) and a year ago)"
        case (false?, true?): return " (worse than \(last), better than a year ago)"
        case (nil, true?): return " (better than a year ago)"
        case (false?, nil): return " (now worse)"
        case (true?, nil): return " (now better)"
        case (nil, nil): return ""
        }
    }

    /// "last month" when the previous value is the period just before the latest, else "the
    /// previous value" (a gap in the series).
    private static func previousWords(_ item: KPIAssessment) -> String {
        guard let latest = item.latest?.period, let previous = item.previous?.period else {
            return "the previous value"
        }
        let (y1, m1, _) = previous.components
        let (y2, m2, _) = latest.components
        let months = (y2 - y1) * 12 + m2 - m1
        switch item.kpi.frequency {
        case .daily where latest.days(since: previous) == 1: return "the day before"
        case .weekly where latest.days(since: previous) == 7: return "last week"
        case .monthly where months == 1: return "last month"
        case .quarterly where months == 3: return "last quarter"
        default: return "the previous value"
        }
    }
}
