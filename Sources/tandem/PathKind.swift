@preconcurrency import Glibc

/// What a path names, links followed, as FileManager's `fileExists(atPath:isDirectory:)` tells it:
/// its `isDirectory` is a `Bool` in FoundationEssentials but an `ObjCBool` in the full Foundation.
enum PathKind {
    case missing, folder, other

    init(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = .missing
            return
        }
        self = info.st_mode & S_IFMT == S_IFDIR ? .folder : .other
    }
}
