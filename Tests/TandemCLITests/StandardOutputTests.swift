import Foundation
import TandemTestSupport
import Testing

/// A write to standard output that fails (a full disk; /dev/full fails every write with ENOSPC)
/// is an error: exit status 1 and a message, never a silent half of the output with status 0.
@Suite struct StandardOutputTests {
    /// Runs the binary with standard output on /dev/full (through the shell, which opens it).
    static func runIntoFullDisk(
        _ arguments: [String], in folder: TemporaryFolder? = nil,
        environment: [String: String] = [:]
    ) throws -> RunResult {
        let binary = try #require(TandemProcess.binary)
        return try TandemProcess.run(
            ["-c", "exec \"$0\" \"$@\" > /dev/full", binary] + arguments, in: folder?.path, binary: "/bin/sh",
            environment: environment, timeout: 30)
    }

    @Test func everyCommandThatPrintsSaysTheDiskIsFull() throws {
        let folder = try TemporaryFolder.workspace()
        #expect(try TandemProcess.run(["baseline", "save", folder.path, "--as-of", "2026-10-20"]).status == 0)
        let config = try TemporaryFolder()
        let runs: [[String]] = [
            ["export", folder.path], ["snapshot", folder.path, "--pane", "all"], ["brief", folder.path],
            ["brief", folder.path, "--format", "text"],
            ["validate", folder.path], ["validate", folder.path, "--format", "json"],
            ["baseline", "list", folder.path],
            ["baseline", "save", folder.path, "--name", "again"], ["themes"], ["init", config.url("new")],
            ["generate", config.url("generated")],
            ["export", "--help"], ["--help"],
        ]
        for arguments in runs {
            let result = try Self.runIntoFullDisk(arguments, environment: ["XDG_CONFIG_HOME": config.path])
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(
                result.stderr.hasSuffix("tandem: cannot write to standard output: the disk is full\n"),
                "\(arguments): \(result)")
        }
    }

    @Test func exportWritesToAFileAtomically() throws {
        let folder = try TemporaryFolder.workspace()
        let printed = try TandemProcess.run(["export", folder.path])
        #expect(printed.status == 0)

        let written = try TandemProcess.run(["export", folder.path, "-o", folder.url("all.json")])
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.isEmpty)
        #expect(folder.read("all.json") == printed.stdout)

        let refused = try TandemProcess.run([
            "export", folder.path, "--output", folder.url("all.json"), "--as-of", "2026-12-01",
        ])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "tandem: cannot write \(folder.url("all.json")): the file already exists (use --force to replace "
                + "it)\n",
            "\(refused)")
        #expect(folder.read("all.json") == printed.stdout)

        let replaced = try TandemProcess.run([
            "export", folder.path, "-o", folder.url("all.json"), "--as-of", "2026-12-01", "--force",
        ])
        #expect(replaced.status == 0, "\(replaced)")
        #expect(folder.read("all.json")?.contains("\"as_of\": \"2026-12-01\"") == true)
        #expect(try folder.contents().filter { $0.hasPrefix(".all.json") }.isEmpty)
    }
}
