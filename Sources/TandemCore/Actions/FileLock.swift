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
    /// How long a writer waits for another to finish: an edit holds the lock for milliseconds, so
    /// a lock held this long belongs to a writer that is stuck, and waiting for ever would hang
    /// the meeting's screen with it.
    static let timeout: Duration = .seconds(5)

    /// Runs `body` while holding the lock; it is released when `body` returns or throws, and by
    /// the system if the process dies.
    /// - Parameter file: the edited file's name, for messages.
    static func exclusive<T>(
        _ path: String, file: String, timeout: Duration = timeout, _ body: () throws(ActionFileError) -> T
    ) throws(ActionFileError) -> T {
        let lockName = TextSanitizer.visible(path.split(separator: "/").last.map(String.init) ?? path)
        let descriptor = try open(path, file: file, lockName: lockName)
        defer { close(descriptor) }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                throw .cannotWrite(file: file, reason: "cannot lock it: \(RegularFile.reason(code))")
            }
            guard clock.now < deadline else { throw .locked(file: file, lock: lockName) }
            if code == EWOULDBLOCK { usleep(20_000) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// The lock file, created when there is none. One another user created is not writable for
    /// this one, but `flock` needs only a descriptor, so it is opened read-only instead.
    private static func open(_ path: String, file: String, lockName: String) throws(ActionFileError) -> Int32 {
        let descriptor = systemOpen(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o666)
        if descriptor >= 0 { return descriptor }
        let code = errno
        if code == EROFS { throw .readOnly(file: file) }
        guard code == EACCES || code == EPERM else {
            throw .cannotWrite(file: file, reason: "cannot lock it: \(RegularFile.reason(code))")
        }
        let readOnly = systemOpen(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0)
        if readOnly >= 0 { return readOnly }
        // No lock file, and none may be made: the folder is read-only, so the file cannot be
        // replaced in it either.
        if errno == ENOENT { throw .readOnly(file: file) }
        throw .lockUnavailable(file: file, lock: lockName, reason: RegularFile.reason(errno))
    }

    private static func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
        #if canImport(Glibc)
            Glibc.open(path, flags, mode)
        #else
            Darwin.open(path, flags, mode)
        #endif
    }
}
