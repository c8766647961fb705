import Foundation
import TandemTestSupport
import Testing

/// Names with emoji that ncurses and tmux measure differently from a naive width table (a
/// presentation selector, symbols that are narrow by default, ZWJ sequences): what tmux shows
/// after switching panes is exactly the snapshot, with no text of the previous pane left inside.
@Suite("Emoji widths in tmux", .serialized)
struct EmojiWidthTests {
    @Test func whatTmuxShowsIsTheSnapshotAfterSwitchingPanes() throws {
        let folder = try TmuxSession.demoWorkspace()
        for (file, names) in [
            (
                "risks.csv",
                [
                    ("Ransomware halts WMS and dispatch", "⚠️ Ransomware ☁️ halts WMS 🛡 and dispatch"),
                    ("Customer contact data misused", "🖥 Customer 🛠 contact 🗓 data misused"),
                ]
            ),
            (
                "initiatives.csv",
                [
                    ("WMS replacement", "👩‍💻 WMS 👍🏽 replacement 🇩🇪"),
                    ("Dynamic route optimization", "Dynamic ⚠️ route ❤️ optimization"),
                ]
            ),
        ] {
            let url = folder.appendingPathComponent(file)
            var text = try String(contentsOf: url, encoding: .utf8)
            for (old, new) in names { text = text.replacingOccurrences(of: old, with: new) }
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let session = try TmuxSession(folder.path)
        try session.waitFor("Needs attention")
        for (keys, marker) in [
            ("3", "Risk register"), ("4", "Initiatives"), ("3", "Risk register"), ("2", "KPIs"), ("4", "Initiatives"),
        ] {
            try session.send(keys)
            try session.waitFor(marker)
        }
        let path = ["3", "4", "3", "2", "4"].joined(separator: " ")
        let snapshot = try Subprocess.run([
            TmuxSession.binary, "snapshot", folder.path, "--keys", path, "--size", "120x40",
        ]).output
        func lines(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0.reversed().drop { $0 == " " }.reversed())
            }
        }
        let screen = try session.waitFor("the snapshot") { lines($0).prefix(39) == lines(snapshot).prefix(39) }
        #expect(screen.contains("👩"))
    }
}
