#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `.tandem/baselines` (or another folder in `.tandem`), made where it is missing, and only ever
/// inside the workspace folder: a `.tandem` that is a symbolic link (a shared or hostile checkout)
/// would have `baseline save` write wherever it points.
enum BaselineFolder {
    /// - Throws: when `.tandem` or `.tandem/FOLDER` is a link or not a folder, when it resolves
    ///   outside the workspace, or when it cannot be made.
    static func prepare(workspace: String, folder: String = "baselines") throws(AtomicFile.WriteError) {
        let root = workspace.hasSuffix("/") ? String(workspace.dropLast()) : workspace
        var path = root
        for part in [".tandem", folder] {
            path += "/" + part
            try makeFolder(path, named: String(path.dropFirst(root.count + 1)))
        }
        guard let inside = resolved(path), let top = resolved(root.isEmpty ? "/" : root),
            inside.hasPrefix(top == "/" ? "/" : top + "/")
        else {
            throw AtomicFile.WriteError(
                path: path, reason: "it resolves outside the workspace folder; Tandem keeps baselines only inside it")
        }
    }

    /// A folder of its own at `path`: made when missing, refused when a link or anything else.
    private static func makeFolder(_ path: String, named name: String) throws(AtomicFile.WriteError) {
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else { throw AtomicFile.WriteError(path: path, reason: RegularFile.reason(errno)) }
            if mkdir(path, 0o777) != 0, errno != EEXIST {
                throw AtomicFile.WriteError(path: path, reason: "cannot make the folder: \(RegularFile.reason(errno))")
            }
            guard lstat(path, &info) == 0 else {
                throw AtomicFile.WriteError(path: path, reason: RegularFile.reason(errno))
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return
        case S_IFLNK:
            throw AtomicFile.WriteError(
                path: path,
                reason:
                    "\(name) is a symbolic link; Tandem keeps baselines only inside the workspace folder "
                    + "(make \(name) a folder)"
            )
        default:
            throw AtomicFile.WriteError(
                path: path,
                reason: "\(name) is \(RegularFile.kind(info.st_mode)), not a folder; expected the folder of baselines")
        }
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
