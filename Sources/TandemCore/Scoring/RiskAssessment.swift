/// A risk with its scores, band and review state as of a day.
public struct RiskAssessment: Sendable {
    public let risk: Risk
    public let inherentScore: Int
    /// The residual likelihood and impact in force (the inherent ones when either is missing).
    public let residualLikelihood: Int
    public let residualImpact: Int
    public let residualScore: Int
    public let band: RiskBand
    public let aboveAppetite: Bool
    /// When the next review is due; nil when the risk was never reviewed.
    public let reviewDue: Day?
    public let reviewOverdue: Bool

    public init(_ risk: Risk, settings: Settings, asOf: Day) {
        self.risk = risk
        inherentScore = risk.likelihood * risk.impact
        if let likelihood = risk.residualLikelihood, let impact = risk.residualImpact {
            residualLikelihood = likelihood
            residualImpact = impact
        } else {
            residualLikelihood = risk.likelihood
            residualImpact = risk.impact
        }
        residualScore = residualLikelihood * residualImpact
        let band = Self.band(of: residualScore, settings: settings)
        self.band = band
        aboveAppetite = residualScore > settings.appetite
        let due = risk.lastReviewed.map { $0.adding(days: settings.reviewDays[band] ?? 90) }
        reviewDue = due
        reviewOverdue = due.map { $0 < asOf } ?? true
    }

    public var isClosed: Bool { risk.status == .closed }

    public static func band(of score: Int, settings: Settings) -> RiskBand {
        for band in [RiskBand.critical, .high, .medium] where score >= settings.bandFloors[band] ?? Int.max {
            return band
        }
        return .low
    }
}
