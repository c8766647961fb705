/// Where a workspace came from.
public enum WorkspaceOrigin: Sendable, Equatable {
    /// The built-in demo organisation.
    case demo
    /// A folder of data files.
    case folder(String)

    public var isDemo: Bool { self == .demo }
}

/// Everything that was loaded from one workspace: settings, KPIs with their history, risks and
/// initiatives with their milestones. Items keep file order.
public struct Workspace: Sendable {
    public var settings: Settings
    public var kpis: [KPI]
    public var risks: [Risk]
    public var initiatives: [Initiative]
    /// Nil when the workspace has no actions data set: then nothing is said about actions.
    public var actions: [ActionItem]?
    public var origin: WorkspaceOrigin

    public init(
        settings: Settings, kpis: [KPI] = [], risks: [Risk] = [],
        initiatives: [Initiative] = [], actions: [ActionItem]? = nil, origin: WorkspaceOrigin = .folder(".")
    ) {
        self.settings = settings
        self.kpis = kpis
        self.risks = risks
        self.initiatives = initiatives
        self.actions = actions
        self.origin = origin
    }
}
