/// Everything the screen shows besides the data. Changed only by `update(_:_:model:)`.
public struct AppState: Equatable, Sendable {
    public var pane: Pane = .overview
    /// The selected row of each pane (an index into its list of items).
    public var selection: [Pane: Int] = [:]
    /// The first row shown in each pane; the views keep the selection in sight whatever it is.
    public var scroll: [Pane: Int] = [:]
    /// The item whose detail is open, if any.
    public var detail: ItemKey?
    public var detailScroll = 0
    public var filter = ""
    public var isEditingFilter = false
    public var lens: OwnerLens = .all
    /// Only items that changed since the baseline.
    public var changedOnly = false
    public var sorts = PaneSorts()
    public var showHelp = false
    /// The list of every warning and error in the files (`!`), when open.
    public var diagnostics: DiagnosticsState?
    /// The form for a new action (`a`), when open.
    public var actionForm: ActionForm?
    /// The action `X` asks about dropping, until the answer.
    public var confirmingDrop: String?
    public var themeIndex = 0
    /// A message for the status line (e.g. where a snapshot went).
    public var message: String?
    /// A persistent warning, e.g. that a reload failed and older data is shown.
    public var banner: String?
    public var size: Size

    /// - Parameters:
    ///   - themeIndex: the theme to start with, in the caller's list of themes.
    ///   - banner: a warning to show from the start, e.g. a baseline that cannot be read.
    public init(size: Size, themeIndex: Int = 0, banner: String? = nil) {
        self.size = size
        self.themeIndex = themeIndex
        self.banner = banner
    }

    public var selected: Int { selection[pane] ?? 0 }

    /// The name of the order in force on a pane, as the status line shows it.
    public func sortOrder(of pane: Pane) -> String { sorts.name(of: pane) }
}

/// Where the diagnostics view is: the selected problem, and whether its full message is open.
public struct DiagnosticsState: Equatable, Sendable {
    public var selected = 0
    public var isOpen = false

    public init() {}
}
