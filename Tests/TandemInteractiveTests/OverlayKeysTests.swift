import Foundation
import Testing

/// Keys go to what is on top: with help open, keys meant for the pane do nothing to it.
@Suite("Keys under an overlay in tmux", .serialized)
struct OverlayKeysTests {
    @Test func helpSwallowsPaneKeysAndF1OpensIt() throws {
        let session = try TmuxSession()
        try session.send("2")
        try session.waitFor("1/20")
        try session.send("F1")
        try session.waitFor("Esc or ? closes")
        try session.send("j", "j", "j", "j", "3", "o")
        try session.send("Escape")
        let screen = try session.waitFor("help closed") { !$0.contains("Esc or ? closes") }
        #expect(screen.contains("1/20"))
        #expect(screen.contains("lens All"))
        // The wheel too: with help open it does not move the pane beneath.
        try session.send("?")
        try session.waitFor("Esc or ? closes")
        try session.wheel(down: true, 60, 20)
        try session.wheel(down: true, 60, 20)
        try session.send("Escape")
        try session.waitFor("help closed again") { !$0.contains("Esc or ? closes") && $0.contains("1/20") }
        try session.send("l")
        try session.waitFor("Risk register")
        try session.send("h")
        try session.waitFor("KPIs 20 of 20")
    }

    @Test func aRowLeftOutLeadsToItsMessageAndBangListsEveryProblem() throws {
        let folder = try TmuxSession.demoWorkspace()
        let risks = folder.appendingPathComponent("risks.csv")
        let text = try String(contentsOf: risks, encoding: .utf8)
        try text.replacingOccurrences(
            of: "R05,Peak season driver shortfall,operational,coo,4,4,",
            with: "R05,Peak season driver shortfall,operational,coo,7,4,"
        )
        .write(to: risks, atomically: true, encoding: .utf8)
        let session = try TmuxSession("'\(folder.path)'")
        let first = try session.waitFor("LEFT OUT")
        #expect(first.contains("risks.csv:6"))
        try session.send("Enter")
        try session.waitFor("This row is left out of every pane")
        try session.send("Escape")
        try session.waitFor("Enter opens")
        try session.send("Escape")
        try session.waitFor("Needs attention")
        try session.send("!")
        try session.waitFor("Problems in the files 1 error")
    }
}

/// `tandem themes` in a terminal keeps each theme to one line, its description cut at a word.
@Suite("Themes list in tmux", .serialized)
struct ThemesListTests {
    @Test func descriptionsAreCutAtAWordToFitTheTerminal() throws {
        let session = try TmuxSession("themes", size: (80, 24))
        let screen = try session.waitFor("EXIT=0")
        let lines = screen.split(separator: "\n").filter { $0.contains("● GREEN") }
        #expect(lines.count >= 9)
        for line in lines {
            #expect(line.hasSuffix("…") || !line.contains(": ") || line.count < 80, "\(line)")
            #expect(!line.hasSuffix(" …"))
        }
        #expect(screen.contains("built in: Colour-blind safe…"))
    }
}
