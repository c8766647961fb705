/// Where a risk stands in its life.
public enum RiskStatus: String, Sendable, CaseIterable {
    case open, mitigating, accepted, closed
}

/// An entry of the risk register.
public struct Risk: Sendable, Identifiable {
    public var id: String
    public var title: String
    /// `cyber`, `privacy`, `compliance`, `operational`, `vendor`, `change`, `strategic` or free text.
    public var category: String
    public var owner: Owner
    public var likelihood: Int
    public var impact: Int
    public var residualLikelihood: Int?
    public var residualImpact: Int?
    public var status: RiskStatus
    public var technicalMitigation: String
    public var proceduralMitigation: String
    public var lastReviewed: Day?
    public var description: String
    public var line: Int

    public init(
        id: String, title: String, category: String, owner: Owner, likelihood: Int,
        impact: Int, residualLikelihood: Int? = nil, residualImpact: Int? = nil,
        status: RiskStatus = .open, technicalMitigation: String = "",
        proceduralMitigation: String = "", lastReviewed: Day? = nil,
        description: String = "", line: Int = 0
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.owner = owner
        self.likelihood = likelihood
        self.impact = impact
        self.residualLikelihood = residualLikelihood
        self.residualImpact = residualImpact
        self.status = status
        self.technicalMitigation = technicalMitigation
        self.proceduralMitigation = proceduralMitigation
        self.lastReviewed = lastReviewed
        self.description = description
        self.line = line
    }
}
