/// Who answers for an item: the CIO, the COO, or both together.
public enum Owner: String, CaseIterable, Sendable, Codable {
    case cio, coo, joint

    /// How the owner is written on screen and in briefs.
    public var label: String {
        switch self {
        case .cio: "CIO"
        case .coo: "COO"
        case .joint: "Joint"
        }
    }

    /// Who answers for something several items share: their one owner, or Joint when the items
    /// belong to both sides (or to none).
    public static func combined(_ owners: some Sequence<Owner>) -> Owner {
        let distinct = Set(owners)
        return distinct.count == 1 ? distinct.first! : .joint
    }
}
