import Foundation
import Testing

/// A reload reads only files that held still: a file rewritten in place is half written for a
/// moment, and a half file must never be shown as the data.
@Suite("Stable reload in tmux", .serialized)
struct StableReloadTests {
    @Test func aFileRewrittenInPlaceWithAPauseIsNeverShownHalfWritten() throws {
        let workspace = try TmuxSession.demoWorkspace()
        let session = try TmuxSession("'\(workspace.path)'")
        try session.send("3")
        try session.waitFor("Risk register 15 open")
        let risks = workspace.appendingPathComponent("risks.csv").path
        let good = try String(contentsOfFile: risks, encoding: .utf8)
        let writer = Thread {
            for round in 0..<6 {
                let final = good.replacingOccurrences(of: "Ransomware halts", with: "Ransomware (v\(round)) halts")
                // Whole lines, so the first half is a valid file with fewer risks: the worst case.
                let lines = final.split(separator: "\n", omittingEmptySubsequences: false)
                let firstHalf = lines.prefix(lines.count / 2).joined(separator: "\n") + "\n"
                let descriptor = open(risks, O_WRONLY | O_TRUNC)
                _ = Array(firstHalf.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                usleep(300_000)
                _ = Array(final.utf8).dropFirst(firstHalf.utf8.count).withUnsafeBytes {
                    write(descriptor, $0.baseAddress, $0.count)
                }
                close(descriptor)
                usleep(400_000)
            }
        }
        writer.start()
        var frames = 0
        let started = Date()
        while Date().timeIntervalSince(started) < 5 {
            let screen = try session.screen()
            if let range = screen.range(of: "Risk register ") {
                let count = screen[range.upperBound...].prefix { $0.isNumber }
                #expect(count == "15", "a half-written risks.csv was shown: \(screen)")
                frames += 1
            }
            usleep(40_000)
        }
        #expect(frames > 50)
        try session.waitFor("Ransomware (v5)", timeout: 10)
    }
}
