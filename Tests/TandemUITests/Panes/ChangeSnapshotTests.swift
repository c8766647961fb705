import SnapshotTesting
import TandemCore
import TandemUI
import Testing

/// The demo against its previous meeting: the changes strip, the list of changes, the markers on
/// rows and the changes at the top of a detail.
@Suite struct ChangeSnapshotTests {
    static let demo: ViewModel = {
        let loaded = DemoWorkspace.load()
        let compared = Scorecard(loaded, asOf: loaded.workspace.settings.asOf!)
            .compared(with: DemoWorkspace.previousMeeting())
        return ViewModel(compared.card, changes: compared.changes)
    }()

    @Test(arguments: [
        ("overview", "1"), ("changes", "c"), ("kpis", "2"), ("initiative-detail", "4 Enter"), ("alignment", "5"),
    ])
    func changesOnScreen(name: String, keys: String) {
        assertSnapshot(of: screen(keys, size: .of(120, 40), model: Self.demo), as: .lines, named: name)
    }

    @Test func theTitleBarNamesTheBaseline() {
        #expect(
            screen("", size: .of(120, 40), model: Self.demo).hasPrefix(
                " TANDEM  Kestrel Freight · as of 20 Nov 2026 · changes since 2026-10-23"))
        #expect(!screen("", size: .of(120, 40)).contains("changes since"))
    }

    @Test func onlyWhatChangedFiltersEveryPane() {
        let changes = Self.demo.changes!
        let view = Self.demo.filtered(state("c", size: .of(120, 40), model: Self.demo))
        #expect(view.kpis.count == changes.items.count { $0.area == .kpi && $0.direction != .removed })
        #expect(view.risks.map { Self.demo.card.risks[$0].risk.id } == ["R05", "R13", "R15"])
        #expect(!state("c c", size: .of(120, 40), model: Self.demo).changedOnly)
        // A removed item or resolved finding is listed but has nothing to open.
        let list = PaneItems.overview(view)
        #expect(
            list.contains {
                guard case .change(let change) = $0 else { return false }
                return change.direction == .resolved && $0.key(Self.demo.card) == nil
            })
    }

    @Test func withoutABaselineTheKeySaysHowToGetOne() {
        let after = state("c", size: .of(120, 40))
        #expect(!after.changedOnly)
        #expect(after.message == "No baseline to compare with: after a meeting, `tandem baseline save DIR` keeps one")
    }

    @Test func markersHaveASCIIForms() {
        let text = screen("2", size: .of(120, 40), model: Self.demo, glyphs: .ascii)
        #expect(text.contains("| v Where-is-my-order calls") || text.contains(" v Where-is-my-order calls"))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }
}
