/// An initiative with its health as of a day. Only active initiatives get a health; the others
/// show their stage and every dimension is nil.
public struct InitiativeAssessment: Sendable {
    public let initiative: Initiative
    /// Where progress should be by now, 0–100, from the time elapsed between start and due; nil
    /// without both dates.
    public let plannedProgress: Double?
    public let pointsBehind: Double?
    public let forecast: Double?
    /// Forecast as a percentage of budget.
    public let forecastPercent: Double?
    /// Nil for an unscheduled initiative (start, due or progress not given).
    public let schedule: RAG?
    public let cost: RAG?
    public let milestones: RAG?
    /// The worst of schedule, cost and milestones; with none of them, the reported rating (mapped
    /// to three points); nil when neither: "not rated".
    public let health: RAG?
    /// The health is the sponsor's reported rating, as nothing could be measured.
    public let healthIsReported: Bool
    public let isPastDue: Bool
    /// The first milestone not met by the as-of date.
    public let nextMilestone: Milestone?
    public let missedMilestones: [Milestone]

    public init(_ initiative: Initiative, settings: borrowing Settings, asOf: Day) {
        self.initiative = initiative
        plannedProgress = initiative.start.flatMap { start in
            initiative.due.map { due in
                let span = due.days(since: start)
                let elapsed = min(max(asOf.days(since: start), 0), span)
                return span > 0 ? Double(100 * elapsed) / Double(span) : 100
            }
        }
        // Past due means something only for work still under way, and known not to be finished.
        let pastDue =
            initiative.stage == .active && initiative.due.map { asOf > $0 } == true
            && initiative.progress.map { $0 < 100 } == true
        isPastDue = pastDue
        nextMilestone = initiative.milestones.first { !$0.isDone(asOf: asOf) }
        missedMilestones = initiative.milestones.filter { $0.isMissed(asOf: asOf) }

        let spent = initiative.spent
        // Projecting spend to completion only makes sense for active work with a known progress:
        // stopped or finished work, or work of unknown progress, costs what it spent so far.
        let projects = initiative.stage == .active || initiative.stage == .proposed
        let derived =
            initiative.forecast
            ?? spent.map { spent in
                guard projects, let progress = initiative.progress, progress > 0 else { return spent }
                return spent / (progress / 100)
            }
        forecast = derived
        let budget = initiative.budget
        let percent = budget.flatMap { budget in derived.map { budget > 0 ? $0 * 100 / budget : nil } } ?? nil

        guard initiative.stage == .active else {
            (pointsBehind, forecastPercent, schedule, cost, milestones, health) = (nil, nil, nil, nil, nil, nil)
            healthIsReported = false
            return
        }
        let behind = initiative.isScheduled ? plannedProgress.flatMap { p in initiative.progress.map { p - $0 } } : nil
        pointsBehind = behind
        forecastPercent = percent
        // The red limit is tested first, so limits given in the wrong order (Settings made in
        // code; the manifest warns and uses the defaults) can never rate red work green.
        let schedule: RAG? = behind.map { behind in
            pastDue || !Threshold.isBelow(behind, settings.behindRedPoints)
                ? .red
                : Threshold.isBelow(behind, settings.behindAmberPoints) ? .green : .amber
        }
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
        let measured = [schedule, cost, milestones].compactMap { $0 }.max()
        health = measured ?? initiative.rating?.rag
        healthIsReported = measured == nil && initiative.rating != nil
    }

    /// Active, with a reported rating better than the health measured (not taken from the rating):
    /// the "watermelon", green outside and red inside.
    public var isOptimisticReport: Bool {
        guard !healthIsReported, let rating = initiative.rating, let health else { return false }
        return rating.rag < health
    }

    /// The derived figures that are not finite (a spend of 1e308 at 0.001% progress, a forecast
    /// of 1e308 on a budget of 1e-300): views show a symbol, the export null, the scorecard warns.
    public var overflowed: [String] {
        Self.overflowed(forecast: forecast, forecastPercent: forecastPercent, pointsBehind: pointsBehind)
    }

    /// `overflowed` of these figures: the scorecard reads them in place, where asking every
    /// initiative's assessment copied it.
    static func overflowed(forecast: Double?, forecastPercent: Double?, pointsBehind: Double?) -> [String] {
        // Checked one by one: asked of every initiative at every load, and almost always none.
        var names: [String] = []
        if forecast?.isFinite == false { names.append("forecast") }
        if forecastPercent?.isFinite == false { names.append("forecast %") }
        if pointsBehind?.isFinite == false { names.append("points behind") }
        return names
    }
}
