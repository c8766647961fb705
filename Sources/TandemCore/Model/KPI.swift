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
    /// A row's note, target and warn: rare, so kept apart, which makes every observation 24 bytes
    /// instead of 72 (48 MB less for a million measurements, and as much less to copy as they load).
    private var extra: Extra?
    public var value: Double?
    /// Days since 1970 in four bytes: a period runs from year 1 to 9999, about ±2.9 million days.
    private var periodOrdinal: Int32

    public var period: Day {
        get { Day(ordinal: Int(periodOrdinal)) }
        set { periodOrdinal = Int32(clamping: newValue.ordinal) }
    }
    public var note: String {
        get { extra?.note ?? "" }
        set { extra = Extra.of(note: newValue, target: target, warn: warn) }
    }
    public var target: Double? {
        get { extra?.target }
        set { extra = Extra.of(note: note, target: newValue, warn: warn) }
    }
    public var warn: Double? {
        get { extra?.warn }
        set { extra = Extra.of(note: note, target: target, warn: newValue) }
    }

    public init(period: Day, value: Double?, note: String = "", target: Double? = nil, warn: Double? = nil) {
        periodOrdinal = Int32(clamping: period.ordinal)
        self.value = value
        extra = Extra.of(note: note, target: target, warn: warn)
    }

    public static func == (a: Observation, b: Observation) -> Bool {
        a.period == b.period && a.value == b.value && a.note == b.note && a.target == b.target && a.warn == b.warn
    }

    private final class Extra: Sendable {
        let note: String
        let target: Double?
        let warn: Double?

        private init(note: String, target: Double?, warn: Double?) {
            (self.note, self.target, self.warn) = (note, target, warn)
        }

        /// Nil when there is none of them. Not a failable `init`, which makes the object before it
        /// can fail: that was a sixth of reading a plain measurement.
        static func of(note: String, target: Double?, warn: Double?) -> Extra? {
            guard !note.isEmpty || target != nil || warn != nil else { return nil }
            return Extra(note: note, target: target, warn: warn)
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
