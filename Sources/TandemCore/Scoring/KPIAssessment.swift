/// The status of a KPI as of a day.
public enum KPIStatus: String, Sendable, CaseIterable {
    case green, amber, red, stale
    case noData = "no_data"

    /// The red/amber/green rating, nil for the neutral statuses.
    public var rag: RAG? {
        switch self {
        case .green: .green
        case .amber: .amber
        case .red: .red
        case .stale, .noData: nil
        }
    }
}

/// The direction of a KPI's recent values.
public enum Trend: String, Sendable {
    case up, down, flat
}

/// A KPI with everything `SPEC.md` computes for it as of a day.
public struct KPIAssessment: Sendable {
    public let kpi: KPI
    public let status: KPIStatus
    /// How the latest value stands against the target, stale or not (green, amber or red): a
    /// stale KPI still says how it last stood. Nil without a value.
    public let lastValueStatus: KPIStatus?
    /// The latest and previous values counted (periods ending on or before the as-of date).
    public let latest: Observation?
    public let previous: Observation?
    /// latest − previous, and that as a percentage of |previous| (nil when previous is 0).
    public let change: Double?
    public let changePercent: Double?
    /// True when the change moved the right way, false when the wrong way, nil when unchanged.
    public let changeIsBetter: Bool?
    public let trend: Trend?
    /// (value − baseline) / (target − baseline), when a baseline is given, against the target in force.
    public let achievement: Double?
    /// The target in force: the latest value's row's own target when it has one (an interim
    /// target), else the KPI's.
    public let target: Double
    /// True when `target` is the latest row's own rather than the KPI's.
    public let targetIsInterim: Bool
    /// The amber limit in force: the warn that goes with the target in force (the row's with a
    /// row's target, else the KPI's), or the default band around that target.
    public let warnLimit: Double
    /// True when `warnLimit` is the default band, not a warn written in a file.
    public let warnIsDefault: Bool
    /// The value for the period ending a year before the latest's (same month or quarter; weekly,
    /// 52 weeks earlier), for weekly, monthly and quarterly KPIs; nil when there is none.
    public let yearAgo: Observation?
    /// latest − the year-ago value, and whether that is better by the KPI's direction (nil when equal).
    public let changeYoY: Double?
    public let changeYoYIsBetter: Bool?
    /// Days from the latest period's end to the as-of date.
    public let ageDays: Int?
    /// How many values are counted (with a value, dated on or before the as-of date).
    public let countedCount: Int
    private let asOf: Day

    /// The values counted, oldest first (for charts). Computed when asked, so a large history is
    /// not held twice.
    public var counted: [Observation] { kpi.history.filter { $0.period <= asOf && $0.value != nil } }

    /// The last `count` values counted, oldest first: what a sparkline shows.
    public func lastCounted(_ count: Int) -> [Observation] {
        var values: [Observation] = []
        for observation in kpi.history.reversed() where observation.period <= asOf && observation.value != nil {
            values.append(observation)
            if values.count == count { break }
        }
        return values.reversed()
    }
    /// Values dated after the as-of date, not counted yet.
    public let notYetCounted: Int

