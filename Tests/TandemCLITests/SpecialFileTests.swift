import Foundation
import TandemTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Files that never end or never open: a FIFO (opening it waits for a writer forever) and a link
/// to /dev/zero (reading it never ends) in place of a data file, a baseline or a theme. Each run
/// must end by itself with a message naming the file; the runner's short timeout kills a run that
/// hangs, so a regression fails instead of hanging the tests.
@Suite struct SpecialFileTests {
    /// Long enough for a slow, shared machine; a hang is forever.
    static let timeout = 30.0

    enum Special: CaseIterable {
        case fifo, zero

        /// Puts one at `path`, replacing what is there.
        func make(_ path: String) throws {
            try? FileManager.default.removeItem(atPath: path)
            switch self {
            case .fifo: try #require(mkfifo(path, 0o644) == 0)
            case .zero: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
            }
        }

        var kind: String { self == .fifo ? "a FIFO" : "a character device" }
    }

    @Test(arguments: Special.allCases, ["tandem.toml", "kpis.csv", "risks.csv", "milestones.csv"])
    func aSpecialDataFileIsRefusedByName(_ special: Special, name: String) throws {
        let folder = try TemporaryFolder.workspace()
        try special.make(folder.url(name))
        let notRegular = "\(name): is not a regular file (\(special.kind)); expected a file\n"
        // A data file linked out of the folder is refused before it is read: files outside the
        // folder need the user's trust (`tandem trust`).
        let reason = special == .zero && name != "tandem.toml" ? "\(name): is outside the workspace folder" : notRegular
        for command in ["validate", "snapshot", "brief", "export"] {
            let result = try TandemProcess.run([command, folder.path], timeout: Self.timeout)
            if name == "tandem.toml" {
                // No manifest, no workspace.
                #expect(result.status == 2, "\(command): \(result)")
                #expect(
                    result.stderr == "tandem: cannot load the workspace: \(folder.path)/\(reason)",
                    "\(command): \(result)")
            } else {
                // A data set that cannot be read is an error naming it; the rest of the workspace shows.
                #expect(result.status == (command == "validate" ? 1 : 0), "\(command): \(result)")
                if command == "validate" { #expect(result.stdout.contains("error: \(reason)"), "\(result)") }
            }
        }
    }

    @Test(arguments: Special.allCases)
    func aSpecialBaselineIsReportedAndSkipped(_ special: Special) throws {
        let folder = try TemporaryFolder.workspace()
        try FileManager.default.createDirectory(
            atPath: folder.url(".tandem/baselines"), withIntermediateDirectories: true)
        try special.make(folder.url(".tandem/baselines/old.json"))
        let message = ".tandem/baselines/old.json: is not a regular file (\(special.kind)); expected a file"

        let list = try TandemProcess.run(["baseline", "list", folder.path], timeout: Self.timeout)
        #expect(list.status == 1, "\(list)")
        #expect(list.stdout.contains("old   unreadable: \(message)"), "\(list)")

        for command in [["brief"], ["snapshot"]] {
            let result = try TandemProcess.run(command + [folder.path], timeout: Self.timeout)
            #expect(result.status == 0, "\(result)")
            #expect(
                result.stderr == "tandem: warning: cannot read baseline \(message); changes are not shown\n",
                "\(result)")
        }
        let named = try TandemProcess.run(["brief", folder.path, "--since", "old"], timeout: Self.timeout)
        #expect(named.status == 2, "\(named)")
        #expect(named.stderr == "tandem: cannot use the baseline: \(message)\n", "\(named)")
    }

    @Test(arguments: Special.allCases)
    func aSpecialThemeFileIsRefusedByName(_ special: Special) throws {
        let folder = try TemporaryFolder()
        try special.make(folder.url("mine.toml"))
        let result = try TandemProcess.run(["snapshot", "--theme", folder.url("mine.toml")], timeout: Self.timeout)
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderr
                == "tandem: --theme: theme file \(folder.url("mine.toml")) is not a regular file (\(special.kind)); "
                + "expected a file\n",
            "\(result)")
    }

    @Test(arguments: Special.allCases)
    func aSpecialFileAmongTheUsersThemesIsReportedAndSkipped(_ special: Special) throws {
        let config = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: config.url("tandem/themes"), withIntermediateDirectories: true)
        let path = config.url("tandem/themes/mine.toml")
        try special.make(path)
        let environment = ["XDG_CONFIG_HOME": config.path]
        let themes = try TandemProcess.run(["themes"], environment: environment, timeout: Self.timeout)
        #expect(themes.status == 0, "\(themes)")
        #expect(
            themes.stderr
                == "tandem: warning: cannot read theme \(path) is not a regular file (\(special.kind)); expected a "
                + "file\n",
            "\(themes)")
        // Other commands read the folder too, and still start.
        let snapshot = try TandemProcess.run(["snapshot"], environment: environment, timeout: Self.timeout)
        #expect(snapshot.status == 0, "\(snapshot)")
    }

    @Test func aDanglingLinkIsNamedWithItsTarget() throws {
        let folder = try TemporaryFolder.workspace()
        try FileManager.default.removeItem(atPath: folder.url("risks.csv"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.url("risks.csv"), withDestinationPath: "../shared/risks.csv")
        let result = try TandemProcess.run(["validate", folder.path], timeout: Self.timeout)
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.hasPrefix(
                "error: risks.csv: is a symbolic link to ../shared/risks.csv, which is missing; expected a file\n"),
            "\(result)")
    }

    @Test func aFileOverTheLimitIsRefusedWithoutReadingIt() throws {
        let folder = try TemporaryFolder.workspace()
        // Sparse: a size past 1 GiB costs no disk; the size alone refuses it.
        let descriptor = open(folder.url("measurements.csv"), O_WRONLY)
        try #require(descriptor >= 0)
        try #require(ftruncate(descriptor, (1 << 30) + 1) == 0)
        close(descriptor)
        let result = try TandemProcess.run(["validate", folder.path], timeout: Self.timeout)
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.hasPrefix("error: measurements.csv: is larger than 1 GiB, the most Tandem reads\n"),
            "\(result)")
    }
}
