import Foundation
import TandemUI
import Testing

@testable import TandemApp

/// `t` and `p` through the real app loop: the effect is carried out, and what it did comes back
/// through `update` to the status line.
@Suite struct ThemeAndSnapshotTests {
    @Test func tDrawsTheNextThemeRemembersItAndSaysSo() throws {
        let workspace = try WorkspaceOnDisk()
        let next = ThemeCatalog.shipped[1].theme.name
        let terminal = ScriptedTerminal([.waitFor("Needs attention"), .keys("t")])
        try workspace.app(on: terminal, stateFolder: workspace.path + "/state").run()
        #expect(terminal.themes == [next])
        #expect(terminal.line(with: "Theme: \(next)") != nil)
        #expect(try workspace.read("state/tandem/theme") == next + "\n")
    }

    @Test func aThemeOnATerminalWithoutColourSaysOnlyBoldAndReverseShow() throws {
        let workspace = try WorkspaceOnDisk()
        let terminal = ScriptedTerminal(depth: .none, [.waitFor("Needs attention"), .keys("t")])
        try workspace.app(on: terminal).run()
        #expect(terminal.screen.contains("colour is off here, so only bold and reverse show"))
    }

    @Test func pSavesTheScreenAsShown() throws {
        let workspace = try WorkspaceOnDisk()
        let snapshots = workspace.path + "/snapshots"
        try FileManager.default.createDirectory(atPath: snapshots, withIntermediateDirectories: true)
        // Wide enough for the whole path on the status line.
        let terminal = ScriptedTerminal(
            size: Size(columns: 240, rows: 40), [.keys("2"), .waitFor("Dock-to-stock time"), .keys("p")])
        let app = try workspace.app(on: terminal, snapshots: snapshots)
        app.now = { ReloadTests.clock }
        app.run()
        let name = "tandem-\(Self.day(ReloadTests.clock))-094105.txt"
        #expect(try FileManager.default.contentsOfDirectory(atPath: snapshots) == [name])
        let saved = try String(contentsOfFile: snapshots + "/" + name, encoding: .utf8)
        // The screen before the status line said where it went.
        #expect(saved == TextRenderer.plain(terminal.screens[terminal.screens.count - 2]))
        #expect(terminal.line(with: "Snapshot saved to \(snapshots)/\(name)") != nil)
    }

    @Test func aSnapshotThatCannotBeWrittenSaysWhy() throws {
        let workspace = try WorkspaceOnDisk()
        let terminal = ScriptedTerminal([.waitFor("Needs attention"), .keys("p")])
        try workspace.app(on: terminal, snapshots: workspace.path + "/no-such-folder").run()
        #expect(terminal.line(with: "Snapshot not saved:") != nil)
    }

    @Test func aResizeDrawsTheNewSize() throws {
        let workspace = try WorkspaceOnDisk()
        let terminal = ScriptedTerminal([.waitFor("Needs attention"), .resize(Size(columns: 80, rows: 24))])
        try workspace.app(on: terminal).run()
        #expect(terminal.screens.last?.size == Size(columns: 80, rows: 24))
    }

    /// `YYYYMMDD` in the local time zone, as the snapshot's file name has it.
    static func day(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d%02d%02d", parts.year!, parts.month!, parts.day!)
    }
}
