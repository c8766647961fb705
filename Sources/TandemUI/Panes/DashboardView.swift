import TandemCore

/// Renders the whole screen for a state: the one renderer behind the terminal, `tandem snapshot`
/// and the tests.
public enum DashboardView {
    /// At scale, the Overview's first frame makes its passes over every risk (its list beside the
    /// tabs' counts and the risk summary) on two cores at once; later frames find them cached.
    static func prepareOnTwoCores(_ view: VisibleItems, pane: Pane) {
        guard view.model.card.risks.count >= 20_000, pane == .overview,
            !view.model.cache.hasBadges(view.cacheKey(.tabBadges))
        else { return }
        TwoCores.both(
            { _ = PaneItems.overview(view).count },
            {
                _ = Chrome.tabCounts(view)
                _ = view.riskSummary
            })
    }

    public static func render(_ state: AppState, model: ViewModel, glyphs: Glyphs = .unicode) -> CellBuffer {
        var buffer = CellBuffer(size: state.size, glyphs: glyphs)
        guard ScreenLayout.fits(state.size) else {
            drawTooSmall(into: &buffer)
            return buffer
        }
        let view = model.filtered(state)
        prepareOnTwoCores(view, pane: state.pane)
        let banner = Chrome.bannerText(state: state, model: model)
        let layout = ScreenLayout(size: state.size, hasBanner: banner != nil)
        Chrome.drawTitle(into: &buffer, layout.title, model: model, state: state)
        Chrome.drawTabs(into: &buffer, layout.tabs, view: view, state: state)
        if let banner, let rect = layout.banner { Chrome.drawBanner(into: &buffer, rect, text: banner) }

        if state.showHelp {
            HelpOverlay.draw(into: &buffer, layout.body)
        } else if let diagnostics = state.diagnostics {
            DiagnosticsOverlay.draw(into: &buffer, layout.body, model: model, state: diagnostics)
        } else if let detail = state.detail {
            DetailPane.draw(into: &buffer, layout.body, item: detail, model: model, scroll: state.detailScroll)
        } else {
            switch state.pane {
            case .overview: OverviewPane.draw(into: &buffer, layout.body, view: view, state: state)
            case .kpis: KPIPane.draw(into: &buffer, layout.body, view: view, state: state)
            case .risks: RiskPane.draw(into: &buffer, layout.body, view: view, state: state)
            case .initiatives: InitiativePane.draw(into: &buffer, layout.body, view: view, state: state)
            case .alignment: AlignmentPane.draw(into: &buffer, layout.body, view: view, state: state)
            case .actions: ActionPane.draw(into: &buffer, layout.body, view: view, state: state)
            }
        }
        if let form = state.actionForm {
            ActionFormOverlay.draw(into: &buffer, layout.body, form: form, asOf: model.card.asOf)
        }
        Chrome.drawStatus(into: &buffer, layout.status, state: state, view: view)
        return buffer
    }

    /// A centred message instead of a broken layout.
    static func drawTooSmall(into buffer: inout CellBuffer) {
        let size = buffer.size
        let need = ScreenLayout.minimum
        let lines = ["terminal too small: need \(need.columns)x\(need.rows)", "(now \(size.columns)x\(size.rows))"]
        let top = max(0, (size.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            buffer.put(
                [Span(line, .statusAmber)], in: Rect(x: 0, y: top + index, width: size.columns, height: 1),
                alignment: .center)
        }
    }

    /// The table rows of a pane for the selection and scroll in the state.
    static func selectedRow(_ state: AppState, count: Int) -> Int? {
        count == 0 ? nil : min(state.selected, count - 1)
    }
}
