/// The orders `s` cycles through on each pane; the first case is the default. The raw value is
/// what the status line shows.
public enum KPISort: String, CaseIterable, Sendable {
    case domain, status, name, owner
}

public enum RiskSort: String, CaseIterable, Sendable {
    case score
    case reviewDate = "review date"
    case id, owner
}

public enum InitiativeSort: String, CaseIterable, Sendable {
    case roadmap, health
    case behindPlan = "behind plan"
    case dueDate = "due date"
}

public enum FindingSort: String, CaseIterable, Sendable {
    case kind, owner
}

/// By due date: open actions first, the most overdue on top, then done and dropped.
public enum ActionSort: String, CaseIterable, Sendable {
    case due, owner, raised
}

/// The order in force on each pane that has more than one.
public struct PaneSorts: Equatable, Sendable {
    public var kpis = KPISort.domain
    public var risks = RiskSort.score
    public var initiatives = InitiativeSort.roadmap
    public var findings = FindingSort.kind
    public var actions = ActionSort.due

    public init() {}

    /// The orders a pane offers, by name; the overview has one (most urgent first).
    public static func names(of pane: Pane) -> [String] {
        switch pane {
        case .overview: ["severity"]
        case .kpis: KPISort.allCases.map(\.rawValue)
        case .risks: RiskSort.allCases.map(\.rawValue)
        case .initiatives: InitiativeSort.allCases.map(\.rawValue)
        case .alignment: FindingSort.allCases.map(\.rawValue)
        case .actions: ActionSort.allCases.map(\.rawValue)
        }
    }

    /// The name of the order in force on a pane.
    public func name(of pane: Pane) -> String {
        switch pane {
        case .overview: "severity"
        case .kpis: kpis.rawValue
        case .risks: risks.rawValue
        case .initiatives: initiatives.rawValue
        case .alignment: findings.rawValue
        case .actions: actions.rawValue
        }
    }

    /// The pane's next order, back to the first after the last.
    public mutating func cycle(_ pane: Pane) {
        func next<T: CaseIterable & Equatable>(_ value: T) -> T {
            let all = Array(T.allCases)
            return all[(all.firstIndex(of: value)! + 1) % all.count]
        }
        switch pane {
        case .overview: break
        case .kpis: kpis = next(kpis)
        case .risks: risks = next(risks)
        case .initiatives: initiatives = next(initiatives)
        case .alignment: findings = next(findings)
        case .actions: actions = next(actions)
        }
    }
}
