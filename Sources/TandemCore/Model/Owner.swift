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
}
