/// Where a risk stands in its life.
public enum RiskStatus: String, Sendable, CaseIterable {
    case open, mitigating, accepted, closed
}

/// An entry of the risk register. Each of its three scores (inherent, residual, target) is given
/// as likelihood and impact, or as the score alone, as registers that publish only a score do.
public struct Risk: Sendable, Identifiable {
    public var id: String
    public var title: String
    /// `cyber`, `privacy`, `compliance`, `operational`, `vendor`, `change`, `strategic` or free text.
    public var category: String
    public var owner: Owner
    /// Inherent likelihood and impact; nil when the risk is given as `score`.
    public var likelihood: Int?
    public var impact: Int?
    /// The inherent score when given without likelihood and impact.
    public var score: Int?
    public var residualLikelihood: Int?
    public var residualImpact: Int?
    public var residualScore: Int?
    /// Where the owner means to bring the risk, and by when.
    public var targetLikelihood: Int?
    public var targetImpact: Int?
    public var targetScore: Int?
    public var targetDate: Day?
    public var status: RiskStatus
    public var technicalMitigation: String
    public var proceduralMitigation: String
    public var lastReviewed: Day?
    public var description: String
    public var line: Int

    public init(
        id: String, title: String, category: String, owner: Owner, likelihood: Int?,
        impact: Int?, score: Int? = nil, residualLikelihood: Int? = nil, residualImpact: Int? = nil,
        residualScore: Int? = nil, targetLikelihood: Int? = nil, targetImpact: Int? = nil, targetScore: Int? = nil,
        targetDate: Day? = nil, status: RiskStatus = .open, technicalMitigation: String = "",
        proceduralMitigation: String = "", lastReviewed: Day? = nil,
        description: String = "", line: Int = 0
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.owner = owner
        self.likelihood = likelihood
        self.impact = impact
        self.score = score
        self.residualLikelihood = residualLikelihood
        self.residualImpact = residualImpact
        self.residualScore = residualScore
        self.targetLikelihood = targetLikelihood
        self.targetImpact = targetImpact
        self.targetScore = targetScore
        self.targetDate = targetDate
        self.status = status
        self.technicalMitigation = technicalMitigation
        self.proceduralMitigation = proceduralMitigation
        self.lastReviewed = lastReviewed
        self.description = description
        self.line = line
    }
}