    public init(_ kpi: KPI, settings: borrowing Settings, asOf: Day) {
        self.kpi = kpi
        self.asOf = asOf
        // One pass from the end: the history is sorted by period, so what is counted is a prefix
        // of it (less the empty values), and only its last six values matter here.
        var recent: [Observation] = []
        var counted = 0
        var early = 0
        for observation in kpi.history where observation.value != nil {
            if observation.period > asOf { early += 1 } else { counted += 1 }
        }
        for observation in kpi.history.reversed() where observation.period <= asOf && observation.value != nil {
            recent.append(observation)
            if recent.count == 6 { break }
        }
        recent.reverse()
        notYetCounted = early
        countedCount = counted
        latest = recent.last
        previous = recent.count >= 2 ? recent[recent.count - 2] : nil
        ageDays = latest.map { asOf.days(since: $0.period) }

        // The latest row's own target brings its own warn (or the default band around it); the
        // KPI's warn goes only with the KPI's target.
        let target = latest?.target ?? kpi.target
        let warn = latest?.target == nil ? kpi.warn : latest?.warn
        self.target = target
        targetIsInterim = latest?.target != nil
        let warnLimit = warn ?? Self.defaultWarn(target: target, direction: kpi.direction, settings: settings)
        self.warnLimit = warnLimit
        warnIsDefault = warn == nil

        if let value = latest?.value, let previousValue = previous?.value {
            let delta = value - previousValue
            change = delta
            changePercent = previousValue == 0 ? nil : delta / abs(previousValue) * 100
            changeIsBetter = delta == 0 ? nil : (delta > 0) == (kpi.direction == .higher)
        } else {
            change = nil
            changePercent = nil
            changeIsBetter = nil
        }
        trend = Self.trend(of: recent.compactMap(\.value))
        achievement = latest?.value.flatMap { value in
            guard let baseline = kpi.baseline, target != baseline else { return nil }
            return (value - baseline) / (target - baseline)
        }
        yearAgo = latest.flatMap { Self.yearAgo(of: $0, in: kpi.history, frequency: kpi.frequency) }
        if let value = latest?.value, let old = yearAgo?.value {
            let delta = value - old
            changeYoY = delta
            changeYoYIsBetter = delta == 0 ? nil : (delta > 0) == (kpi.direction == .higher)
        } else {
            changeYoY = nil
            changeYoYIsBetter = nil
        }

        if let latest, let value = latest.value {
            let rated: KPIStatus =
                kpi.direction == .higher
                ? (Threshold.isAtLeast(value, target)
                    ? .green : Threshold.isAtLeast(value, warnLimit) ? .amber : .red)
                : (Threshold.isAtMost(value, target)
                    ? .green : Threshold.isAtMost(value, warnLimit) ? .amber : .red)
            lastValueStatus = rated
            status = asOf.days(since: latest.period) > kpi.frequency.days + settings.staleGraceDays ? .stale : rated
        } else {
            lastValueStatus = nil
            status = .noData
        }
    }

    /// The derived figures that are not finite for these values (1e308 after -1e308, a target a
    /// hair from the baseline): views show a symbol, the export null, and the scorecard warns.
    public var overflowed: [String] {
        Self.overflowed(change: change, changePercent: changePercent, achievement: achievement, changeYoY: changeYoY)
    }

    /// `overflowed` of these figures: the scorecard reads them in place, where asking every KPI's
    /// assessment copied it.
    static func overflowed(change: Double?, changePercent: Double?, achievement: Double?, changeYoY: Double?)
        -> [String]
    {
        // Checked one by one: asked of every KPI at every load, and almost always none.
        var names: [String] = []
        if change?.isFinite == false { names.append("change") }
        if changePercent?.isFinite == false { names.append("change %") }
        if achievement?.isFinite == false { names.append("achievement") }
        if changeYoY?.isFinite == false { names.append("change yoy") }
        return names
    }

    /// The direction of the least-squares line through the values (by position); flat when the
    /// line moves across them by less than 1% of their mean magnitude.
    static func trend(of values: [Double]) -> Trend? {
        guard values.count >= 2 else { return nil }
        // The direction does not depend on the scale: values near the ends of Double's range are
        // scaled into [-1, 1] first, so their sums neither overflow nor vanish.
        let largest = values.reduce(0) { max($0, abs($1)) }
        if largest > 1e150 || (largest > 0 && largest < 1e-150) {
            return trend(of: values.map { $0 / largest })
        }
        let n = Double(values.count)
        let meanX = (n - 1) / 2
        let meanY = values.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        for (index, value) in values.enumerated() {
            let dx = Double(index) - meanX
            sxy += dx * (value - meanY)
            sxx += dx * dx
        }
        let rise = sxy / sxx * (n - 1)
        let meanMagnitude = values.reduce(0) { $0 + abs($1) } / n
        if rise == 0 || abs(rise) < 0.01 * meanMagnitude { return .flat }
        return rise > 0 ? .up : .down
    }
}
