#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on a small file beside the one being edited, held for one
/// read-modify-write. The edited file itself cannot carry the lock: every atomic write replaces
/// it with a new file, so a second writer waiting on the old one would then hold a lock nobody
/// else sees. The lock file is never replaced, only created once and left in place (removing it
/// would let two writers lock two different files of the same name).
enum FileLock {
    /// Runs `body` while holding the lock; it is released when `body` returns or throws, and by
    /// the system if the process dies.
    static func exclusive<T>(
        _ path: String, file: String, _ body: () throws(ActionFileError) -> T
    ) throws(ActionFileError) -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard descriptor >= 0 else {
            let code = errno
            if code == EACCES || code == EROFS || code == EPERM { throw .readOnly(file: file) }
            throw .cannotWrite(file: file, reason: "cannot lock it: \(RegularFile.reason(code))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw .cannotWrite(file: file, reason: "cannot lock it: \(RegularFile.reason(errno))")
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
