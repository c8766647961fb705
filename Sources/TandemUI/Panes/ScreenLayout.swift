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

    /// The layout the renderer uses for a state: with a banner row when there is one to show.
    public init(_ state: AppState, model: ViewModel) {
        self.init(size: state.size, hasBanner: Chrome.bannerText(state: state, model: model) != nil)
    }

    // MARK: - Rows shown and the page

    /// The rows a table shows in a frame `height` rows tall: less the frame's two borders and the
    /// header. The renderer draws this many; `pageRows` pages by it.
    public static func tableRows(inFrame height: Int) -> Int { max(0, height - 3) }

    /// The lines a detail shows in a frame `height` rows tall: less the frame's two borders.
    public static func detailLines(inFrame height: Int) -> Int { max(0, height - 2) }

    /// How far PgUp and PgDn move in what the state shows: the rows on screen less one, which
    /// stays in sight so the eye keeps its place. Worked out from the same layout and row counts
    /// the renderer draws with; the overview's list is taken as the body below its summary cards
    /// (a change strip or a KPI board under the list makes the list shorter, not the page).
    public static func pageRows(for state: AppState, model: ViewModel) -> Int {
        let body = ScreenLayout(state, model: model).body.height
        let shown: Int
        if state.diagnostics != nil {
            shown = tableRows(inFrame: body)
        } else if state.detail != nil {
            shown = detailLines(inFrame: body)
        } else if state.pane == .overview {
            shown = tableRows(inFrame: body - OverviewPane.summaryHeight(forBody: body))
        } else if state.pane == .risks,
            RiskPane.mapPlacement(width: state.size.columns, height: body, settings: model.card.workspace.settings)
                == .above
        {
            shown = tableRows(inFrame: body - HeatMap.size(model.card.workspace.settings).rows - 2)
        } else {
            shown = tableRows(inFrame: body)
        }
        return max(1, shown - 1)
    }
}
