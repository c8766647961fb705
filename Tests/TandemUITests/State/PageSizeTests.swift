import TandemCore
import TandemUI
import Testing

/// PgUp and PgDn move by what the renderer shows: the same count of rows, less one kept in sight.
@Suite struct PageSizeTests {
    let demo: ViewModel = {
        let loaded = DemoWorkspace.load()
        return ViewModel(Scorecard(loaded, asOf: loaded.workspace.settings.asOf!))
    }()

    @Test func pageDownSelectsTheLastRowThatWasShown() {
        let size = Size.of(100, 16)
        let shown = ScreenLayout.tableRows(inFrame: ScreenLayout(size: size, hasBanner: false).body.height)
        #expect(screen("3", size: size, model: demo).contains("1–\(shown) of"))
        #expect(state("3 PgDn", size: size, model: demo).selected == shown - 1)
        #expect(ScreenLayout.pageRows(for: state("3", size: size, model: demo), model: demo) == shown - 1)
    }

    @Test func theDetailPagesByTheLinesItShows() {
        let size = Size.of(80, 24)
        let body = ScreenLayout(size: size, hasBanner: false).body.height
        let open = state("2 Enter", size: size, model: demo)
        #expect(ScreenLayout.pageRows(for: open, model: demo) == ScreenLayout.detailLines(inFrame: body) - 1)
    }
}
