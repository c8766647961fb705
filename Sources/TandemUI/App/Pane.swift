/// The five panes of the dashboard, numbered as their keys.
public enum Pane: Int, CaseIterable, Sendable {
    case overview = 1, kpis, risks, initiatives, alignment

    public var title: String {
        switch self {
        case .overview: "Overview"
        case .kpis: "KPIs"
        case .risks: "Risks"
        case .initiatives: "Initiatives"
        case .alignment: "Alignment"
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
        }
    }

    /// The name used on the command line (`--pane kpis`).
    public var name: String { title.lowercased() }

    /// The ways `s` can order the pane, the first being the default.
    public var sortOrders: [String] {
        switch self {
        case .overview: ["severity"]
        case .kpis: ["domain", "status", "name", "owner"]
        case .risks: ["score", "review date", "id", "owner"]
        case .initiatives: ["roadmap", "health", "behind plan", "due date"]
        case .alignment: ["kind", "owner"]
        }
    }
}

/// Whose items are shown: everyone's, or one leader's. Applies to every pane and count.
public enum OwnerLens: String, CaseIterable, Sendable {
    case all, cio, coo, joint

    public var label: String {
        switch self {
        case .all: "All"
        case .cio: "CIO"
        case .coo: "COO"
        case .joint: "Joint"
        }
    }

    public var next: OwnerLens {
        let all = OwnerLens.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
