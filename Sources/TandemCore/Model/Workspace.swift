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
    /// The data sets the workspace does not have, or could not read at all: their panes say so,
    /// the findings that need them are not computed, and the export shows them as null.
    public var missing: Set<DataSet>
    public var origin: WorkspaceOrigin

    public init(
        settings: Settings, kpis: [KPI] = [], risks: [Risk] = [],
        initiatives: [Initiative] = [], actions: [ActionItem]? = nil, missing: Set<DataSet> = [],
        origin: WorkspaceOrigin = .folder(".")
    ) {
        self.settings = settings
        self.kpis = kpis
        self.risks = risks
        self.initiatives = initiatives
        self.actions = actions
        self.missing = missing.union(actions == nil ? [.actions] : [])
        self.origin = origin
    }
}
