import SnapshotTesting
import TandemCore
import TandemTestSupport
import TandemUI
import Testing

/// Every pane of the fixed test workspace, as `tandem snapshot` prints it. The reference files in
/// `__Snapshots__/PaneSnapshotTests/` are the screens a reviewer reads in the diff.
@Suite struct PaneSnapshotTests {
    @Test(arguments: Pane.allCases, [Size.of(120, 40), .of(80, 24)])
    func everyPane(pane: Pane, size: Size) {
        assertSnapshot(of: screen("\(pane.rawValue)", size: size), as: .lines, named: "\(pane.name)-\(size)")
    }

    /// Narrower than the map beside the register needs, but tall: the map above it, and a page
    /// of the register as tall as what is left.
    @Test func theHeatMapSitsAboveTheRegisterOnANarrowTallScreen() {
        assertSnapshot(of: screen("3", size: .of(80, 40)), as: .lines, named: "80x40")
        // The map's ten rows come off the page PgDn moves by, as they come off the register.
        let risks = ScreenLayout.pageRows(for: state("3", size: .of(80, 40)), model: TestWorkspace.standard)
        let kpis = ScreenLayout.pageRows(for: state("2", size: .of(80, 40)), model: TestWorkspace.standard)
        #expect(risks == kpis - 10)
    }

    @Test(arguments: [Size.of(120, 40), .of(80, 24)])
    func helpOverlay(size: Size) {
        assertSnapshot(of: screen("?", size: size), as: .lines, named: "\(size)")
    }

    @Test func helpListsEveryDocumentedBinding() {
        let help = screen("?", size: .of(120, 40))
        let labelWidth = KeyBindings.documented.map(\.label.displayWidth).max()! + 2
        for binding in KeyBindings.documented {
            #expect(help.contains(binding.label.padded(to: labelWidth) + binding.help), "\(binding.label)")
        }
        #expect(!state("? ?", size: .of(120, 40)).showHelp)
    }

    @Test func helpAt80x24CutsNoSentence() {
        let help = screen("?", size: .of(80, 24))
        #expect(!help.contains("…"))
        for binding in KeyBindings.documented { #expect(help.contains(binding.label + " "), "\(binding.label)") }
    }

    @Test func detailOfAnItemNoLongerInTheData() {
        var gone = state("2", size: .of(80, 24))
        gone.detail = .kpi("REMOVED")
        let text = TextRenderer.plain(DashboardView.render(gone, model: TestWorkspace.standard))
        #expect(text.contains("┌─ Detail ─"))
        #expect(text.contains("This item is no longer in the data. Press Esc to go back."))
    }

    @Test func ownerLensCIO() {
        assertSnapshot(of: screen("o", size: .of(120, 40)), as: .lines, named: "overview-120x40")
    }

    @Test func filterKept() {
        assertSnapshot(of: screen("2 / cost Enter", size: .of(120, 40)), as: .lines, named: "kpis-120x40")
    }

    @Test func filterBeingTyped() {
        assertSnapshot(of: screen("3 / cyb", size: .of(80, 24)), as: .lines, named: "risks-80x24")
    }

    @Test func sortChanged() {
        assertSnapshot(of: screen("2 s", size: .of(120, 40)), as: .lines, named: "kpis-by-status-120x40")
    }

    @Test func terminalTooSmall() {
        let text = screen("", size: .of(30, 8))
        #expect(text.contains("terminal too small: need 60x16"))
        assertSnapshot(of: text, as: .lines, named: "30x8")
    }

    @Test func asciiOnly() {
        assertSnapshot(of: screen("1", size: .of(120, 40), glyphs: .ascii), as: .lines, named: "overview-120x40")
    }

    @Test func bannerForRowsLeftOut() throws {
        var workspace = TestWorkspace()
        workspace.extraKPIRows = [["BROKEN", "Broken row", "cio", "higher", "lots", "", "", "", "", "", "", ""]]
        let text = screen("", size: .of(80, 24), model: try workspace.model())
        #expect(text.contains("1 row with errors left out (1 in kpis.csv)"))
        assertSnapshot(of: text, as: .lines, named: "overview-80x24")
    }
}
