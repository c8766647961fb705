import SnapshotTesting
import TandemCore
import TandemTestSupport
@testable import TandemUI
import Testing

/// A row left out for an error is on Needs attention, first; `!` lists every problem and Enter
/// shows one whole.
@Suite struct DiagnosticsViewTests {
    static let broken: ViewModel = {
        var workspace = TestWorkspace()
        workspace.extraKPIRows = [["BROKEN", "Broken row", "cio", "higher", "lots", "", "", "", "", "", "", ""]]
        return try! workspace.model()
    }()
    let size = Size.of(120, 40)

    @Test func aRowLeftOutIsFirstOnNeedsAttentionWithItsPlaceAndReason() {
        let row = PaneItems.overview(Self.broken.filtered(state("", size: size, model: Self.broken)))[0]
        let first = OverviewRowText(row, Self.broken.card, .unicode)
        #expect(first.id == "BROKEN")
        #expect(first.name.hasPrefix("kpis.csv:"))
        #expect(first.reason.contains("\"lots\""))
        #expect(first.owner == nil)
    }

    @Test func enterOnItOpensItsMessage() {
        let opened = state("Enter", size: size, model: Self.broken)
        #expect(opened.diagnostics?.isOpen == true)
        #expect(
            screen("Enter", size: size, model: Self.broken).contains(
                "This row is left out of every pane until it is fixed"))
    }

    @Test func bangListsEveryProblemAndKeysStayInIt() {
        let listed = state("2 ! j j", size: size, model: Self.broken)
        #expect(listed.diagnostics != nil)
        #expect(listed.selection[.kpis] == nil)  // the pane beneath did not move
        #expect(state("! Enter Esc", size: size, model: Self.broken).diagnostics?.isOpen == false)
        #expect(state("! Enter Esc Esc", size: size, model: Self.broken).diagnostics == nil)
        #expect(state("! !", size: size, model: Self.broken).diagnostics == nil)
        assertSnapshot(of: screen("!", size: .of(100, 30), model: Self.broken), as: .lines, named: "100x30")
    }

    @Test func theTitlesCountLeadsThere() {
        let buffer = DashboardView.render(AppState(size: size), model: Self.broken)
        let x = (0..<size.columns).last { buffer[$0, 0].text == "⚠" }!  // "⚠ 1 error" ends the title
        #expect(buffer.target(x: x, y: 0) == .toggleDiagnostics)
    }
}
