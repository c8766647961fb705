/// An action as of a day: overdue when it is open past its due date, due soon when it is open and
/// due within `dueSoonDays`.
public struct ActionAssessment: Sendable {
    public static let dueSoonDays = 14

    public let action: ActionItem
    public let isOverdue: Bool
    public let isDueSoon: Bool
    /// Days past due, for an overdue action.
    public let daysLate: Int?

    public init(_ action: ActionItem, asOf: Day) {
        self.action = action
        let open = action.status == .open
        let late = action.due.map { asOf.ordinal - $0.ordinal }
        isOverdue = open && (late ?? 0) > 0
        isDueSoon = open && late.map { $0 <= 0 && -$0 <= Self.dueSoonDays } ?? false
        daysLate = isOverdue ? late : nil
    }

    public var isOpen: Bool { action.status == .open }
}
