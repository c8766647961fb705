import Foundation
import TandemTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Writes on a full disk and a read-only one: a clear error naming the file and the reason, exit
/// status 1, no temporary file left behind and the user's files untouched. Real small file
/// systems (tmpfs) where this machine lets the tests mount them, i.e. when they run as root.
/// Small tmpfs file systems mounted on temporary folders.
enum SmallDisk {
    static let canMount: Bool = {
        guard getuid() == 0, let folder = try? TemporaryFolder() else { return false }
        let mounted = (try? mount(folder.path, options: "size=16k")) == true
        if mounted { _ = try? TandemProcess.run([folder.path], binary: "/bin/umount") }
        return mounted
    }()

    @discardableResult
    static func mount(_ path: String, options: String) throws -> Bool {
        try TandemProcess.run(["-t", "tmpfs", "-o", options, "tmpfs", path], binary: "/bin/mount").status == 0
    }
}

@Suite(.serialized, .enabled(if: SmallDisk.canMount, "needs root to mount a small tmpfs"))
struct DiskErrorTests {
    /// A folder with a small file system mounted on it for the length of `body`.
    static func withMounted(_ options: String, _ body: (String) throws -> Void) throws {
        let folder = try TemporaryFolder()
        try #require(try SmallDisk.mount(folder.path, options: options))
        defer { _ = try? TandemProcess.run([folder.path], binary: "/bin/umount") }
        try body(folder.path)
    }

    @Test func aFullDiskIsReportedAndLeavesNothingBehind() throws {
        try Self.withMounted("size=8k") { path in
            try Data("keep me".utf8).write(to: URL(fileURLWithPath: path + "/notes.txt"))
            for arguments in [
                ["snapshot", "--pane", "all", "--size", "200x60", "-o", path + "/notes.txt", "--force"],
                ["brief", "--format", "text", "-o", path + "/brief.txt"],
            ] {
                let result = try TandemProcess.run(arguments)
                let target = arguments.last == "--force" ? arguments[arguments.count - 2] : arguments.last!
                #expect(result.status == 1, "\(result)")
                #expect(result.stderr == "tandem: cannot write \(target): the disk is full\n", "\(result)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["notes.txt"])
            #expect(try String(contentsOfFile: path + "/notes.txt", encoding: .utf8) == "keep me")
        }
    }

    @Test func aReadOnlyDiskIsReported() throws {
        try Self.withMounted("ro,size=16k") { path in
            let result = try TandemProcess.run(["snapshot", "-o", path + "/notes.txt"])
            #expect(result.status == 1)
            #expect(
                result.stderr == "tandem: cannot write \(path)/notes.txt: the file system is read-only\n", "\(result)")
        }
    }

    @Test func aBaselineOnAFullDiskIsNotHalfWritten() throws {
        try Self.withMounted("size=40k") { path in
            #expect(try TandemProcess.run(["init", path + "/w"]).status == 0)
            // Fill what is left, so the baseline cannot fit.
            let filler = path + "/filler"
            #expect(FileManager.default.createFile(atPath: filler, contents: nil))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: filler))
            while (try? handle.write(contentsOf: Data(count: 1024))) != nil {}
            try? handle.close()
            let result = try TandemProcess.run(["baseline", "save", path + "/w"])
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.hasSuffix(".tandem/baselines/2026-11-20.json: the disk is full\n"), "\(result)")
            let baselines = (try? FileManager.default.contentsOfDirectory(atPath: path + "/w/.tandem/baselines")) ?? []
            #expect(baselines.isEmpty, "\(baselines)")
        }
    }
}
