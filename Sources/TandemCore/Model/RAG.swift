/// A red/amber/green rating, ordered from best to worst so that `max` gives the worst.
public enum RAG: String, Sendable, Comparable, CaseIterable {
    case green, amber, red

    private var severity: Int {
        switch self {
        case .green: 0
        case .amber: 1
        case .red: 2
        }
    }

    public static func < (lhs: RAG, rhs: RAG) -> Bool { lhs.severity < rhs.severity }
}

/// The band of a risk score, lowest first.
public enum RiskBand: String, Sendable, Comparable, CaseIterable {
    case low, medium, high, critical

    /// 0 for low to 3 for critical. By switch: finding it in `allCases` made an array.
    public var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .critical: 3
        }
    }

    public static func < (lhs: RiskBand, rhs: RiskBand) -> Bool { lhs.rank < rhs.rank }
}
