/// A risk with its scores, band, appetite, target and review state as of a day.
public struct RiskAssessment: Sendable {
    /// Read from the register it was assessed in, not copied: a copy of each risk doubled the
    /// memory of 100,000 risks and cost more than assessing them.
    @inlinable public var risk: Risk { register[position] }
    @usableFromInline let register: [Risk]
    @usableFromInline let position: Int
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
    /// Kept apart from the risk's status: every count of open risks reads it, and reading it
    /// through the register made a copy of the assessment each time.
    public let isClosed: Bool

    public init(_ risk: Risk, settings: borrowing Settings, asOf: Day) {
        self.init(in: [risk], at: 0, scale: RiskScale(settings), settings: settings, asOf: asOf)
    }

    /// The risk at `position` in `register`.
    /// - Parameter scale: the manifest's bands, read once for the whole register.
    init(in register: [Risk], at position: Int, scale: RiskScale, settings: borrowing Settings, asOf: Day) {
        (self.register, self.position) = (register, position)
        // Read field by field: a copy of the risk retained and released each of its strings.
        isClosed = register[position].status == .closed
        appetite = settings.appetite(for: register[position].category)
        let inherent = Self.pair(register[position].likelihood, register[position].impact)
        let residual = Self.pair(register[position].residualLikelihood, register[position].residualImpact)
        let target = Self.pair(register[position].targetLikelihood, register[position].targetImpact)
        let (score, residualGiven) = (register[position].score, register[position].residualScore)
        let (targetGiven, targetDate) = (register[position].targetScore, register[position].targetDate)
        let lastReviewed = register[position].lastReviewed

        inherentScore = inherent.map { $0.likelihood * $0.impact } ?? score ?? 0
        if let residual {
            (residualLikelihood, residualImpact) = (residual.likelihood, residual.impact)
            residualScore = residual.likelihood * residual.impact
        } else if let residualGiven {
            (residualLikelihood, residualImpact) = (nil, nil)
            residualScore = residualGiven
        } else {
            (residualLikelihood, residualImpact) = (inherent?.likelihood, inherent?.impact)
            residualScore = inherentScore
        }
        targetScore = target.map { $0.likelihood * $0.impact } ?? targetGiven
        let band = scale.band(of: residualScore)
        self.band = band
        aboveAppetite = residualScore > appetite
        let residualScore = residualScore
        targetMissed = targetScore.map { target in targetDate.map { $0 < asOf && residualScore > target } ?? false }
        let due = lastReviewed.map { $0.adding(days: scale.reviewDays(band)) }
        reviewDue = due
        reviewOverdue = due.map { $0 < asOf } ?? true
    }

    /// Given only as scores: not placed on the heat map but counted beside it. Inlinable: the
    /// views read it for every risk, and a call across modules copied the assessment each time.
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
