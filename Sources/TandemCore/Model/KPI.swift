/// Which way a KPI should move.
public enum Direction: String, Sendable, CaseIterable {
    case higher, lower
}

/// How often a KPI is measured; decides when its latest value goes stale.
public enum Frequency: String, Sendable, CaseIterable {
    case daily, weekly, monthly, quarterly

    /// The length of one period in days, as `SPEC.md` counts it for staleness.
    public var days: Int {
        switch self {
        case .daily: 1
        case .weekly: 7
        case .monthly: 31
        case .quarterly: 92
        }
    }
}

/// One value of a KPI for one period. `value` is nil when the period is recorded without data.
/// `target` and `warn` are the row's own (an interim target for that period), nil when the row
/// leaves them to the KPI's; the loader refuses a `warn` without a `target`.
public struct Observation: Sendable, Equatable {
    public var period: Day
    public var note: String
    /// A row's own target and warn: rare, so kept apart, which makes every observation 48 bytes
    /// instead of 72 (24 MB less for a million measurements).
    private var interim: Interim?
    public var value: Double?

    public var target: Double? {
        get { interim?.target }
        set { interim = Interim(target: newValue, warn: warn) }
    }
    public var warn: Double? {
        get { interim?.warn }
        set { interim = Interim(target: target, warn: newValue) }
    }

    public init(period: Day, value: Double?, note: String = "", target: Double? = nil, warn: Double? = nil) {
        self.period = period
        self.value = value
        self.note = note
        self.interim = Interim(target: target, warn: warn)
    }

    public static func == (a: Observation, b: Observation) -> Bool {
        a.period == b.period && a.value == b.value && a.note == b.note && a.target == b.target && a.warn == b.warn
    }

    private final class Interim: Sendable {
        let target: Double?
        let warn: Double?

        /// Nil when there is neither.
        init?(target: Double?, warn: Double?) {
            guard target != nil || warn != nil else { return nil }
            (self.target, self.warn) = (target, warn)
        }
    }
}

/// A shared key performance indicator, with its history.
public struct KPI: Sendable, Identifiable {
    public var id: String
    public var name: String
    public var owner: Owner
    public var direction: Direction
    public var target: Double
    /// The amber limit as written in the file; see `KPIStatusRules` for the default band.
    public var warn: Double?
    public var baseline: Double?
    public var unit: String
    public var domain: String
    public var frequency: Frequency
    /// The KPI this one is paired with (a system metric and the operational metric it moves).
    public var pair: String?
    public var description: String
    /// Measurements in period order (oldest first), as the loader sorted them.
    public var history: [Observation]
    /// Lines of `measurements.csv` with a value for this KPI that were left out for an error: the
    /// latest value shown may not be the latest one written, and the screen says so.
    public var valuesLeftOut: [Int] = []
    /// The line of `kpis.csv` this KPI came from.
    public var line: Int

    public init(
        id: String, name: String, owner: Owner, direction: Direction, target: Double,
        warn: Double? = nil, baseline: Double? = nil, unit: String = "", domain: String = "",
        frequency: Frequency = .monthly, pair: String? = nil, description: String = "",
        history: [Observation] = [], line: Int = 0
    ) {
        self.id = id
        self.name = name
        self.owner = owner
        self.direction = direction
        self.target = target
        self.warn = warn
        self.baseline = baseline
        self.unit = unit
        self.domain = domain
        self.frequency = frequency
        self.pair = pair
        self.description = description
        self.history = history
        self.line = line
    }
}
