import Foundation
import Testing
@testable import TandemCore

@Suite struct AtomicFileTests {
    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func writesANewFileAndLeavesNoTemporaryFileBehind() throws {
        let folder = try TemporaryFolder()
        try AtomicFile.write("hello\n", to: folder.url("a.txt"), overwrite: false)
        #expect(read(folder.url("a.txt")) == "hello\n")
        #expect(try folder.contents() == ["a.txt"])
    }

    @Test func writtenFilesAreReadableByEveryone() throws {
        let folder = try TemporaryFolder()
        try AtomicFile.write("x", to: folder.url("a.txt"), overwrite: false)
        let permissions = try FileManager.default.attributesOfItem(atPath: folder.url("a.txt"))[.posixPermissions] as? Int
        #expect(permissions == 0o644)
    }

    @Test func writesAnEmptyFile() throws {
        let folder = try TemporaryFolder()
        try AtomicFile.write([UInt8](), to: folder.url("empty"), overwrite: false)
        #expect(read(folder.url("empty")) == "")
    }

    @Test func refusesToReplaceAnExistingFileUnlessAsked() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "mine")
        #expect(throws: AtomicFile.WriteError(path: folder.url("a.txt"), reason: "the file already exists (use --force to replace it)")) {
            try AtomicFile.write("theirs", to: folder.url("a.txt"), overwrite: false)
        }
        #expect(read(folder.url("a.txt")) == "mine")
        #expect(try folder.contents() == ["a.txt"])
    }

    @Test func replacesAnExistingFileWhenAsked() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "old and longer")
        try AtomicFile.write("new", to: folder.url("a.txt"), overwrite: true)
        #expect(read(folder.url("a.txt")) == "new")
        #expect(try folder.contents() == ["a.txt"])
    }

    @Test func replacesASymbolicLinkInsteadOfWritingThroughIt() throws {
        let folder = try TemporaryFolder()
        try folder.write("target.txt", "untouched")
        try FileManager.default.createSymbolicLink(atPath: folder.url("link.txt"), withDestinationPath: folder.url("target.txt"))
        try AtomicFile.write("new", to: folder.url("link.txt"), overwrite: true)
        #expect(read(folder.url("target.txt")) == "untouched")
        #expect(read(folder.url("link.txt")) == "new")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder.url("link.txt"))) == nil)
    }

    @Test func aDanglingLinkCountsAsAnExistingName() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.url("link"), withDestinationPath: folder.url("nowhere"))
        #expect(AtomicFile.exists(folder.url("link")))
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write("x", to: folder.url("link"), overwrite: false)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url("nowhere")))
    }

    @Test func saysSoWhenTheFolderDoesNotExist() throws {
        let folder = try TemporaryFolder()
        let path = folder.url("missing/a.txt")
        #expect(throws: AtomicFile.WriteError(path: path, reason: "the folder does not exist")) {
            try AtomicFile.write("x", to: path, overwrite: false)
        }
    }

    @Test func theErrorNamesThePathAndTheReason() {
        #expect(AtomicFile.WriteError(path: "/x/a.csv", reason: "the disk is full").description == "cannot write /x/a.csv: the disk is full")
    }

    @Test func existsIsFalseForNothing() throws {
        let folder = try TemporaryFolder()
        #expect(!AtomicFile.exists(folder.url("nothing")))
        #expect(AtomicFile.exists(folder.path))
    }
}
