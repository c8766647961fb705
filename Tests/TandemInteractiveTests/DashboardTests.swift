import Foundation
import TandemTestSupport
import Testing

/// The interactive dashboard, end to end: the built binary in tmux, keys in, screen out.
@Suite("Interactive dashboard in tmux", .serialized)
struct DashboardTests {
    @Test func firstFrameShowsTheOrganisationAndTheOverview() throws {
        let session = try TmuxSession()
        let screen = try session.waitFor("Needs attention")
        #expect(screen.contains("Kestrel Freight"))
        #expect(screen.contains("DEMO DATA"))
        #expect(screen.contains("1 Overview"))
    }

    @Test func numberKeysTabAndShiftTabSwitchPanes() throws {
        let session = try TmuxSession()
        try session.waitFor("Needs attention")
        try session.send("2")
        try session.waitFor("KPIs 20 of 20")
        try session.send("3")
        try session.waitFor("Risk register")
        try session.send("4")
        try session.waitFor("Initiatives 8 active")
        try session.send("5")
        try session.waitFor("Alignment 16 findings")
        try session.send("1")
        try session.waitFor("Needs attention")
        try session.send("Tab")
        try session.waitFor("KPIs 20 of 20")
        try session.send("BTab")
        try session.waitFor("Needs attention")
        try session.send("BTab")
        try session.waitFor("Actions 2 open, 1 overdue of 3")
        try session.send("BTab")
        try session.waitFor("Alignment 16 findings")
    }

    @Test func movingPagingAndJumpingMoveTheSelection() throws {
        let session = try TmuxSession(size: (120, 24))
        try session.send("2")
        try session.waitFor("1/20")
        try session.send("j")
        try session.waitFor("2/20")
        try session.send("Down")
        try session.waitFor("3/20")
        try session.send("k")
        try session.waitFor("2/20")
        try session.send("Up")
        try session.waitFor("1/20")
        try session.send("G")
        try session.waitFor("20/20")
        try session.send("g")
        try session.waitFor("1/20")
        try session.send("End")
        try session.waitFor("20/20")
        try session.send("Home")
        try session.waitFor("1/20")
        try session.send("NPage")
        try session.waitFor("not on the first row") { !$0.contains(" 1/20") }
        try session.send("PPage")
        try session.waitFor(" 1/20")
    }

    @Test func cShowsOnlyWhatChangedSinceTheBaselineAndBack() throws {
        let session = try TmuxSession()
        let first = try session.waitFor("Needs attention")
        #expect(first.contains("changes since 2026-10-23"))
        #expect(first.contains("Since 2026-10-23: ↓ 5 worse"))
        try session.send("c")
        // The whole list, not just the title bar: a capture can land between the two.
        let changes = try session.waitFor("only changes") { $0.contains("↓ worse    Initiative I-WMS") }
        #expect(changes.contains("Changed since 2026-10-23 · 14"))
        try session.send("3")
        try session.waitFor("+ Billing system")
        try session.send("c")
        try session.waitFor("Risk register 15 open")
    }

    @Test func enterOpensTheDetailAndEscapeGoesBack() throws {
        let session = try TmuxSession()
        try session.send("3", "Enter")
        try session.waitFor("MITIGATION")
        try session.send("Escape")
        try session.waitFor("Risk register")
    }

    @Test func filterNarrowsEveryPaneAndEscapeClearsIt() throws {
        let session = try TmuxSession()
        try session.send("2", "/")
        try session.waitFor("Filter:")
        try session.type("dock")
        try session.send("Enter")
        // The status line is drawn last: once it shows the filter, the frame is complete.
        let filtered = try session.waitFor("filter \"dock\"")
        #expect(filtered.contains("KPIs 1 of 20"))
        #expect(filtered.contains("Dock-to-stock time"))
        try session.send("Escape")
        try session.waitFor("KPIs 20 of 20")
    }

