/// Where an initiative is on the roadmap. Only active initiatives get a health.
public enum Stage: String, Sendable, CaseIterable {
    case proposed, active, paused, done, cancelled
}

/// A dated checkpoint of an initiative.
public struct Milestone: Sendable, Equatable {
    public var initiative: String
    public var name: String
    public var due: Day
    /// The day it was met; nil while it is not met.
    public var done: Day?
    public var isKey: Bool
    public var line: Int

    public init(
        initiative: String, name: String, due: Day, done: Day? = nil, isKey: Bool = false,
        line: Int = 0
    ) {
        self.initiative = initiative
        self.name = name
        self.due = due
        self.done = done
        self.isKey = isKey
        self.line = line
    }

    /// Met on or before `day`.
    public func isDone(asOf day: Day) -> Bool {
        guard let done else { return false }
        return done <= day
    }

    /// Due before `day` and not met by then.
    public func isMissed(asOf day: Day) -> Bool { due < day && !isDone(asOf: day) }
}

/// An initiative on the joint roadmap.
public struct Initiative: Sendable, Identifiable {
    public var id: String
    public var name: String
    public var sponsor: Owner
    public var lead: String
    public var stage: Stage
    /// The dates and progress a schedule is measured by; any of them may be unknown (see
    /// `isScheduled`).
    public var start: Day?
    public var due: Day?
    /// Percent complete, 0–100.
    public var progress: Double?
    /// The status its sponsor reports, beside the health Tandem computes.
    public var rating: Rating?
    public var budget: Double?
    public var spent: Double?
    public var forecast: Double?
    /// Share of intended users actually using what it delivered, 0–100.
    public var adoption: Double?
    public var kpis: [String]
    public var risks: [String]
    public var dependsOn: [String]
    public var capabilities: [String]
    public var description: String
    /// Milestones in due-date order.
    public var milestones: [Milestone]
    public var line: Int

    public init(
        id: String, name: String, sponsor: Owner, lead: String = "", stage: Stage = .active,
        start: Day?, due: Day?, progress: Double?, rating: Rating? = nil, budget: Double? = nil, spent: Double? = nil,
        forecast: Double? = nil, adoption: Double? = nil, kpis: [String] = [],
        risks: [String] = [], dependsOn: [String] = [], capabilities: [String] = [],
        description: String = "", milestones: [Milestone] = [], line: Int = 0
    ) {
        self.id = id
        self.name = name
        self.sponsor = sponsor
        self.lead = lead
        self.stage = stage
        self.start = start
        self.due = due
        self.progress = progress
        self.rating = rating
        self.budget = budget
        self.spent = spent
        self.forecast = forecast
        self.adoption = adoption
        self.kpis = kpis
        self.risks = risks
        self.dependsOn = dependsOn
        self.capabilities = capabilities
        self.description = description
        self.milestones = milestones
        self.line = line
    }

    /// Start, due and progress all given: only then is there a schedule to measure it against.
    /// An unscheduled initiative gets no schedule rating and is never counted as on track.
    public var isScheduled: Bool { start != nil && due != nil && progress != nil }
}
