import TandemApp
import TandemUI
import Testing

/// Clicks through the real app loop: the loop passes the position to `update`, which finds what
/// the screen drew there.
@Suite struct MouseTests {
    @Test func clickingARowSelectsItAndClickingItAgainOpensIt() throws {
        let workspace = try WorkspaceOnDisk()
        let terminal = ScriptedTerminal([
            .keys("2"), .waitFor("Dock-to-stock time"), .click(on: "Dock-to-stock time"),
        ])
        try workspace.app(on: terminal).run()
        #expect(terminal.line(with: "▶")?.contains("Dock-to-stock time") == true)

        let twice = ScriptedTerminal([
            .keys("2"), .waitFor("Dock-to-stock time"), .click(on: "Dock-to-stock time"),
            .click(on: "Dock-to-stock time"),
        ])
        try workspace.app(on: twice).run()
        // The detail replaces the list: its frame is titled with the KPI, and no row is selected.
        #expect(twice.screen.contains("Inbound pallet received to put away"))
        #expect(twice.line(with: "▶") == nil)
    }

    @Test func clickingATabFocusesItsPane() throws {
        let workspace = try WorkspaceOnDisk()
        let terminal = ScriptedTerminal([.waitFor("Needs attention"), .click(on: "3 Risks")])
        try workspace.app(on: terminal).run()
        #expect(terminal.screen.contains("Heat map"))
        #expect(!terminal.screen.contains("Needs attention"))
    }

    @Test func clicksDoNotReachThePaneUnderHelp() throws {
        let workspace = try WorkspaceOnDisk()
        let terminal = ScriptedTerminal([.keys("?"), .waitFor("Next colour theme"), .click(on: "3 Risks")])
        try workspace.app(on: terminal).run()
        #expect(terminal.screen.contains("Next colour theme"))
        #expect(!terminal.screen.contains("Heat map"))
    }
}
