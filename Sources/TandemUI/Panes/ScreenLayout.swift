/// Where the parts of the screen go for a size: title bar, tabs, optional banner, pane, status line.
public struct ScreenLayout: Sendable {
    /// Below this the dashboard is replaced by a "terminal too small" message.
    public static let minimum = Size(columns: 60, rows: 16)

    public let title: Rect
    public let tabs: Rect
    public let banner: Rect?
    public let body: Rect
    public let status: Rect

    public init(size: Size, hasBanner: Bool) {
        let full = Rect(x: 0, y: 0, width: size.columns, height: size.rows)
        title = full.row(0)
        tabs = full.row(1)
        banner = hasBanner ? full.row(2) : nil
        let top = hasBanner ? 3 : 2
        body = Rect(x: 0, y: top, width: size.columns, height: size.rows - top - 1)
        status = full.row(size.rows - 1)
    }

    public static func fits(_ size: Size) -> Bool {
        size.columns >= minimum.columns && size.rows >= minimum.rows
    }

    /// About how many table rows the focused pane shows: the page for PgUp/PgDn.
    public static func pageRows(for state: AppState) -> Int {
        let table = state.size.rows - 4 - 3 - (state.banner == nil ? 0 : 1)
        return state.pane == .overview ? table - OverviewPane.summaryHeight(forBody: state.size.rows - 3) : table
    }
}
