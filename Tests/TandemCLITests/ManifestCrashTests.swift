import Foundation
import TandemTestSupport
import Testing

// The engine's seeded generator, so a failing input can be found again.
@testable import TandemCore

/// Whatever bytes `tandem.toml` holds, `validate` ends with 0, 1 or 2 and never dies on a signal.
/// These run the binary, not the loader in-process: a crash in the TOML parser would otherwise take
/// the whole test run down with it.
@Suite struct ManifestCrashTests {
    private func validate(manifest bytes: [UInt8]) throws -> RunResult {
        let folder = try TemporaryFolder.workspace()
        try folder.write("tandem.toml", bytes)
        return try TandemProcess.run(["validate", folder.path])
    }

    @Test(arguments: [
        "[\n",  // a table header being typed
        "[ \n",
        "[organization]\nname = \"N\"\n[\n",
        "[équipe]\n",  // a table name that starts with a letter that is not ASCII
        "[organization]\nname = \"N\"\n[é]\n",
        "[[é]]\n",
        "[[[1]]]\n",
        "[[=\n",
        "[\u{1}]\n",
    ])
    func anUnfinishedOrNonASCIITableHeaderIsALoadFailureNotACrash(_ text: String) throws {
        let result = try validate(manifest: Array(text.utf8))
        guard !result.killedBySignal else {
            Issue.record("tandem validate was killed by signal \(result.status): \(result.stderr.prefix(300))")
            return
        }
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("tandem.toml:"))
        #expect(result.stderr.contains("not valid TOML"))
    }

    @Test(arguments: [
        "[organization]\nname = \"N\"\nas_of = 2026-02-30\n",
        "[organization]\nname = \"N\"\nas_of = 2026-11-20T10:00:00Z\n",
        "[organization]\nname = \"\"\n",
        "[organization]\nname = 5\n[risks]\nbands = 7\nreview_days = \"x\"\n",
        "[organization]\nname = \"N\"\n[organization]\n",
        "name = \"N\"\n",
        "[organization]\nname = \"N\u{0}\"\n",
        "[\"é\"]\nx = 1\n",
        "[réglages]\n",
        "[organization]\nname = \"N\"\n[clé]\n",
        "a.é = 1\n",
    ])
    func oddButParsableOrPlainlyBadManifestsEndCleanly(_ text: String) throws {
        let result = try validate(manifest: Array(text.utf8))
        #expect(!result.killedBySignal, "killed by signal \(result.status): \(result.stderr.prefix(300))")
        #expect([0, 1, 2].contains(result.status), "\(result)")
    }

    @Test func randomManifestsNeverCrash() throws {
        var source = SplitMix64(seed: 20_261_120)
        var generator = SeededRandom { source.next() }
        let pieces = [
            "[", "]", "[[", "]]", "organization", "name", "=", "\"", "'", "\n", " ", "é", "#", ".", "{", "}",
            ",", "2026-11-20", "12", "1e309", "nan", "true", "\u{0}", "\\", "\"\"\"", "as_of", "risks", "bands",
        ]
        var crashes: [String] = []
        for _ in 0..<48 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...24, using: &generator) {
                if Bool.random(using: &generator) {
                    bytes += Array(pieces.randomElement(using: &generator)!.utf8)
                } else {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                }
            }
            let result = try validate(manifest: bytes)
            if result.killedBySignal || ![0, 1, 2].contains(result.status) {
                crashes.append(bytes.map { String(format: "%02x", $0) }.joined())
            }
        }
        #expect(crashes == [], "manifests that crashed tandem validate (hex): \(crashes)")
    }
}
