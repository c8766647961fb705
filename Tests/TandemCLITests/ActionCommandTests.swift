import Foundation
import TandemCore
import TandemTestSupport
import Testing

/// `tandem action add|done|drop` on the built binary, with the file compared byte for byte.
@Suite struct ActionCommandTests {
    private static let header = "id,title,owner,assignee,due,status,done,raised,links,note"

    @Test func addCreatesTheFileAndSaysWhatItAdded() throws {
        let folder = try TemporaryFolder.workspace()
        let result = try TandemProcess.run([
            "action", "add", "Agree the \"agency\", contract", "--owner", "coo", "--assignee", "Sam", "--due", "+2w",
            "--on", "R1", "--on", "K2", folder.path,
        ])
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout
                == "Added A-001 to actions.csv: Agree the \"agency\", contract (COO, Sam, due 2026-12-04, on R1, K2)\n")
        #expect(
            folder.read("actions.csv")
                == Self.header
                + "\nA-001,\"Agree the \"\"agency\"\", contract\",coo,Sam,2026-12-04,open,,2026-11-20,R1;K2,\n")
    }

    @Test func addKeepsACRLFFileWithABOMByteForByte() throws {
        let before =
            "\u{FEFF}ID,Owner,Title,Due,Status,Done,Links,Note\r\n"
            + "A-001,cio,\"Old, \"\"quoted\"\"\",2026-12-01,open,,,\"a\r\nb\"\r\n"
        let folder = try TemporaryFolder.workspace(["actions.csv": before])
        let result = try TandemProcess.run(["action", "add", "New one", "--owner", "joint", folder.path])
        #expect(result.status == 0, "\(result)")
        #expect(folder.read("actions.csv") == before + "A-002,joint,New one,2026-12-04,open,,,\r\n")
    }

    @Test func addAfterAFileWithoutAFinalNewline() throws {
        let before = Self.header + "\nA-007,Old,cio,,2026-12-01,open,,,,"
        let folder = try TemporaryFolder.workspace(["actions.csv": before])
        let result = try TandemProcess.run([
            "action", "add", "New", "--owner", "cio", "--due", "2026-12-24", folder.path,
        ])
        #expect(result.status == 0, "\(result)")
        #expect(folder.read("actions.csv") == before + "\nA-008,New,cio,,2026-12-24,open,,2026-11-20,,\n")
    }

    @Test func doneAndDropChangeOnlyThatLine() throws {
        let rows = [
            "A-001,\"One, two\",cio,,2026-12-01,open,,,,", "A-002,Three,coo,Bo,2026-12-02,open,,,R1,\"x \"\"y\"\"\"",
        ]
        let before = ([Self.header] + rows).joined(separator: "\r\n") + "\r\n"
        let folder = try TemporaryFolder.workspace(["actions.csv": before])
        let done = try TandemProcess.run(["action", "done", "A-002", folder.path])
        #expect(done.status == 0, "\(done)")
        #expect(done.stdout == "Marked A-002 done (2026-11-20) in actions.csv\n")
        let afterDone = before.replacingOccurrences(of: "Bo,2026-12-02,open,,", with: "Bo,2026-12-02,done,2026-11-20,")
        #expect(folder.read("actions.csv") == afterDone)

        let again = try TandemProcess.run(["action", "done", "A-002", folder.path, "--as-of", "2026-11-27"])
        #expect(again.stdout == "A-002 is already done; actions.csv was left as it was\n")
        #expect(folder.read("actions.csv") == afterDone)

        let drop = try TandemProcess.run(["action", "drop", "A-001", folder.path])
        #expect(drop.status == 0, "\(drop)")
        #expect(
            folder.read("actions.csv")
                == afterDone.replacingOccurrences(of: "2026-12-01,open,", with: "2026-12-01,dropped,"))
    }

    @Test(arguments: [
        (["--owner", "ceo"], "owner: \"ceo\" is not an owner; expected cio, coo or joint"),
        (["--owner", "cio", "--due", "soon"], "due: \"soon\" is not a date"),
        (["--owner", "cio", "--due", "2026-11-01"], "due: 2026-11-01 is before the as-of date 2026-11-20"),
        (["--owner", "cio", "--on", "R9"], "links: \"R9\" is not the id of a KPI, risk, initiative or action"),
    ])
    func badInputExitsOneAndWritesNothing(_ options: [String], _ message: String) throws {
        let folder = try TemporaryFolder.workspace()
        let result = try TandemProcess.run(["action", "add", "Do it"] + options + [folder.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("tandem: " + message), "\(result)")
        #expect(result.stderr.contains("nothing was written"))
        #expect(folder.read("actions.csv") == nil)
    }

    @Test func anUnknownIDExitsOne() throws {
        let folder = try TemporaryFolder.workspace(["actions.csv": Self.header + "\n"])
        let result = try TandemProcess.run(["action", "done", "A-404", folder.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("actions.csv has no action A-404"))
    }

    @Test func theDemoIsNeverWritten() throws {
        let result = try TandemProcess.run(["action", "add", "Do it", "--owner", "cio"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("`tandem init DIR`"))
    }

    @Test func aReadOnlyFileIsRefused() throws {
        let before = Self.header + "\n"
        let folder = try TemporaryFolder.workspace(["actions.csv": before])
        #expect(chmod(folder.url("actions.csv"), 0o444) == 0)
        let result = try TandemProcess.run(["action", "add", "Do it", "--owner", "cio", folder.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("actions.csv is read-only; add the action in"))
        #expect(folder.read("actions.csv") == before)
    }

    /// Two processes adding at the same moment: the lock makes them take turns, and the second
    /// reads what the first wrote, so both rows land, under different ids.
    @Test func twoProcessesAddingAtOnceBothLand() async throws {
        let folder = try TemporaryFolder.workspace(["actions.csv": Self.header + "\n"])
        let path = folder.path
        let results = try await withThrowingTaskGroup(of: [Int32].self) { group in
            for side in ["cio", "coo"] {
                group.addTask {
                    try (0..<5).map { n in
                        try TandemProcess.run(["action", "add", "\(side) \(n)", "--owner", side, path]).status
                    }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(results == Array(repeating: 0, count: 10))
        let lines = folder.read("actions.csv")!.split(separator: "\n").dropFirst()
        #expect(lines.count == 10)
        #expect(Set(lines.map { $0.prefix(5) }) == Set((1...9).map { "A-00\($0)" } + ["A-010"]))
        for side in ["cio", "coo"] {
            #expect(lines.count { $0.contains(",\(side),") } == 5)
        }
    }

    /// A lock file another user made (here root's, the command run as nobody): it cannot be
    /// opened for writing, but flock works on it read-only, so the action is still added. One
    /// this user may not even read is named in the refusal, not taken for a read-only actions.csv.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aLockFileOfAnotherUserIsUsedReadOnlyOrNamed() throws {
        let folder = try TemporaryFolder.workspace(["actions.csv": Self.header + "\n"])
        try folder.write(".actions.csv.lock", "")
        #expect(chmod(folder.path, 0o777) == 0)
        #expect(chmod(folder.url("actions.csv"), 0o666) == 0)
        #expect(chmod(folder.url(".actions.csv.lock"), 0o644) == 0)
        let binary = try #require(TandemProcess.binary)
        func add() throws -> RunResult {
            try TandemProcess.run(
                [
                    "--reuid=65534", "--regid=65534", "--clear-groups", binary, "action", "add", "Do it", "--owner",
                    "cio", folder.path,
                ], binary: "/usr/bin/setpriv")
        }
        let added = try add()
        #expect(added.status == 0, "\(added)")
        #expect(folder.read("actions.csv")?.contains("\nA-001,Do it,cio,") == true)

        #expect(chmod(folder.url(".actions.csv.lock"), 0o600) == 0)
        let refused = try add()
        #expect(refused.status == 1, "\(refused)")
        #expect(
            refused.stderr.contains("cannot open .actions.csv.lock, the lock file beside actions.csv"), "\(refused)")
        #expect(!refused.stderr.contains("read-only"))
    }

    @Test(arguments: [
        (["action", "add"], ["--owner <owner>", "--due <date>", "--on <id>", "<title>", "next free id"]),
        (["action", "done"], ["<id>", "as-of date"]),
        (["action", "drop"], ["<id>", "dropped"]),
        (["action"], ["add", "done", "drop", "Exit status"]),
    ])
    func eachHasHelp(_ command: [String], _ phrases: [String]) throws {
        let result = try TandemProcess.run(command + ["--help"])
        #expect(result.status == 0, "\(result)")
        for phrase in phrases {
            #expect(result.stdout.replacingOccurrences(of: "\n ", with: " ").contains(phrase), "\(command): \(phrase)")
        }
    }
}

/// `actions` in `tandem export`, and `--since` for the unowned decisions.
@Suite struct ActionExportTests {
    @Test func actionsAreExportedAndNullWithoutTheDataSet() throws {
        let folder = try TemporaryFolder.workspace()
        let without = try TandemProcess.run(["export", folder.path])
        #expect(without.status == 0, "\(without)")
        #expect(try without.json()["actions"] is NSNull)

        let demo = try TandemProcess.run(["export"]).json()
        let actions = try #require(demo["actions"] as? [[String: Any]])
        #expect(actions.map { $0["id"] as? String } == ["A-001", "A-002", "A-003"])
        #expect(actions.map { $0["overdue"] as? Bool } == [false, true, false])
        #expect(actions[1]["links"] as? [String] == ["DOCK", "I-WMS"])
        #expect(actions[1]["owner"] as? String == "coo")
        #expect(actions[1]["due"] as? String == "2026-11-13")
        #expect(actions[1]["status"] as? String == "open")
    }

    /// A finding saved in a baseline that no action answers is an unowned decision, measured
    /// against the baseline --since names.
    @Test func exportTakesSince() throws {
        let folder = try TemporaryFolder.workspace([
            "actions.csv": DataSet.actions.header + "\nA-001,Fix it,cio,,2026-12-01,open,,2026-11-01,R1,\n"
        ])
        let saved = try TandemProcess.run(["baseline", "save", folder.path, "--as-of", "2026-11-01", "--name", "nov"])
        #expect(saved.status == 0, "\(saved)")
        let result = try TandemProcess.run(["export", folder.path, "--since", "nov"])
        #expect(result.status == 0, "\(result)")
        let findings = try #require(try result.json()["findings"] as? [[String: Any]])
        let unowned = findings.filter { $0["kind"] as? String == "unowned_decision" }
        #expect(!unowned.isEmpty)
        #expect(!unowned.contains { ($0["ids"] as? [String])?.contains("R1") == true })
        let missing = try TandemProcess.run(["export", folder.path, "--since", "nope"])
        #expect(missing.status == 2, "\(missing)")
    }
}
