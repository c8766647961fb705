/// A risk with its scores, band, appetite, target and review state as of a day.
public struct RiskAssessment: Sendable {
    public let risk: Risk
    /// Likelihood × impact, or the score given alone.
    public let inherentScore: Int
    /// The residual likelihood and impact in force: the risk's own, else the inherent ones (when
    /// either residual is missing). Nil when the score in force was given alone: the risk is then
    /// counted beside the heat map, not placed on it.
    public let residualLikelihood: Int?
    public let residualImpact: Int?
    /// Residual likelihood × impact, or `residual_score`, falling back to the inherent score.
    public let residualScore: Int
    /// Where the owner means to bring it; nil without a target.
    public let targetScore: Int?
    public let band: RiskBand
    /// The appetite of the risk's category, else the default.
    public let appetite: Int
    public let aboveAppetite: Bool
    /// Nil without a target; true when the target date is before the as-of date and the residual
    /// score is still above the target.
    public let targetMissed: Bool?
    /// When the next review is due; nil when the risk was never reviewed.
    public let reviewDue: Day?
    public let reviewOverdue: Bool

    public init(_ risk: Risk, settings: borrowing Settings, asOf: Day) {
        self.init(risk, scale: RiskScale(settings), settings: settings, asOf: asOf)
    }

    /// - Parameter scale: the manifest's bands, read once for the whole register.
    init(_ risk: Risk, scale: RiskScale, settings: borrowing Settings, asOf: Day) {
        self.risk = risk
        let inherent = Self.pair(risk.likelihood, risk.impact)
        inherentScore = inherent.map { $0.likelihood * $0.impact } ?? risk.score ?? 0
        if let residual = Self.pair(risk.residualLikelihood, risk.residualImpact) {
            (residualLikelihood, residualImpact) = (residual.likelihood, residual.impact)
            residualScore = residual.likelihood * residual.impact
        } else if let score = risk.residualScore {
            (residualLikelihood, residualImpact) = (nil, nil)
            residualScore = score
        } else {
            (residualLikelihood, residualImpact) = (inherent?.likelihood, inherent?.impact)
            residualScore = inherentScore
        }
        let target = Self.pair(risk.targetLikelihood, risk.targetImpact).map { $0.likelihood * $0.impact }
        targetScore = target ?? risk.targetScore
        let band = scale.band(of: residualScore)
        self.band = band
        appetite = settings.appetite(for: risk.category)
        aboveAppetite = residualScore > appetite
        let residualScore = residualScore
        targetMissed = targetScore.map { target in risk.targetDate.map { $0 < asOf && residualScore > target } ?? false
        }
        let due = risk.lastReviewed.map { $0.adding(days: scale.reviewDays(band)) }
        reviewDue = due
        reviewOverdue = due.map { $0 < asOf } ?? true
    }

    // Inlinable: the views read these for every risk, and a call across modules copied the
    // whole assessment each time.
    @inlinable public var isClosed: Bool { risk.status == .closed }

    /// Given only as scores: not placed on the heat map but counted beside it.
    @inlinable public var scoredOnly: Bool { residualLikelihood == nil || residualImpact == nil }

    public static func band(of score: Int, settings: Settings) -> RiskBand { RiskScale(settings).band(of: score) }

    /// Likelihood and impact when both are given.
    static func pair(_ likelihood: Int?, _ impact: Int?) -> (likelihood: Int, impact: Int)? {
        guard let likelihood, let impact else { return nil }
        return (likelihood, impact)
    }
}

/// The manifest's band floors and review intervals, looked up once for a register rather than in
/// dictionaries for every risk.
struct RiskScale {
    private let critical, high, medium: Int
    private let review: (low: Int, medium: Int, high: Int, critical: Int)

    init(_ settings: borrowing Settings) {
        (critical, high, medium) = (
            settings.bandFloors[.critical] ?? Int.max, settings.bandFloors[.high] ?? Int.max,
            settings.bandFloors[.medium] ?? Int.max
        )
        let days = settings.reviewDays
        review = (days[.low] ?? 90, days[.medium] ?? 90, days[.high] ?? 90, days[.critical] ?? 90)
    }

    func band(of score: Int) -> RiskBand {
        score >= critical ? .critical : score >= high ? .high : score >= medium ? .medium : .low
    }

    /// Days between reviews of a risk in the band.
    func reviewDays(_ band: RiskBand) -> Int {
        switch band {
        case .low: review.low
        case .medium: review.medium
        case .high: review.high
        case .critical: review.critical
        }
    }
}
