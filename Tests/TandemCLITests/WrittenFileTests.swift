import Foundation
import TandemTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What the files Tandem writes look like on disk: the mode the user's umask asks for, a replaced
/// file's own mode kept, nothing but a regular file or a link ever replaced, and baselines only
/// inside the workspace.
@Suite struct WrittenFileTests {
    static func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    /// Runs the binary under `umask 077` (through the shell, which sets it for the process).
    static func runPrivately(_ arguments: [String], in folder: TemporaryFolder) throws -> RunResult {
        let binary = try #require(TandemProcess.binary)
        return try TandemProcess.run(
            ["-c", "umask 077 && exec \"$0\" \"$@\"", binary] + arguments, in: folder.path, binary: "/bin/sh")
    }

    @Test func newFilesFollowTheUmask() throws {
        let folder = try TemporaryFolder.workspace()
        for arguments in [
            ["snapshot", ".", "-o", "screen.txt"], ["brief", ".", "-o", "brief.md"], ["export", ".", "-o", "all.json"],
            ["baseline", "save", "."],
        ] {
            let result = try Self.runPrivately(arguments, in: folder)
            #expect(result.status == 0, "\(arguments): \(result)")
        }
        for file in ["screen.txt", "brief.md", "all.json", ".tandem/baselines/2026-11-20.json"] {
            #expect(Self.mode(folder.url(file)) == 0o600, "\(file)")
        }
    }

    @Test func aReplacedFileKeepsItsMode() throws {
        let folder = try TemporaryFolder.workspace()
        try folder.write("notes.txt", "private")
        try #require(chmod(folder.url("notes.txt"), 0o600) == 0)
        for command in ["snapshot", "brief", "export"] {
            let result = try TandemProcess.run([command, folder.path, "-o", folder.url("notes.txt"), "--force"])
            #expect(result.status == 0, "\(result)")
            #expect(Self.mode(folder.url("notes.txt")) == 0o600, "\(command)")
        }
        #expect(folder.read("notes.txt") != "private")
    }

    @Test func aFIFOIsNotReplacedEvenWithForce() throws {
        let folder = try TemporaryFolder()
        try #require(mkfifo(folder.url("pipe"), 0o644) == 0)
        for command in ["snapshot", "brief", "export"] {
            let result = try TandemProcess.run([command, "-o", folder.url("pipe"), "--force"], timeout: 30)
            #expect(result.status == 1, "\(result)")
            #expect(
                result.stderr
                    == "tandem: cannot write \(folder.url("pipe")): it is not a regular file (a FIFO); Tandem only "
                    + "replaces files\n",
                "\(result)")
        }
        var info = stat()
        #expect(lstat(folder.url("pipe"), &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try folder.contents() == ["pipe"])
    }

    /// A device node like /dev/null, made in a temporary folder: as root, `-o /dev/null --force`
    /// replaced /dev/null with a file.
    @Test(.enabled(if: getuid() == 0, "needs root to make a device node"))
    func aDeviceIsNotReplacedEvenWithForce() throws {
        let folder = try TemporaryFolder()
        // 0x0103 is makedev(1, 3), /dev/null's numbers (glibc's makedev is a macro Swift cannot call).
        try #require(mknod(folder.url("null"), S_IFCHR | 0o666, dev_t(0x0103)) == 0)
        let result = try TandemProcess.run(["snapshot", "-o", folder.url("null"), "--force"])
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stderr
                == "tandem: cannot write \(folder.url("null")): it is not a regular file (a character device); "
                + "Tandem only replaces files\n",
            "\(result)")
        var info = stat()
        #expect(lstat(folder.url("null"), &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(try folder.contents() == ["null"])
    }

    @Test func baselinesAreNotWrittenThroughALinkedFolder() throws {
        let outside = try TemporaryFolder()
        for linked in [".tandem", ".tandem/baselines"] {
            let folder = try TemporaryFolder.workspace()
            if linked == ".tandem/baselines" {
                try FileManager.default.createDirectory(
                    atPath: folder.url(".tandem"), withIntermediateDirectories: false)
            }
            try FileManager.default.createSymbolicLink(atPath: folder.url(linked), withDestinationPath: outside.path)
            let result = try TandemProcess.run(["baseline", "save", folder.path, "--force"])
            #expect(result.status == 1, "\(result)")
            #expect(
                result.stderr.hasPrefix(
                    "tandem: cannot write \(folder.url(linked)): \(linked) is a symbolic link; Tandem keeps "
                        + "baselines only inside the workspace folder"
                ),
                "\(result)")
            #expect(try outside.contents() == [], "\(linked)")
        }
    }

    @Test func baselinesAreStillSavedInAFolderOfTheirOwn() throws {
        let folder = try TemporaryFolder.workspace()
        #expect(try TandemProcess.run(["baseline", "save", folder.path]).status == 0)
        #expect(try TandemProcess.run(["baseline", "save", folder.path, "--name", "again"]).status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url(".tandem/baselines")).sorted() == [
                "2026-11-20.json", "again.json",
            ])
    }
}
