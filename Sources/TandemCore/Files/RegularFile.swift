#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way Tandem reads a file: only a regular file, at most `maximumSize` bytes. A FIFO
/// would block the read forever and a device such as /dev/zero never ends, so what a name points
/// to is checked on the opened descriptor (no window between a check and the open), and the read
/// stops at the limit whatever the file claims its size to be.
public enum RegularFile {
    /// The most Tandem reads of one file: far above any real workspace (a 2,000-KPI workspace
    /// with 500 measurements each is 40 MB), far below what would exhaust the machine.
    public static let maximumSize = 1 << 30
    /// `maximumSize` as messages say it.
    public static let maximumSizeText = "1 GiB"

    /// Why a file could not be read; `description` completes "FILE …".
    public enum ReadError: Error, Equatable, CustomStringConvertible, Sendable {
        /// Nothing has the name.
        case missing
        /// A symbolic link whose target does not exist.
        case danglingLink(target: String)
        /// A folder, FIFO, device or socket: `kind` says which.
        case notRegular(kind: String)
        case tooLarge
        case unreadable(reason: String)

        public var description: String {
            switch self {
            case .missing: "is missing"
            case .danglingLink(let target):
                "is a symbolic link to \(TextSanitizer.visible(target)), which is missing; expected a file"
            case .notRegular(let kind) where kind == "a folder": "is a folder; expected a file"
            case .notRegular(let kind): "is not a regular file (\(kind)); expected a file"
            case .tooLarge: "is larger than \(maximumSizeText), the most Tandem reads"
            case .unreadable(let reason): "cannot be read: \(reason)"
            }
        }
    }

    /// The whole file, read straight into the array the CSV reader scans (no Data in between).
    /// - Parameter limit: the most bytes to accept; a longer file is `tooLarge`.
    public static func read(_ path: String, limit: Int = maximumSize) throws(ReadError) -> [UInt8] {
        let descriptor = try open(path)
        defer { close(descriptor) }
        return try readAll(descriptor, limit: limit)
    }

    /// At most the first `count` bytes of the file (all of a shorter one).
    public static func head(_ path: String, count: Int) throws(ReadError) -> [UInt8] {
        let descriptor = try open(path)
        defer { close(descriptor) }
        return try readChunk(descriptor, capacity: count)
    }

    /// Opens a regular file for reading. O_NONBLOCK makes opening a FIFO return at once instead
    /// of waiting for a writer; it is cleared once the descriptor is known to be a regular file.
    private static func open(_ path: String) throws(ReadError) -> Int32 {
        let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            throw .unreadable(reason: reason(code))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw .notRegular(kind: kind(info.st_mode))
        }
        if info.st_size > maximumSize {
            close(descriptor)
            throw .tooLarge
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return descriptor
    }

    /// Reads to the end in chunks: the first one the size fstat gave (plus one byte, so the read
    /// that finds the end needs no second buffer), then more if the file grows meanwhile, up to
    /// `limit`.
    private static func readAll(_ descriptor: Int32, limit: Int) throws(ReadError) -> [UInt8] {
        var info = stat()
        _ = fstat(descriptor, &info)
        var capacity = min(Int(info.st_size), limit) + 1
        var result: [UInt8] = []
        while true {
            // Only the chunk sized from fstat is faulted in at once: a later one may stay mostly empty.
            let chunk = try readChunk(descriptor, capacity: capacity, prefaulted: result.isEmpty)
            if result.isEmpty { result = chunk } else { result += chunk }
            if result.count > limit { throw .tooLarge }
            if chunk.count < capacity { return result }
            capacity = min(max(65536, capacity), limit + 1 - result.count)
        }
    }

    /// Up to `capacity` bytes; fewer only at the end of the file. No zero-filling first.
    private static func readChunk(_ descriptor: Int32, capacity: Int, prefaulted: Bool = false) throws(ReadError)
        -> [UInt8]
    {
        var code: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            // A large buffer's pages asked for before the read writes them: the kernel's copy of
            // the file otherwise stops at every page (22 MB read in 11.6 ms, now 8.6).
            if prefaulted { Pages.fault(buffer) }
            while count < buffer.count {
                let read = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read < 0, errno == EINTR { continue }
                if read < 0 { code = errno }
                if read <= 0 { return }
                count += read
            }
        }
        if code != 0 { throw .unreadable(reason: reason(code)) }
        return chunk
    }

    /// Why open failed: a missing name, a dangling link (named, so the user sees where it
    /// points), a socket (which cannot be opened at all), or the system's reason.
    private static func failure(_ path: String, _ code: Int32) -> ReadError {
        var info = stat()
        switch code {
        case ENOENT where lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK:
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(path, &target, target.count - 1)
            let text =
                length >= 0 ? String(decoding: target[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
            return .danglingLink(target: text)
        case ENOENT: return .missing
        case ENXIO where stat(path, &info) == 0 || lstat(path, &info) == 0:
            return .notRegular(kind: kind(info.st_mode))  // what a link leads to
        default: return .unreadable(reason: reason(code))
        }
    }

    /// What a file that is not a regular one is, for messages.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        case S_IFREG: "a file"
        default: "of an unknown kind"
        }
    }

    /// An errno in words, as messages say it.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "the disk is full"
        case EROFS: "the file system is read-only"
        case EACCES, EPERM: "permission denied"
        case ENOENT: "the folder does not exist"
        case EISDIR: "it is a folder"
        case EDQUOT: "the disk quota is exceeded"
        default: String(cString: strerror(code))
        }
    }

    private static func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
        #if canImport(Glibc)
            Glibc.open(path, flags)
        #else
            Darwin.open(path, flags)
        #endif
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, buffer, count)
        #else
            Darwin.read(descriptor, buffer, count)
        #endif
    }
}
