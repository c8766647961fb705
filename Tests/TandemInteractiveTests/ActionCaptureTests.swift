import Foundation
import TandemTestSupport
import Testing

/// Writing down an action in the meeting, on the real binary: `a`, typing, Enter, `x` and `X`,
/// with the file compared byte for byte with what is expected.
@Suite("Actions in tmux", .serialized)
struct ActionCaptureTests {
    private static let demoActions = """
        id,title,owner,assignee,due,status,done,raised,links,note
        A-001,Sign the agency driver contract for peak,coo,Ruth Okonjo,2026-11-06,done,2026-11-04,2026-10-23,R05,\
        "120 drivers from 23 Nov, 6 depots"
        A-002,Plan to clear the dock-to-stock backlog,coo,Grace Whitfield,2026-11-13,open,,2026-10-23,DOCK;I-WMS,\
        Waiting on the WMS cutover date
        A-003,Name the KPIs the data platform will move,cio,Lena Fischer,2026-12-04,open,,2026-10-23,I-DATA,

        """

    private func actions(_ workspace: URL) throws -> String {
        try String(contentsOf: workspace.appendingPathComponent("actions.csv"), encoding: .utf8)
    }

    @Test func aOnARiskAddsAnActionOwnedByItsOwnerAndLinkedToIt() throws {
        let workspace = try TmuxSession.demoWorkspace()
        #expect(try actions(workspace) == Self.demoActions)
        let session = try TmuxSession("'\(workspace.path)'")
        try session.send("3")
        try session.waitFor("Risk register")
        try session.send("a")
        try session.waitFor("New action")
        try session.type("Book 40 more agency drivers")
        try session.send("Tab", "Tab")
        try session.type("Ruth Okonjo")
        try session.send("Tab")
        try session.type("+2w")
        try session.send("Enter")
        try session.waitFor("Added A-004 to actions.csv")
        #expect(
            try actions(workspace)
                == Self.demoActions
                + "A-004,Book 40 more agency drivers,coo,Ruth Okonjo,2026-12-04,open,,2026-11-20,R05,\n")
        try session.send("6")
        try session.waitFor("Book 40 more agency drivers")
    }

    @Test func aRefusedFieldKeepsWhatWasTypedAndWritesNothing() throws {
        let workspace = try TmuxSession.demoWorkspace()
        let session = try TmuxSession("'\(workspace.path)'")
        try session.send("a")
        try session.waitFor("New action")
        try session.send("Tab", "Tab", "Tab")
        try session.type("next week")
        try session.send("Enter")
        let screen = try session.waitFor("is not a date")
        #expect(screen.contains("next week"))
        #expect(screen.contains("is empty; expected what is to be done"))
        #expect(try actions(workspace) == Self.demoActions)
        try session.send("Escape")
        try session.waitFor("No action added")
        #expect(try actions(workspace) == Self.demoActions)
    }

    @Test func xMarksDoneAndReopensAndXDropsAfterAsking() throws {
        let workspace = try TmuxSession.demoWorkspace()
        let session = try TmuxSession("'\(workspace.path)'")
        try session.send("6")
        try session.waitFor("Actions 2 open, 1 overdue of 3")
        try session.send("x")  // A-002, overdue, is first
        try session.waitFor("A-002 marked done in actions.csv")
        let done = Self.demoActions.replacingOccurrences(
            of: "2026-11-13,open,,2026-10-23", with: "2026-11-13,done,2026-11-20,2026-10-23")
        #expect(try actions(workspace) == done)
        try session.send("x")  // the selection follows A-002
        try session.waitFor("A-002 marked open in actions.csv")
        #expect(try actions(workspace) == Self.demoActions)
        try session.send("X")
        try session.waitFor("y drops it")
        try session.send("n")
        try session.waitFor("A-002 kept")
        #expect(try actions(workspace) == Self.demoActions)
        try session.send("X")
        try session.waitFor("y drops it")
        try session.send("y")
        try session.waitFor("A-002 marked dropped in actions.csv")
        #expect(
            try actions(workspace)
                == Self.demoActions.replacingOccurrences(
                    of: "2026-11-13,open,,2026-10-23", with: "2026-11-13,dropped,,2026-10-23"))
    }

    @Test func theBuiltInDemoIsNotWritten() throws {
        let session = try TmuxSession()
        try session.send("a")
        try session.waitFor("New action")
        try session.type("Anything")
        try session.send("Enter")
        try session.waitFor("built-in demo is read-only")
    }
}
