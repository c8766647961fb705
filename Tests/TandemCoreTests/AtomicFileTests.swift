import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

#if canImport(Glibc)
    import Glibc
#endif

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

    private func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    /// As open(2) would make it: 0666 less the umask (`UmaskTests` runs the binary under 077).
    @Test func aNewFileGetsTheModeTheUmaskAsks() throws {
        let folder = try TemporaryFolder()
        try AtomicFile.write("x", to: folder.url("a.txt"), overwrite: false)
        let mask = umask(0o022)
        umask(mask)
        #expect(try mode(folder.url("a.txt")) == Int(0o666 & ~mask))
    }

    @Test func aReplacedFileKeepsItsMode() throws {
        let folder = try TemporaryFolder()
        for kept in [0o600, 0o640, 0o664] {
            try folder.write("a.txt", "private")
            try #require(chmod(folder.url("a.txt"), mode_t(kept)) == 0)
            try AtomicFile.write("new", to: folder.url("a.txt"), overwrite: true)
            #expect(read(folder.url("a.txt")) == "new")
            #expect(try mode(folder.url("a.txt")) == kept)
        }
    }

    @Test func aFIFOIsNeverReplaced() throws {
        let folder = try TemporaryFolder()
        try #require(mkfifo(folder.url("pipe"), 0o644) == 0)
        for overwrite in [false, true] {
            #expect(
                throws: AtomicFile.WriteError(
                    path: folder.url("pipe"), reason: "it is not a regular file (a FIFO); Tandem only replaces files")
            ) {
                try AtomicFile.write("x", to: folder.url("pipe"), overwrite: overwrite)
            }
        }
        var info = stat()
        #expect(lstat(folder.url("pipe"), &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try folder.contents() == ["pipe"])
    }

    @Test func aFolderIsNeverReplaced() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.url("sub"), withIntermediateDirectories: false)
        #expect(
            throws: AtomicFile.WriteError(
                path: folder.url("sub"), reason: "it is not a regular file (a folder); Tandem only replaces files")
        ) {
            try AtomicFile.write("x", to: folder.url("sub"), overwrite: true)
        }
    }

    /// A copy of /dev/null made in a temporary folder: as root, --force replaced the device.
    @Test(.enabled(if: getuid() == 0, "needs root to make a device node"))
    func aDeviceIsNeverReplaced() throws {
        let folder = try TemporaryFolder()
        // 0x0103 is makedev(1, 3), /dev/null's numbers (glibc's makedev is a macro Swift cannot call).
        try #require(mknod(folder.url("null"), S_IFCHR | 0o666, dev_t(0x0103)) == 0)
        #expect(
            throws: AtomicFile.WriteError(
                path: folder.url("null"),
                reason: "it is not a regular file (a character device); Tandem only replaces files")
        ) {
            try AtomicFile.write("x", to: folder.url("null"), overwrite: true)
        }
        var info = stat()
        #expect(lstat(folder.url("null"), &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(try folder.contents() == ["null"])
    }

    @Test func writesAnEmptyFile() throws {
        let folder = try TemporaryFolder()
        try AtomicFile.write([UInt8](), to: folder.url("empty"), overwrite: false)
        #expect(read(folder.url("empty")) == "")
    }

    @Test func refusesToReplaceAnExistingFileUnlessAsked() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "mine")
        #expect(
            throws: AtomicFile.WriteError(
                path: folder.url("a.txt"), reason: "the file already exists (use --force to replace it)")
        ) {
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
        try FileManager.default.createSymbolicLink(
            atPath: folder.url("link.txt"), withDestinationPath: folder.url("target.txt"))
        try AtomicFile.write("new", to: folder.url("link.txt"), overwrite: true)
        #expect(read(folder.url("target.txt")) == "untouched")
        #expect(read(folder.url("link.txt")) == "new")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder.url("link.txt"))) == nil)
    }

    @Test func aDanglingLinkCountsAsAnExistingName() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.url("link"), withDestinationPath: folder.url("nowhere"))
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
        #expect(
            AtomicFile.WriteError(path: "/x/a.csv", reason: "the disk is full").description
                == "cannot write /x/a.csv: the disk is full")
    }

    @Test func existsIsFalseForNothing() throws {
        let folder = try TemporaryFolder()
        #expect(!AtomicFile.exists(folder.url("nothing")))
        #expect(AtomicFile.exists(folder.path))
    }
}
