/// How urgently an item needs the leaders' attention. The order is the product's ranking: a row
/// left out for an error first (one typo must not hide the most urgent risk), then what is red,
/// then what is amber, then what is only late.
public enum Urgency: Int, Comparable, CaseIterable, Sendable {
    case staleKPI = 30
    case lowRiskReviewOverdue = 32
    case mediumRiskReviewOverdue = 40
    case amberInitiative = 45
    case amberKPI = 50
    /// A promise the meeting made and did not keep: above amber, below what is red.
    case overdueAction = 55
    /// A risk still above the target its owner set, past the date set for it: a promise not kept
    /// too, just above an overdue action, below an overdue review of a high or critical risk.
    case riskTargetMissed = 57
    case highRiskReviewOverdue = 60
    case criticalRiskReviewOverdue = 70
    /// Above appetite ranks with red.
    case riskAboveAppetite = 80
    case redInitiative = 85
    case redKPI = 90
    case criticalRiskAboveAppetite = 95
    case rowLeftOut = 100

    /// The case with the highest raw value.
    static let highest = allCases.max()!

    public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Red: what the tabs count (red KPIs and initiatives, risks above appetite).
    public var isRed: Bool { self >= .riskAboveAppetite && self != .rowLeftOut }
}
