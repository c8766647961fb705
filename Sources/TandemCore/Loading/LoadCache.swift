#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// What one load read, kept for the next by the dashboard: a reload after one file changed reads
/// that file again (and the data sets that depend on it) and replays the rest as it was.
///
/// A data set read last time is reused when the manifest's bytes are the same, its file is the
/// same (`FileIdentity`), every data set it depends on was reused too, and it was read whole: a
/// missing, untrusted or unreadable data set is read again every time. A file is not kept when
/// it was written within `racyWindow` of being read, as git does: a second write within the
/// filesystem's timestamp granularity could leave its identity as it was.
///
/// A load takes the last load's steps at its start and leaves its own at its end, under a lock;
/// the dashboard runs one load at a time, so each load starts from the one before it.
public final class LoadCache: @unchecked Sendable {
    /// Seconds after its last change within which a file read is not kept.
    public static let racyWindow = 2.0

    private let lock = Lock()
    private var last: Snapshot?
    private let now: @Sendable () -> Date

    /// - Parameter now: the clock, read when a file has been read (the engine reads none of its own).
    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// One load's data sets, for the manifest they were read under.
    struct Snapshot {
        let origin: WorkspaceOrigin
        let manifest: [UInt8]
        var steps: [DataSet: Step] = [:]
    }

    /// A data set as read: what it gave its load and added to the diagnostics, and from which file.
    struct Step {
        let value: any Sendable
        /// Marked with their data set and sheet already.
        let diagnostics: [Diagnostic]
        /// As the source names it: what the reader records in `fileNames` and `sourceFiles`.
        let file: String
        let identity: FileIdentity
    }

    /// The steps of the last load when it read the same manifest of the same workspace; none otherwise.
    func steps(origin: WorkspaceOrigin, manifest: [UInt8]) -> [DataSet: Step] {
        lock.withLock {
            guard let last, last.origin == origin, last.manifest == manifest else { return [:] }
            return last.steps
        }
    }

    func keep(_ snapshot: Snapshot) { lock.withLock { last = snapshot } }

    /// The identity of a file just read, unless it changed so recently that a second write within
    /// the same tick of its timestamps would leave it as it is.
    func settled(_ identity: FileIdentity) -> FileIdentity? {
        identity.modified.seconds < now().timeIntervalSince1970 - Self.racyWindow ? identity : nil
    }
}

/// A file as `stat` describes it: which file it is (device and inode, links followed) and its
/// size and times of change, to the nanosecond. The same identity means the same bytes, unless
/// the file was written twice within its timestamps' granularity (see `LoadCache.racyWindow`).
public struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: Instant
    let changed: Instant

    struct Instant: Equatable {
        let whole: Int
        let nanoseconds: Int

        var seconds: Double { Double(whole) + Double(nanoseconds) / 1e9 }
    }

    /// Of the file at `path`; nil when it cannot be read.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
            let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        self.modified = Instant(whole: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec))
        self.changed = Instant(whole: Int(changed.tv_sec), nanoseconds: Int(changed.tv_nsec))
    }
}

extension WorkspaceFiles {
    public func identity(of name: String) -> FileIdentity? { nil }
}

extension FolderFiles {
    public func identity(of name: String) -> FileIdentity? { FileIdentity(path: full(name)) }
}
