import Foundation

/// Notices when workspace files change, by polling their modification times and sizes (cheap,
/// and works on every file system, unlike inotify on network shares).
struct FileWatcher {
    let paths: [String]
    private var signature: [String]

    init(paths: [String]) {
        self.paths = paths
        signature = Self.signature(of: paths)
    }

    /// True once for each change since the last call.
    mutating func changed() -> Bool {
        let now = Self.signature(of: paths)
        guard now != signature else { return false }
        signature = now
        return true
    }

    private static func signature(of paths: [String]) -> [String] {
        paths.map { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return "missing" }
            return "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_size):\(info.st_ino)"
        }
    }
}
