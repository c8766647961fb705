import Foundation
import Testing

/// The theme chosen with `t` is the one the next start opens with.
@Suite("Theme memory in tmux", .serialized)
struct ThemeMemoryTests {
    @Test func theThemeChosenWithTIsRememberedForTheNextStart() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tandem-state-\(UUID().uuidString.prefix(8))")
        let environment = ["XDG_STATE_HOME": state.path]
        do {
            let session = try TmuxSession(environment: environment)
            try session.waitFor("Needs attention")
            try session.send("t")
            try session.waitFor("Theme: colorblind")
            try session.send("q")
            try session.waitFor("EXIT=0")
        }
        let kept = try String(contentsOf: state.appendingPathComponent("tandem/theme"), encoding: .utf8)
        #expect(kept == "colorblind\n")
        // The next start opens with it: the next theme after it is the one after colorblind.
        let session = try TmuxSession(environment: environment)
        try session.waitFor("Needs attention")
        try session.send("t")
        try session.waitFor("Theme: gruvbox")
    }
}
