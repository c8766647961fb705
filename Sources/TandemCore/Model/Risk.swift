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
    public var status: RiskStatus
    public var technicalMitigation: String
    public var proceduralMitigation: String
    public var description: String
    public var line: Int
    /// The nine scores and the two dates, kept small: a register of 100,000 risks is copied and
    /// paged in as it loads, and these were 176 of each risk's 288 bytes (now 144 in all).
    private var smallLikelihood = SmallInt(nil)
    private var smallImpact = SmallInt(nil)
    private var smallScore = SmallInt(nil)
    private var smallResidualLikelihood = SmallInt(nil)
    private var smallResidualImpact = SmallInt(nil)
    private var smallResidualScore = SmallInt(nil)
    private var smallTargetLikelihood = SmallInt(nil)
    private var smallTargetImpact = SmallInt(nil)
    private var smallTargetScore = SmallInt(nil)
    private var smallTargetDate = SmallDay(nil)
    private var smallLastReviewed = SmallDay(nil)

    /// Inherent likelihood and impact; nil when the risk is given as `score`.
    public var likelihood: Int? {
        get { smallLikelihood.value }
        set { smallLikelihood = SmallInt(newValue) }
    }
    public var impact: Int? {
        get { smallImpact.value }
        set { smallImpact = SmallInt(newValue) }
    }
    /// The inherent score when given without likelihood and impact.
    public var score: Int? {
        get { smallScore.value }
        set { smallScore = SmallInt(newValue) }
    }
    public var residualLikelihood: Int? {
        get { smallResidualLikelihood.value }
        set { smallResidualLikelihood = SmallInt(newValue) }
    }
    public var residualImpact: Int? {
        get { smallResidualImpact.value }
        set { smallResidualImpact = SmallInt(newValue) }
    }
    public var residualScore: Int? {
        get { smallResidualScore.value }
        set { smallResidualScore = SmallInt(newValue) }
    }
    /// Where the owner means to bring the risk, and by when.
    public var targetLikelihood: Int? {
        get { smallTargetLikelihood.value }
        set { smallTargetLikelihood = SmallInt(newValue) }
    }
    public var targetImpact: Int? {
        get { smallTargetImpact.value }
        set { smallTargetImpact = SmallInt(newValue) }
    }
    public var targetScore: Int? {
        get { smallTargetScore.value }
        set { smallTargetScore = SmallInt(newValue) }
    }
    public var targetDate: Day? {
        get { smallTargetDate.day }
        set { smallTargetDate = SmallDay(newValue) }
    }
    public var lastReviewed: Day? {
        get { smallLastReviewed.day }
        set { smallLastReviewed = SmallDay(newValue) }
    }

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
        self.status = status
        self.technicalMitigation = technicalMitigation
        self.proceduralMitigation = proceduralMitigation
        self.description = description
        self.line = line
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
        self.lastReviewed = lastReviewed
    }
}

/// An optional score in two bytes. A score lies on a matrix of at most 10 × 10, so every value a
/// register holds fits; one beyond ±32,767 would be clamped.
private struct SmallInt: Sendable {
    private let stored: Int16

    init(_ value: Int?) { stored = value.map { max(Int16(clamping: $0), .min + 1) } ?? .min }

    var value: Int? { stored == .min ? nil : Int(stored) }
}

/// An optional day in four bytes: days since 1970 for years 1 to 9999 run to about ±2.9 million.
private struct SmallDay: Sendable {
    private let ordinal: Int32

    init(_ day: Day?) { ordinal = day.map { max(Int32(clamping: $0.ordinal), .min + 1) } ?? .min }

    var day: Day? { ordinal == .min ? nil : Day(ordinal: Int(ordinal)) }
}
