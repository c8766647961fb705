#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Notices when workspace files change, by polling their modification times and sizes (cheap,
/// and works on every file system, unlike inotify on network shares), and says when a change has
/// settled: a file rewritten in place is half written for a while, and a folder of files is
/// rewritten one file at a time. Only a set of files that held still across two polls is worth
/// reading.
struct FileWatcher {
    typealias Signature = [String]

    enum Poll: Equatable {
        /// As on screen.
        case unchanged
        /// Different from what is on screen and still moving since the last poll.
        case changing
        /// Different from what is on screen, and the same as at the last poll.
        case settled(Signature)
    }

    let paths: [String]
    /// The files as they were when the data on screen was read.
    private var accepted: Signature
    private var lastSeen: Signature

    init(paths: [String]) {
        self.paths = paths
        accepted = Self.signature(of: paths)
        lastSeen = accepted
    }

    /// The files as they are now.
    var current: Signature { Self.signature(of: paths) }

    mutating func poll() -> Poll {
        let now = current
        defer { lastSeen = now }
        if now == accepted { return .unchanged }
        return now == lastSeen ? .settled(now) : .changing
    }

    /// The data on screen was read from the files as they were at `signature`.
    mutating func accept(_ signature: Signature) { accepted = signature }

    private static func signature(of paths: [String]) -> Signature {
        paths.map { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return "missing" }
            return "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_size):\(info.st_ino)"
        }
    }
}
