import TandemCore

/// The six panes of the dashboard, numbered as their keys.
public enum Pane: Int, CaseIterable, Sendable {
    case overview = 1
    case kpis, risks, initiatives, alignment, actions

    public var title: String {
        switch self {
        case .overview: "Overview"
        case .kpis: "KPIs"
        case .risks: "Risks"
        case .initiatives: "Initiatives"
        case .alignment: "Alignment"
        case .actions: "Actions"
        }
    }

    /// For narrow screens.
    public var shortTitle: String {
        switch self {
        case .overview: "Home"
        case .kpis: "KPIs"
        case .risks: "Risks"
        case .initiatives: "Work"
        case .alignment: "Align"
        case .actions: "Acts"
        }
    }

    /// The name used on the command line (`--pane kpis`).
    public var name: String { title.lowercased() }
}

/// Whose items are shown: everyone's, or one leader's. Applies to every pane and count.
public enum OwnerLens: String, CaseIterable, Sendable {
    case all, cio, coo, joint

    /// How the status line names the lens: a leader's lens includes what is joint.
    public var label: String {
        switch self {
        case .all: "All"
        case .cio: "CIO + Joint"
        case .coo: "COO + Joint"
        case .joint: "Joint only"
        }
    }

    /// Whether an item owned by `owner` is in the lens. What is joint is the CIO's and the COO's
    /// as much as anything they own alone: the CIO's lens hid a red, joint replacement of the
    /// warehouse system.
    public func includes(_ owner: Owner) -> Bool {
        switch self {
        case .all: true
        case .cio: owner == .cio || owner == .joint
        case .coo: owner == .coo || owner == .joint
        case .joint: owner == .joint
        }
    }

    public var next: OwnerLens {
        let all = OwnerLens.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
