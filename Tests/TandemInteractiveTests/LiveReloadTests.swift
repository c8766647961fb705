import Foundation
import TandemTestSupport
import Testing

/// Editing the workspace files while the dashboard is open.
@Suite("Live reload in tmux", .serialized)
struct LiveReloadTests {
    @Test func editingADataFileUpdatesTheScreen() throws {
        let workspace = try TmuxSession.demoWorkspace()
        let session = try TmuxSession("'\(workspace.path)'")
        try session.send("2")
        try session.waitFor("Dock-to-stock time")
        let kpis = workspace.appendingPathComponent("kpis.csv")
        let text = try String(contentsOf: kpis, encoding: .utf8)
        try text.replacingOccurrences(of: "Dock-to-stock time", with: "Inbound put-away time")
            .write(to: kpis, atomically: true, encoding: .utf8)
        try session.waitFor("Inbound put-away time", timeout: 10)
    }

    @Test func aBrokenEditShowsABannerAndKeepsTheLastGoodData() throws {
        let workspace = try TmuxSession.demoWorkspace()
        let session = try TmuxSession("'\(workspace.path)'")
        try session.send("2")
        try session.waitFor("Dock-to-stock time")
        let manifest = workspace.appendingPathComponent("tandem.toml")
        try "[organization\nname = \"broken\"\n".write(to: manifest, atomically: true, encoding: .utf8)
        let screen = try session.waitFor("Reload failed", timeout: 10)
        #expect(screen.contains("tandem.toml"))
        #expect(screen.contains("Dock-to-stock time"))
    }

    @Test func aBaselineSavedWhileOpenIsPickedUpOnReload() throws {
        let workspace = try TmuxSession.demoWorkspace()
        let session = try TmuxSession("'\(workspace.path)'")
        let first = try session.waitFor("Needs attention")
        #expect(!first.contains("changes since"))
        let saved = try Subprocess.run([
            TmuxSession.binary, "baseline", "save", workspace.path, "--as-of", "2026-10-01",
        ])
        #expect(saved.status == 0, "\(saved.output)")
        // The baselines' folder is watched like the files: no key needed.
        let screen = try session.waitFor("changes since 2026-10-01", timeout: 10)
        #expect(screen.contains("Since 2026-10-01:"))
    }

    @Test func rReloadsByHandAndKeepsTheSelection() throws {
        let workspace = try TmuxSession.demoWorkspace()
        let session = try TmuxSession("'\(workspace.path)'")
        try session.send("2", "j", "j", "j")
        try session.waitFor("4/20")
        try session.send("r")
        let screen = try session.waitFor("Reloaded")
        #expect(screen.contains("4/20"))
    }
}
