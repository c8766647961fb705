import TandemCore
import TandemTestSupport
import TandemUI
import Testing

/// `update` moving between panes and rows. The test workspace has 12 items that need attention,
/// 8 KPIs, 6 risks, 7 initiatives and 9 findings.
@Suite struct UpdateNavigationTests {
    let model = TestWorkspace.standard
    let size = Size.of(120, 40)

    // MARK: - Panes

    @Test func numberKeysFocusPanes() {
        #expect(state("", size: size).pane == .overview)
        #expect(state("3", size: size).pane == .risks)
        #expect(state("3 5 2", size: size).pane == .kpis)
        #expect(state("4 1", size: size).pane == .overview)
    }

    @Test func nextPaneWrapsAround() {
        #expect(state("Tab", size: size).pane == .kpis)
        #expect(state("6 Tab", size: size).pane == .overview)
        #expect(state("Right Right Right Right Right Right", size: size).pane == .overview)
    }

    @Test func previousPaneWrapsAround() {
        #expect(state("BTab", size: size).pane == .actions)
        #expect(state("2 Left", size: size).pane == .overview)
        #expect(state("Left Left", size: size).pane == .alignment)
    }

    @Test func focusingAPaneClosesTheDetail() {
        let open = state("2 Enter", size: size)
        #expect(open.detail != nil)
        #expect(state("2 Enter 3", size: size).detail == nil)
        #expect(state("2 Enter Tab", size: size).detail == nil)
    }

    @Test func eachPaneKeepsItsOwnSelection() {
        let after = state("2 j j 3 j 2", size: size)
        #expect(after.selection[.kpis] == 2)
        #expect(after.selection[.risks] == 1)
        #expect(after.selected == 2)
    }

    // MARK: - Rows

    @Test func moveDownAndUp() {
        #expect(state("2 j j j", size: size).selected == 3)
        #expect(state("2 Down Down Up", size: size).selected == 1)
    }

    @Test func moveClampsAtBothEnds() {
        #expect(state("2 k k", size: size).selected == 0)
        #expect(state("3 j j j j j j j j j j", size: size).selected == 5)
    }

    @Test func topAndBottom() {
        #expect(state("2 G", size: size).selected == 7)
        #expect(state("2 End", size: size).selected == 7)
        #expect(state("2 G g", size: size).selected == 0)
        #expect(state("2 j j Home", size: size).selected == 0)
        #expect(state("5 G", size: size).selected == 9)
    }

    @Test func pageMovesByTheBodyHeightAndClamps() {
        // 20 rows: a page is 20 − 7 = 13 rows, more than there are KPIs.
        let small = Size.of(80, 20)
        #expect(state("2 PgDn", size: small).selected == 7)
        #expect(state("2 G PgUp", size: small).selected == 0)
        // A page of 3 rows on a (too small to draw) 10-row screen.
        let tiny = Size.of(80, 10)
        #expect(state("2 PgDn", size: tiny).selected == 3)
        #expect(state("2 Space Space", size: tiny).selected == 6)
        #expect(state("2 G PgUp", size: tiny).selected == 4)
    }

    @Test func scrollFollowsTheSelection() {
        let tiny = Size.of(80, 10)  // a page of 3 rows
        let bottom = state("2 G", size: tiny)
        #expect(bottom.selected == 7)
        #expect(bottom.scroll[.kpis] == 5)
        #expect(state("2 G k k", size: tiny).scroll[.kpis] == 5)
        #expect(state("2 G k k k", size: tiny).scroll[.kpis] == 4)
        #expect(state("2 G g", size: tiny).scroll[.kpis] == 0)
    }

    @Test func emptyPaneStaysAtRowZero() {
        let empty = state("2 / nothing-matches Enter j j G", size: size)
        #expect(empty.selected == 0)
        #expect(state("2 / nothing-matches Enter Enter", size: size).detail == nil)
    }

    @Test func clickSelectsARow() {
        let clicked = update(state("3", size: size), .select(4), model: model).0
        #expect(clicked.selected == 4)
        let beyond = update(state("3", size: size), .select(40), model: model).0
        #expect(beyond.selected == 5)
    }

    // MARK: - Detail

    @Test func enterOpensTheSelectedItemAndEscGoesBack() {
        #expect(state("2 Enter", size: size).detail == .kpi("UPTIME"))
        #expect(state("2 j Enter", size: size).detail == .kpi("MTTR"))
        #expect(state("3 Enter", size: size).detail == .risk("R1"))
        #expect(state("4 j Enter", size: size).detail == .initiative("I2"))
        #expect(state("5 Enter", size: size).detail == .finding("low_adoption:I3"))
        #expect(state("1 Enter", size: size).detail == .risk("R1"))
        #expect(state("1 j Enter", size: size).detail == .kpi("CLOUD"))
        #expect(state("2 Enter Esc", size: size).detail == nil)
    }

    @Test func keysScrollTheOpenDetailNotTheList() {
        let small = Size.of(80, 24)  // the detail is taller than the screen
        let scrolled = state("2 Enter j j j", size: small)
        #expect(scrolled.detailScroll == 3)
        #expect(scrolled.selected == 0)
        #expect(state("2 Enter j j k", size: small).detailScroll == 1)
        #expect(state("2 Enter k", size: small).detailScroll == 0)
        #expect(state("2 Enter G g", size: small).detailScroll == 0)
        #expect(state("2 Enter PgDn", size: small).detailScroll > 3)
        // A detail that fits does not scroll at all.
        #expect(state("2 Enter j j", size: size).detailScroll == 0)
    }

    /// `update` caps the detail scroll at 10,000 rather than at the detail's length, so after End
    /// (or more Downs than there are lines) Up seems to do nothing.
    @Test func upAfterTheEndOfADetailScrollsUp() {
        let bottom = screen("2 j Enter G", size: .of(80, 24))
        #expect(bottom.contains(" 16–34 of 34 lines "))
        let oneUp = screen("2 j Enter G k", size: .of(80, 24))
        #expect(oneUp.contains(" 15–33 of 34 lines "), "\(oneUp.split(separator: "\n").suffix(2).first ?? "")")
        let pastTheEnd = screen("2 j Enter" + String(repeating: " j", count: 20) + " k", size: .of(80, 24))
        #expect(
            pastTheEnd.contains(" 15–33 of 34 lines "), "\(pastTheEnd.split(separator: "\n").suffix(2).first ?? "")")
    }

    @Test func escClosesTheDetailKeepingTheSelection() {
        let back = state("2 j j Enter j Esc", size: size)
        #expect(back.detail == nil)
        #expect(back.selected == 2)
    }

    @Test func resizeChangesOnlyTheSize() {
        let before = state("2 j", size: size)
        let (after, effect) = update(before, .resize(.of(90, 30)), model: model)
        #expect(after.size == .of(90, 30))
        #expect(after.selected == 1)
        #expect(effect == .none)
    }

    @Test func unboundKeysChangeNothing() {
        let before = state("2 j", size: size)
        let (after, effect) = update(before, key: .character("z"), model: model)
        #expect(after == before)
        #expect(effect == .none)
    }

    @Test func keySequencesNameKeysAndTypeWords() {
        #expect(Key.sequence("3 j j Enter") == [.character("3"), .character("j"), .character("j"), .enter])
        #expect(
            Key.sequence("/ ware Enter") == [
                .character("/"), .character("w"), .character("a"), .character("r"), .character("e"), .enter,
            ])
        #expect(Key.sequence("Space PgDn S-Tab Esc") == [.character(" "), .pageDown, .backTab, .escape])
        #expect(Key.sequence("") == [])
    }
}
