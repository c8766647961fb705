import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The dashboard under stress, as a person (or a flaky laptop) would put it: resize storms, key
/// floods, extreme sizes, files rewritten on every poll, the folder deleted, signals. The screen
/// recovers, the process stays responsive, and the terminal is restored on every way out.
@Suite("Stress in tmux", .serialized)
struct StressTests {
    /// Quits with q and checks the terminal is as it was.
    static func quitAndCheckRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try session.send("q")
        try session.waitFor("EXIT=0", sourceLocation: sourceLocation)
        #expect(try session.terminalModes() == "0 1 0", sourceLocation: sourceLocation)
    }

    @Test func aResizeStormEndsInAGoodFrame() throws {
        let session = try TmuxSession()
        try session.waitFor("Needs attention")
        let sizes = [(1, 1), (20, 5), (59, 15), (60, 16), (200, 60), (80, 24), (33, 100), (120, 40)]
        for step in 0..<240 {
            let (columns, rows) = sizes[step % sizes.count]
            try session.resize(columns, rows)
        }
        try session.resize(100, 30)
        let screen = try session.waitFor("a 100x30 frame") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return screen.contains("Needs attention") && lines.first?.contains("DEMO DATA") == true && lines.count >= 30
        }
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 100 })
        try session.send("2")
        try session.waitFor("KPIs 20 of 20")
        try Self.quitAndCheckRestored(session)
    }

    @Test func aKeyFloodLeavesItResponsive() throws {
        let session = try TmuxSession()
        try session.waitFor("Needs attention")
        let keys = [
            "j", "k", "Tab", "BTab", "Down", "Up", "2", "3", "4", "5", "Enter", "Escape", "o", "s", "c", "t", "?", "g",
            "G", "NPage", "PPage",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            try session.send(contentsOf: (0..<100).map { _ in keys.randomElement(using: &generator)! })
        }
        // A debug build on a loaded machine works through a thousand keys in seconds, not at once.
        try session.send("Escape", "Escape", "1", "/")
        try session.waitFor("the overview, filtering", timeout: 60) {
            // c may have been pressed.
            ($0.contains("Needs attention") || $0.contains("Changed since")) && $0.contains("Filter:")
        }
        try session.send("Escape")
        try Self.quitAndCheckRestored(session)
    }

    @Test(arguments: [(500, 200), (1, 1), (2, 2), (59, 16), (60, 15)])
    func extremeSizesDrawWhatFits(columns: Int, rows: Int) throws {
        let session = try TmuxSession(size: (columns, rows))
        if columns >= 60 && rows >= 16 {
            try session.waitFor("Needs attention")
        } else {
            // Too small for the layout: a message where it fits, and never a crash.
            Thread.sleep(forTimeInterval: 0.5)
            if columns >= 30 { try session.waitFor("terminal too small") }
        }
        try session.resize(120, 40)
        try session.waitFor("Needs attention")
        try Self.quitAndCheckRestored(session)
    }

    @Test func filesRewrittenOnEveryPollAndReplacedMidReadEndInTheLastGoodData() throws {
        let workspace = try TmuxSession.demoWorkspace()
        let session = try TmuxSession("'\(workspace.path)'")
        try session.send("2")
        try session.waitFor("Dock-to-stock time")
        let kpis = workspace.appendingPathComponent("kpis.csv").path
        let good = try String(contentsOfFile: kpis, encoding: .utf8)
        // Written in place (truncate, then write in pieces), so a reload can catch it half done.
        func writeInPlace(_ text: String) {
            let descriptor = open(kpis, O_WRONLY | O_TRUNC)
            let bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let chunk = min(97, bytes.count - offset)
                offset += bytes[offset..<offset + chunk].withUnsafeBytes { write(descriptor, $0.baseAddress, chunk) }
            }
            close(descriptor)
        }
        let end = Date().addingTimeInterval(3)
        var round = 0
        while Date() < end {
            writeInPlace(
                round % 3 == 2
                    ? "id,name\nbroken"
                    : good.replacingOccurrences(of: "Dock-to-stock time", with: "Dock time \(round)"))
            if round % 5 == 0 { try session.send("j") }
            round += 1
            Thread.sleep(forTimeInterval: 0.02)
        }
        try good.replacingOccurrences(of: "Dock-to-stock time", with: "Dock time final").write(
            toFile: kpis, atomically: true, encoding: .utf8)
        let screen = try session.waitFor("the final data without a banner", timeout: 10) {
            $0.contains("Dock time final") && !$0.contains("Reload failed")
        }
        #expect(screen.contains("KPIs 20 of 20"))
        try Self.quitAndCheckRestored(session)
    }

    @Test func aDeletedWorkspaceKeepsTheLastDataOnScreen() throws {
        let workspace = try TmuxSession.demoWorkspace()
        let session = try TmuxSession("'\(workspace.path)'")
        try session.waitFor("Needs attention")
        try FileManager.default.removeItem(at: workspace)
        let screen = try session.waitFor("Reload failed", timeout: 10)
        #expect(screen.contains("Needs attention"))
        try session.send("2")
        try session.waitFor("KPIs 20 of 20")
        try Self.quitAndCheckRestored(session)
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func aSignalRestoresTheTerminal(signal: Int32) throws {
        let session = try TmuxSession()
        try session.waitFor("Needs attention")
        #expect(try session.terminalModes() != "0 1 0")  // it did change them
        let pid = try #require(try session.tandemPID())
        kill(pid, signal)
        try session.waitFor("EXIT=")
        #expect(try session.terminalModes() == "0 1 0")
    }

    @Test func ctrlZSuspendsToTheShellAndFgRedraws() throws {
        let session = try TmuxSession(shell: true)
        try session.waitFor("the prompt") { $0.hasPrefix("$") }
        try session.type("'\(TmuxSession.binary)'")
        try session.send("Enter")
        try session.waitFor("Needs attention")
        try session.send("C-z")
        try session.waitFor("Stopped")
        #expect(try session.terminalModes() == "0 1 0")
        try session.type("fg")
        try session.send("Enter")
        try session.waitFor("Needs attention")
        try session.send("2")
        try session.waitFor("KPIs 20 of 20")
        try session.send("q")
        try session.waitFor("the shell again") {
            $0.split(separator: "\n").last?.hasPrefix("$") == true && !$0.contains("KPIs 20 of 20")
        }
        #expect(try session.terminalModes() == "0 1 0")
    }

    @Test func escapeSequencesInTheDataNeverReachTheTerminal() throws {
        let workspace = try TmuxSession.demoWorkspace()
        let manifest = workspace.appendingPathComponent("tandem.toml")
        let toml = try String(contentsOf: manifest, encoding: .utf8)
        try toml.replacingOccurrences(
            of: "name = \"Kestrel Freight\"",
            with: #"name = "Kestrel \u001B]0;pwned-title\u0007\u001B]52;c;ZXZpbA==\u0007Freight\u001B[2J""#
        )
        .write(to: manifest, atomically: true, encoding: .utf8)
        let kpis = workspace.appendingPathComponent("kpis.csv")
        try String(contentsOf: kpis, encoding: .utf8)
            .replacingOccurrences(
                of: "Dock-to-stock time",
                with: "Dock\u{1B}[?1049h\u{1B}]0;pwned-title\u{07}\u{202E}\u{8}\u{8}-to-stock time"
            )
            .write(to: kpis, atomically: true, encoding: .utf8)
        let session = try TmuxSession("'\(workspace.path)'")
        let screen = try session.waitFor("Needs attention")
        #expect(screen.contains("Kestrel Freight"))
        try session.send("2")
        let list = try session.waitFor("Dock-to-stock time")
        for text in [screen, list] {
            #expect(!text.contains("pwned") && !text.contains("ZXZpbA"))
        }
        #expect(try session.paneFormat("#{pane_title}") != "pwned-title")
        #expect(try session.buffers().isEmpty)
        try Self.quitAndCheckRestored(session)
    }
}
