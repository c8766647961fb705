import Foundation
import TandemTestSupport
import Testing

/// `tandem init DIR`: writes the demo workspace as files to edit, and never replaces a file.
@Suite struct InitCommandTests {
    private static let files = [
        "actions.csv", "initiatives.csv", "kpis.csv", "measurements.csv", "milestones.csv", "risks.csv",
        "tandem.toml",
    ]

    @Test func writesTheDemoIntoANewFolderWhichThenValidatesClean() throws {
        let parent = try TemporaryFolder()
        let target = parent.url("kestrel")
        let result = try TandemProcess.run(["init", target])
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout.hasPrefix(
                "Wrote the demo workspace to \(target). Edit the files, then run: tandem \(target)\n"
                    + "Its figures are computed as of 2026-11-20 (as_of in tandem.toml): remove that line to follow "
                    + "today's date.\n"
            ))
        #expect(try FileManager.default.contentsOfDirectory(atPath: target).sorted() == Self.files)

        let validated = try TandemProcess.run(["validate", target])
        #expect(validated.status == 0, "\(validated)")
        #expect(validated.stdout.hasPrefix("OK: Kestrel Freight: 20 KPIs"))
        #expect(!validated.stdout.contains("built-in demo"))
    }

    @Test func theWrittenFilesExportLikeTheBuiltInDemo() throws {
        let parent = try TemporaryFolder()
        let target = parent.url("demo")
        #expect(try TandemProcess.run(["init", target]).status == 0)
        var fromFiles = try TandemProcess.run(["export", target]).json()
        var builtIn = try TandemProcess.run(["export"]).json()
        // The demo compares with its previous meeting; the new folder has no baseline yet, so no
        // finding of it can be an unowned decision.
        builtIn["findings"] = (builtIn["findings"] as? [[String: Any]])?.filter {
            $0["kind"] as? String != "unowned_decision"
        }
        #expect(fromFiles["demo"] as? Bool == false)
        #expect(builtIn["demo"] as? Bool == true)
        fromFiles["demo"] = nil
        builtIn["demo"] = nil
        #expect(NSDictionary(dictionary: fromFiles) == NSDictionary(dictionary: builtIn))
    }

    @Test func writesIntoAnEmptyFolderThatExists() throws {
        let folder = try TemporaryFolder()
        let result = try TandemProcess.run(["init", folder.path])
        #expect(result.status == 0, "\(result)")
        #expect(try folder.contents() == Self.files)
    }

    @Test func createsMissingParentFolders() throws {
        let parent = try TemporaryFolder()
        let target = parent.url("a/b/c")
        #expect(try TandemProcess.run(["init", target]).status == 0)
        #expect(FileManager.default.fileExists(atPath: target + "/tandem.toml"))
    }

    @Test func filesEndWithANewline() throws {
        let folder = try TemporaryFolder()
        #expect(try TandemProcess.run(["init", folder.path]).status == 0)
        for name in Self.files {
            #expect(folder.read(name)?.hasSuffix("\n") == true, "\(name)")
        }
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let folder = try TemporaryFolder()
        try folder.write("kpis.csv", "mine\n")
        let result = try TandemProcess.run(["init", folder.path])
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stderr
                == "tandem: \(folder.path) is not empty (1 entry inside); expected a new or empty folder, so that "
                + "no file is replaced\n"
        )
        #expect(try folder.contents() == ["kpis.csv"])
        #expect(folder.read("kpis.csv") == "mine\n")
    }

    @Test func refusesAFolderHoldingOnlyAHiddenFile() throws {
        let folder = try TemporaryFolder()
        try folder.write(".git", "x")
        let result = try TandemProcess.run(["init", folder.path])
        #expect(result.status == 1, "\(result)")
        #expect(try folder.contents() == [".git"])
    }

    @Test func refusesAPathThatIsAFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes.txt", "x")
        let result = try TandemProcess.run(["init", folder.url("notes.txt")])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "tandem: \(folder.url("notes.txt")) is a file; expected a new or empty folder\n")
        #expect(folder.read("notes.txt") == "x")
    }

    @Test func needsAFolder() throws {
        let result = try TandemProcess.run(["init"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("Missing expected argument '<dir>'"))
    }
}
