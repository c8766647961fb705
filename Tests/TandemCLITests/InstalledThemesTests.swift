import Foundation
import TandemTestSupport
import Testing

/// The binary alone, copied somewhere else and run from another folder, still has its themes:
/// they are compiled in, not looked up next to the source tree.
@Suite struct InstalledThemesTests {
    @Test func aCopiedBinaryListsAndUsesTheShippedThemes() throws {
        let binary = try #require(TandemProcess.binary)
        let prefix = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: prefix.url("bin"), withIntermediateDirectories: true)
        let copy = prefix.url("bin/tandem")
        // Read and written by hand: copyItem can fail with "Text file busy" while other tests run
        // the same binary.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: binary))
        #expect(FileManager.default.createFile(atPath: copy, contents: bytes, attributes: [.posixPermissions: 0o755]))
        // A process another test forks while the copy was open for writing holds it open until
        // that child execs; running the copy meanwhile fails with "Text file busy". Wait it out.
        for _ in 0..<50 where (try? TandemProcess.run(["--version"], binary: copy)) == nil {
            Thread.sleep(forTimeInterval: 0.1)
        }

        let listed = try TandemProcess.run(["themes", "--color", "never"], binary: copy)
        #expect(listed.status == 0, "\(listed)")
        for name in [
            "default", "light", "high-contrast", "colorblind", "monochrome", "nord", "solarized-dark", "gruvbox",
        ] {
            #expect(listed.stdout.contains("\(name) "), "\(name) is not listed")
        }
        #expect(listed.stdout.contains("built in"))

        let shown = try TandemProcess.run(
            ["snapshot", "--theme", "light", "--color", "always", "--size", "80x24"], binary: copy)
        #expect(shown.status == 0, "\(shown)")
        #expect(shown.stdout.contains("\u{1B}[0;38;2;31;35;40;48;2;255;255;255m"))  // light: #1F2328 on white
    }

    @Test func aThemeNameThatLeavesTheFoldersIsRefused() throws {
        let result = try TandemProcess.run(["snapshot", "--theme", "../../x"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not a theme name"))
    }

    /// Colour only when asked for: `auto` into a file (or with NO_COLOR) writes no escape code.
    @Test func colourOnlyWhenAskedFor() throws {
        let auto = try TandemProcess.run(["snapshot", "--size", "80x24"], environment: ["NO_COLOR": "1"])
        #expect(auto.status == 0)
        #expect(!auto.stdout.contains("\u{1B}"))
        let never = try TandemProcess.run(
            ["snapshot", "--size", "80x24", "--color", "never"], environment: ["NO_COLOR": ""])
        #expect(!never.stdout.contains("\u{1B}"))
        let always = try TandemProcess.run(["snapshot", "--size", "80x24", "--color", "always"])
        #expect(always.stdout.contains("\u{1B}["))
        // The same screen, coloured (coloured backgrounds keep their trailing spaces).
        let trimmed = TandemProcess.stripped(always.stdout).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        #expect(trimmed.joined(separator: "\n") == auto.stdout)
    }
}
