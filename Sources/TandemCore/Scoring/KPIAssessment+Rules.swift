/// The rules of `SPEC.md` § KPI status that take a few lines each: the default amber band, and
/// which value year on year is compared with.
extension KPIAssessment {
    /// The amber limit when no warn is written: the target ∓ `warn_band_pct`% of |target| (minus
    /// when higher is better).
    static func defaultWarn(target: Double, direction: Direction, settings: Settings) -> Double {
        var band = abs(target) * settings.warnBandPct / 100
        if !band.isFinite { band = abs(target) / 100 * settings.warnBandPct }  // a target near 1.8e308
        // Clamped: a band past the largest Double would make every value amber.
        return min(
            max(direction == .higher ? target - band : target + band, -.greatestFiniteMagnitude),
            .greatestFiniteMagnitude)
    }

    /// The days a year-ago period may end on, for a latest period ending on `period`: the same
    /// month a year earlier (monthly), the same quarter a year earlier (quarterly), or the day 52
    /// weeks earlier (weekly). Nil for daily KPIs, which are not compared year on year.
    public static func yearAgoPeriod(of period: Day, frequency: Frequency) -> ClosedRange<Day>? {
        let (year, month, _) = period.components
        switch frequency {
        case .daily: return nil
        case .weekly:
            let day = period.adding(days: -364)
            return day...day
        case .monthly:
            guard let start = Day(year: year - 1, month: month, day: 1) else { return nil }
            return start...start.adding(days: Day.daysIn(month: month, year: year - 1) - 1)
        case .quarterly:
            let (first, last) = ((month - 1) / 3 * 3 + 1, (month - 1) / 3 * 3 + 3)
            guard let start = Day(year: year - 1, month: first, day: 1),
                let end = Day(year: year - 1, month: last, day: Day.daysIn(month: last, year: year - 1))
            else { return nil }
            return start...end
        }
    }

    /// The value `latest` is compared with year on year: the latest one with a value whose period
    /// ends in `yearAgoPeriod`. `history` is in period order, so the search walks back from the
    /// end and stops once it is past that period.
    static func yearAgo(of latest: Observation, in history: [Observation], frequency: Frequency) -> Observation? {
        guard let range = yearAgoPeriod(of: latest.period, frequency: frequency) else { return nil }
        // From the end: the latest value is usually last, and a year back is a dozen steps away.
        var index = history.count - 1
        while index >= 0, history[index].period > range.upperBound { index -= 1 }
        while index >= 0, history[index].period >= range.lowerBound {
            if history[index].value != nil { return history[index] }
            index -= 1
        }
        return nil
    }
}
