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
    /// The nine score fields and the two dates, kept small: a register of 100,000 risks is copied
    /// and paged in as it loads, and these were 176 of each risk's 288 bytes (now 144 in all).
    private var scores = CompactScores()
    private var dates = (targetDate: CompactDay(nil), lastReviewed: CompactDay(nil))

    /// Inherent likelihood and impact; nil when the risk is given as `score`.
    public var likelihood: Int? {
        get { scores[0] }
        set { scores[0] = newValue }
    }
    public var impact: Int? {
        get { scores[1] }
        set { scores[1] = newValue }
    }
    /// The inherent score when given without likelihood and impact.
    public var score: Int? {
        get { scores[2] }
        set { scores[2] = newValue }
    }
    public var residualLikelihood: Int? {
        get { scores[3] }
        set { scores[3] = newValue }
    }
    public var residualImpact: Int? {
        get { scores[4] }
        set { scores[4] = newValue }
    }
    public var residualScore: Int? {
        get { scores[5] }
        set { scores[5] = newValue }
    }
    /// Where the owner means to bring the risk, and by when.
    public var targetLikelihood: Int? {
        get { scores[6] }
        set { scores[6] = newValue }
    }
    public var targetImpact: Int? {
        get { scores[7] }
        set { scores[7] = newValue }
    }
    public var targetScore: Int? {
        get { scores[8] }
        set { scores[8] = newValue }
    }
    public var targetDate: Day? {
        get { dates.targetDate.day }
        set { dates.targetDate = CompactDay(newValue) }
    }
    public var lastReviewed: Day? {
        get { dates.lastReviewed.day }
        set { dates.lastReviewed = CompactDay(newValue) }
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
        dates = (CompactDay(targetDate), CompactDay(lastReviewed))
    }
}

/// Nine optional scores in two bytes each. A score lies on a matrix of at most 10 × 10, so every
/// value a register holds fits; one beyond ±32,767 would be clamped.
private struct CompactScores: Sendable {
    private static let none = Int16.min
    private var values = (none, none, none, none, none, none, none, none, none)

    subscript(index: Int) -> Int? {
        get {
            let value = withUnsafeBytes(of: values) { $0.load(fromByteOffset: index * 2, as: Int16.self) }
            return value == Self.none ? nil : Int(value)
        }
        set {
            withUnsafeMutableBytes(of: &values) {
                $0.storeBytes(
                    of: newValue.map { Int16(clamping: $0) } ?? Self.none, toByteOffset: index * 2, as: Int16.self)
            }
        }
    }
}

/// An optional day in four bytes: days since 1970 for years 1 to 9999 run to about ±2.9 million.
private struct CompactDay: Sendable {
    private let ordinal: Int32

    init(_ day: Day?) { ordinal = day.map { Int32(clamping: $0.ordinal) } ?? .min }

    var day: Day? { ordinal == .min ? nil : Day(ordinal: Int(ordinal)) }
}
