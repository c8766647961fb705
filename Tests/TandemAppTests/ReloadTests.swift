import Foundation
import TandemUI
import Testing

@testable import TandemApp

/// The real app loop reading the workspace again, by hand and when the files change, over a
/// folder on disk.
@Suite struct ReloadTests {
    /// 09:41:05 today, in the time zone the banner is written in.
    static let clock = Calendar.current.date(bySettingHour: 9, minute: 41, second: 5, of: Date())!

    @Test func rReadsAnEditedFileAndKeepsTheSelectedItem() throws {
        let workspace = try WorkspaceOnDisk()
        let terminal = ScriptedTerminal([
            .keys("2"), .waitFor("Dock-to-stock time"), .click(on: "Dock-to-stock time"),
            .run { try workspace.edit("kpis.csv", replacing: "Dock-to-stock time", with: "Inbound put-away time") },
            .keys("r"), .waitFor("Inbound put-away time"),
        ])
        let app = try workspace.app(on: terminal)
        app.pollInterval = .max  // only `r` reloads
        app.run()
        #expect(!terminal.screen.contains("Dock-to-stock time"))
        #expect(terminal.line(with: "Reloaded")?.contains("KPIs") == true)  // the status line
        #expect(terminal.line(with: "▶")?.contains("Inbound put-away time") == true)
    }

    @Test func changedFilesAreReadOnceTheySettle() throws {
        let workspace = try WorkspaceOnDisk()
        let terminal = ScriptedTerminal([
            .keys("2"), .waitFor("Dock-to-stock time"),
            .run { try workspace.edit("kpis.csv", replacing: "Dock-to-stock time", with: "Inbound put-away time") },
            .idle, .waitFor("Files changed: reloaded"),
        ])
        let app = try workspace.app(on: terminal)
        app.pollInterval = 0  // the files are polled after every event
        app.run()
        #expect(terminal.screen.contains("Inbound put-away time"))
        // The first poll after the edit saw the files move; the next saw them hold still.
        let shown = terminal.screens.map(TextRenderer.plain)
        #expect(shown.contains { $0.contains("Files changing: reloading when they settle") })
    }

    /// A file named in `[sources]` is watched like the workspace's own.
    @Test func editingAFileTheSourcesNameUpdatesTheScreen() throws {
        let workspace = try WorkspaceOnDisk()
        try FileManager.default.createDirectory(atPath: workspace.path + "/data", withIntermediateDirectories: true)
        try workspace.write("data/Tracker.csv", try workspace.read("kpis.csv"))
        try FileManager.default.removeItem(atPath: workspace.path + "/kpis.csv")
        try workspace.write(
            "tandem.toml", try workspace.read("tandem.toml") + "\n[sources.kpis]\nfile = \"data/Tracker.csv\"\n")
        let terminal = ScriptedTerminal([
            .keys("2"), .waitFor("Dock-to-stock time"),
            .run { try workspace.edit("data/Tracker.csv", replacing: "Dock-to-stock time", with: "Inbound put-away") },
            .idle, .waitFor("Files changed: reloaded"),
        ])
        let app = try workspace.app(on: terminal)
        app.pollInterval = 0
        app.run()
        #expect(terminal.screen.contains("Inbound put-away"))
    }

    @Test func aBrokenManifestKeepsTheLastGoodDataUnderABanner() throws {
        let workspace = try WorkspaceOnDisk()
        // Wide enough for the whole banner.
        let terminal = ScriptedTerminal(
            size: Size(columns: 240, rows: 40),
            [
                .keys("2"), .waitFor("Dock-to-stock time"),
                .run { try workspace.write("tandem.toml", "[organization\nname = \"Kestrel\n") },
                .keys("r"), .waitFor("Reload failed"),
            ])
        let app = try workspace.app(on: terminal)
        app.pollInterval = .max
        app.now = { Self.clock }
        app.run()
        let banner = try #require(terminal.line(with: "Reload failed"))
        #expect(banner.contains("tandem.toml"))
        #expect(banner.contains("Showing the data loaded before 09:41:05."))
        #expect(terminal.screen.contains("Dock-to-stock time"))
        #expect(!terminal.screen.contains("Reloading…"))

    }

    @Test func aFailedReloadIsMendedByTheNextGoodOne() throws {
        let workspace = try WorkspaceOnDisk()
        let manifest = try workspace.read("tandem.toml")
        let terminal = ScriptedTerminal([
            .run { try workspace.write("tandem.toml", "[organization\n") }, .keys("r"), .waitFor("Reload failed"),
            .run { try workspace.write("tandem.toml", manifest) }, .keys("r"), .waitFor("Reloaded"),
        ])
        let app = try workspace.app(on: terminal)
        app.pollInterval = .max
        app.run()
        #expect(!terminal.screen.contains("Reload failed"))
        #expect(terminal.screen.contains("Needs attention"))
    }
}
