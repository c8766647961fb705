import Foundation
import TandemTestSupport
import Testing

/// Arguments are quoted in messages (`--as-of "…" is not a date`), so an escape sequence typed or
/// pasted into one (a clipboard write, a screen clear) came back out to the terminal. Every
/// message shows control characters as symbols instead.
@Suite struct ArgumentInjectionTests {
    static let payloads = ["\u{1B}]52;c;ZXZpbA==\u{07}", "\u{1B}[2J"]

    static func expectNoEscape(_ result: RunResult, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, "\(what): \(result)", sourceLocation: sourceLocation)
        #expect(!result.stderr.isEmpty, "\(what): no message", sourceLocation: sourceLocation)
        for output in [result.stdout, result.stderr] {
            #expect(
                !output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 },
                "\(what): \(output.debugDescription)",
                sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: payloads)
    func optionsAndPathsAreShownInert(_ payload: String) throws {
        let folder = try TemporaryFolder.workspace()
        let path = folder.path
        let runs: [(String, [String])] = [
            ("--as-of", ["validate", path, "--as-of", "2026\(payload)"]),
            ("--name", ["baseline", "save", path, "--name", "q4\(payload)"]),
            ("--theme", ["snapshot", path, "--theme", "dark\(payload)"]),
            ("--theme file", ["snapshot", path, "--theme", "\(path)/dark\(payload).toml"]),
            ("--since", ["brief", path, "--since", "q4\(payload)"]),
            ("--size", ["snapshot", path, "--size", "\(payload)120x40"]),
            ("--pane", ["snapshot", path, "--pane", "all\(payload)"]),
            ("an unknown option", ["validate", path, "--\(payload)"]),
            ("a missing folder", ["validate", "\(path)/gone\(payload)"]),
            ("a folder that is a file", ["export", "\(path)/kpis.csv"]),
            ("-o in a missing folder", ["snapshot", path, "-o", "\(path)/gone\(payload)/notes.txt"]),
            ("export -o", ["export", path, "-o", "\(path)/gone\(payload)/all.json"]),
            ("init on a file", ["init", "\(path)/kpis.csv"]),
        ]
        for (what, arguments) in runs {
            Self.expectNoEscape(try TandemProcess.run(arguments), what)
        }
        // The symbol stands where the escape was, so the message still says what was typed.
        let asOf = try TandemProcess.run(["validate", path, "--as-of", "2026\(payload)"])
        #expect(asOf.stderr.contains("--as-of \"2026\u{241B}"), "\(asOf)")
    }

    @Test func aDataFileThatIsADanglingLinkNamesItsTargetInert() throws {
        let folder = try TemporaryFolder.workspace()
        try FileManager.default.removeItem(atPath: folder.url("kpis.csv"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.url("kpis.csv"), withDestinationPath: "gone\u{1B}[2J.csv")
        let result = try TandemProcess.run(["validate", folder.path])
        // The data set is an error that `validate` lists on standard output; nothing reaches it raw.
        #expect(result.status == 1, "\(result)")
        #expect(!result.output.unicodeScalars.contains { $0.value == 0x1B }, "\(result)")
        #expect(
            result.stdout.contains("kpis.csv: is a symbolic link to gone\u{241B}[2J.csv, which is missing"), "\(result)"
        )
    }

    @Test func theSizeIsBounded() throws {
        let folder = try TemporaryFolder.workspace()
        let tooLarge = try TandemProcess.run(["snapshot", folder.path, "--size", "10000x10000"])
        #expect(tooLarge.status == 64, "\(tooLarge)")
        #expect(
            tooLarge.stderr.hasPrefix("Error: --size 10000x10000 is too large; expected at most 1000x500\n"),
            "\(tooLarge)")
        #expect(try TandemProcess.run(["snapshot", folder.path, "--size", "1001x40"]).status == 64)
        #expect(try TandemProcess.run(["snapshot", folder.path, "--size", "120x501"]).status == 64)

        let largest = try TandemProcess.run(["snapshot", folder.path, "--size", "1000x500"])
        #expect(largest.status == 0, "\(largest)")
        #expect(largest.stdout.split(separator: "\n", omittingEmptySubsequences: false).count <= 501)

        let help = try TandemProcess.run(["snapshot", "--help"])
        #expect(help.stdout.contains("from 60x16 to 1000x500"), "\(help)")
    }
}