    @Test func ownerLensSortThemeAndHelp() throws {
        let session = try TmuxSession()
        try session.send("2", "o")
        try session.waitFor("lens CIO")
        #expect(try session.screen().contains("Tracking portal uptime"))
        #expect(try !session.screen().contains("Dock-to-stock time"))
        try session.send("o")
        try session.waitFor("lens COO")
        try session.send("o")
        try session.waitFor("lens Joint")
        try session.send("o")
        try session.waitFor("lens All")
        try session.send("s")
        try session.waitFor("sort status")
        try session.send("t")
        try session.waitFor("Theme: colorblind")
        try session.send("?")
        try session.waitFor("Esc or ? closes")
        try session.send("?")
        try session.waitFor("help closed") { !$0.contains("Esc or ? closes") }
    }

    @Test func snapshotKeyWritesExactlyWhatIsOnScreen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tandem-snap-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let session = try TmuxSession(folder: folder)
        try session.send("2", "j", "j")
        try session.waitFor("3/20")
        let before = try session.screen()
        try session.send("p")
        try session.waitFor("Snapshot saved to tandem-")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("tandem-") }
        try #require(files.count == 1)
        let saved = try String(contentsOf: folder.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(saved == before)
        try session.send("p")
        try session.waitFor("second snapshot") { _ in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).count == 2
        }
    }

    @Test func resizingRedrawsAndTooSmallSaysSo() throws {
        let session = try TmuxSession()
        try session.waitFor("Needs attention")
        try session.resize(80, 24)
        try session.waitFor("80 columns") {
            $0.split(separator: "\n").first.map { $0.count <= 80 && $0.contains("DEMO DATA") } ?? false
        }
        try session.resize(30, 8)
        try session.waitFor("terminal too small: need 60x16")
        try session.resize(120, 40)
        try session.waitFor("Needs attention")
    }

    @Test func qQuitsWithStatusZeroAndRestoresTheShell() throws {
        let session = try TmuxSession()
        try session.waitFor("Needs attention")
        try session.send("q")
        let screen = try session.waitFor("EXIT=0")
        #expect(!screen.contains("Needs attention"))  // the normal screen is back
    }

    @Test func ctrlCQuitsCleanly() throws {
        let session = try TmuxSession()
        try session.waitFor("Needs attention")
        try session.send("C-c")
        let screen = try session.waitFor("EXIT=")
        #expect(!screen.contains("Needs attention"))  // the normal screen is back
    }

    @Test func dumbTerminalIsRefusedWithAPointerToSnapshot() throws {
        let session = try TmuxSession(environment: ["TERM": "dumb"])
        let screen = try session.waitFor("EXIT=2")
        #expect(screen.contains("tandem snapshot"))
        #expect(!screen.contains("\u{1B}"))
    }

    @Test func outputThatIsNotATerminalIsRefused() throws {
        // Standard output is a file here: no escape code may reach it.
        let result = try Subprocess.run([TmuxSession.binary])
        #expect(result.status == 2)
        #expect(result.output.contains("tandem snapshot"))
        #expect(!result.output.contains("\u{1B}"))
    }

    /// Mouse input as the terminal sends it (SGR 1006): a click on a tab, a click on a row, the wheel.
    @Test func clicksAndTheWheel() throws {
        let session = try TmuxSession()
        let first = try session.waitFor("Needs attention")
        let tabs = first.split(separator: "\n", omittingEmptySubsequences: false)[1]
        let column = try #require(tabs.range(of: "4 Initiatives")).lowerBound.utf16Offset(in: tabs) + 1
        try session.click(column, 2)
        try session.waitFor("Initiatives 8 active")
        try session.click(10, 7)  // the third row of the table
        try session.waitFor("3/12")
        try session.wheel(down: true, 10, 7)
        try session.waitFor("4/12")
        try session.click(10, 8)  // the selected row: opens it
        try session.waitFor("MILESTONES")
    }
}
