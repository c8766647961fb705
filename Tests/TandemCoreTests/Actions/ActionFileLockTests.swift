import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

#if canImport(Glibc)
    import Glibc
#endif

/// Writers that do not wait for ever on a lock, and saves that land between the read and the
/// write: nothing hangs and no edit is lost.
@Suite struct ActionFileLockTests {
    private func action(_ title: String = "New") throws -> NewAction {
        try NewAction(title: title, owner: "cio", due: "2026-12-05", asOf: asOf, known: [])
    }

    /// Holds the workspace's lock, as another writer would, until `release` is called.
    private func holdLock(_ folder: TemporaryFolder) throws -> Int32 {
        let descriptor = open(folder.url(".actions.csv.lock"), O_RDWR | O_CREAT, 0o666)
        try #require(descriptor >= 0)
        try #require(flock(descriptor, LOCK_EX) == 0)
        return descriptor
    }

    @Test func aLockHeldTooLongIsSaidSoAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        let descriptor = try holdLock(folder)
        defer { close(descriptor) }
        var file = ActionFile(workspace: folder.path)
        file.lockTimeout = .milliseconds(200)
        let start = ContinuousClock.now
        #expect(throws: ActionFileError.locked(file: "actions.csv", lock: ".actions.csv.lock")) {
            try file.add(action())
        }
        #expect(ContinuousClock.now - start < .seconds(3))
        #expect(folder.read("actions.csv") == nil)
        #expect(
            ActionFileError.locked(file: "actions.csv", lock: ".actions.csv.lock").description
                == "actions.csv is locked by another writer (.actions.csv.lock); nothing was written, try again")
    }

    @Test func aLockReleasedInTimeIsTaken() throws {
        let folder = try TemporaryFolder()
        let descriptor = try holdLock(folder)
        let release = Thread {
            usleep(150_000)
            close(descriptor)
        }
        release.start()
        #expect(try ActionFile(workspace: folder.path).add(action()) == "A-001")
    }

    /// A lock file another user made cannot be opened for writing; flock works on it read-only.
    /// (As root every open succeeds, so this reaches the fallback only as another user: the
    /// command line tests run that case.)
    @Test func aReadOnlyLockFileStillLocks() throws {
        let folder = try TemporaryFolder()
        try folder.write(".actions.csv.lock", "")
        #expect(chmod(folder.url(".actions.csv.lock"), 0o444) == 0)
        #expect(try ActionFile(workspace: folder.path).add(action()) == "A-001")
    }

    /// A spreadsheet saves (without the lock) after Tandem read the file and before it replaces
    /// it: the save is seen, the row is added again to what it saved, and both stay.
    @Test func aSaveBetweenTheReadAndTheReplaceIsKept() throws {
        let folder = try TemporaryFolder()
        let first = DataSet.actions.header + "\nA-001,Old,cio,,,open,,,,\n"
        try folder.write("actions.csv", first)
        let saved = first + "A-004,Typed in a spreadsheet,coo,,,open,,,,\n"
        let path = folder.url("actions.csv")
        var file = ActionFile(workspace: folder.path)
        file.beforeReplacing = { attempt in
            if attempt == 0 { try? Data(saved.utf8).write(to: URL(fileURLWithPath: path)) }
        }
        #expect(try file.add(action()) == "A-005")
        #expect(folder.read("actions.csv") == saved + "A-005,New,cio,,2026-12-05,open,,2026-11-20,,\n")
    }

    /// A file saved at every try is given up on after a few, and what was saved last stays.
    @Test func aFileThatKeepsChangingIsGivenUpOnWithoutLosingTheSave() throws {
        let folder = try TemporaryFolder()
        try folder.write("actions.csv", DataSet.actions.header + "\n")
        let path = folder.url("actions.csv")
        var file = ActionFile(workspace: folder.path)
        file.beforeReplacing = { attempt in
            // A longer file each time: two saves within one clock tick may share a modification time.
            let text =
                DataSet.actions.header + "\nA-00\(attempt + 1),Saved\(String(repeating: "!", count: attempt)),coo\n"
            try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        #expect(throws: ActionFileError.keptChanging(file: "actions.csv")) { try file.add(action()) }
        let last = ActionFile.attempts - 1
        #expect(
            folder.read("actions.csv")
                == DataSet.actions.header + "\nA-00\(last + 1),Saved\(String(repeating: "!", count: last)),coo\n")
    }
}
