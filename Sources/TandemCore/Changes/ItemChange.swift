/// Which way an item moved since the baseline. Declared most pressing first.
public enum ChangeDirection: String, Sendable, Comparable, CaseIterable {
    case worse, new, removed, changed, better, resolved

    public static func < (lhs: ChangeDirection, rhs: ChangeDirection) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The area of the dashboard an item belongs to, in the order the panes come.
public enum ChangeArea: String, Sendable, Comparable, CaseIterable {
    case kpi = "KPI"
    case risk = "Risk"
    case initiative = "Initiative"
    case finding = "Finding"
    case action = "Action"

    public static func < (lhs: ChangeArea, rhs: ChangeArea) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One item that changed since the baseline, with each change in words (old value first).
public struct ItemChange: Sendable {
    public let area: ChangeArea
    /// The item's id; for a finding, its kind and ids (`Finding` key).
    public let id: String
    public let name: String
    /// The owners it concerns: one for an item, the owners of the items a finding names.
    public let owners: [Owner]
    public let direction: ChangeDirection

    /// The one owner to name it under: theirs, or Joint when it concerns both sides.
    public var owner: Owner { .combined(owners) }
    /// E.g. `status amber → red`, `due moved 2026-12-01 → 2027-01-15`.
    public let notes: [String]
}
