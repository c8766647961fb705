/// An initiative with its health as of a day. Only active initiatives get a health; the others
/// show their stage and every dimension is nil.
public struct InitiativeAssessment: Sendable {
    public let initiative: Initiative
    /// Where progress should be by now, 0–100, from the time elapsed between start and due.
    public let plannedProgress: Double
    public let pointsBehind: Double?
    public let forecast: Double?
    /// Forecast as a percentage of budget.
    public let forecastPercent: Double?
    public let schedule: RAG?
    public let cost: RAG?
    public let milestones: RAG?
    public let health: RAG?
    public let isPastDue: Bool
    /// The first milestone not met by the as-of date.
    public let nextMilestone: Milestone?
    public let missedMilestones: [Milestone]

    public init(_ initiative: Initiative, settings: Settings, asOf: Day) {
        self.initiative = initiative
        let span = initiative.due.days(since: initiative.start)
        let elapsed = min(max(asOf.days(since: initiative.start), 0), span)
        plannedProgress = span > 0 ? Double(100 * elapsed) / Double(span) : 100
        // Past due means something only for work still under way.
        isPastDue = initiative.stage == .active && asOf > initiative.due && initiative.progress < 100
        nextMilestone = initiative.milestones.first { !$0.isDone(asOf: asOf) }
        missedMilestones = initiative.milestones.filter { $0.isMissed(asOf: asOf) }

        let spent = initiative.spent
        // Projecting spend to completion only makes sense for active work: stopped or finished
        // work costs what it spent.
        let projects = initiative.stage == .active || initiative.stage == .proposed
        let derived =
            initiative.forecast
            ?? spent.map { projects && initiative.progress > 0 ? $0 / (initiative.progress / 100) : $0 }
        forecast = derived
        let budget = initiative.budget
        let percent = budget.flatMap { budget in derived.map { budget > 0 ? $0 * 100 / budget : nil } } ?? nil

        guard initiative.stage == .active else {
            (pointsBehind, forecastPercent, schedule, cost, milestones, health) = (nil, nil, nil, nil, nil, nil)
            return
        }
        let behind = plannedProgress - initiative.progress
        pointsBehind = behind
        forecastPercent = percent
        // The red limit is tested first, so limits given in the wrong order (Settings made in
        // code; the manifest warns and uses the defaults) can never rate red work green.
        let schedule: RAG =
            isPastDue || !Threshold.isBelow(behind, settings.behindRedPoints)
            ? .red
            : Threshold.isBelow(behind, settings.behindAmberPoints) ? .green : .amber
        let cost: RAG? = percent.map {
            !Threshold.isAtMost($0, settings.costRedPct)
                ? .red : Threshold.isAtMost($0, settings.costAmberPct) ? .green : .amber
        }
        let milestones: RAG? =
            initiative.milestones.isEmpty
            ? nil
            : missedMilestones.contains(where: \.isKey)
                ? .red
                : missedMilestones.isEmpty ? .green : .amber
        self.schedule = schedule
        self.cost = cost
        self.milestones = milestones
        health = [schedule, cost, milestones].compactMap { $0 }.max()
    }

    /// The derived figures that are not finite (a spend of 1e308 at 0.001% progress, a forecast
    /// of 1e308 on a budget of 1e-300): views show a symbol, the export null, the scorecard warns.
    public var overflowed: [String] {
        [("forecast", forecast), ("forecast %", forecastPercent), ("points behind", pointsBehind)]
            .compactMap { name, value in value.map(\.isFinite) == false ? name : nil }
    }
}
