#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files the safe way: into a temporary file in the same folder, flushed to disk, then
/// moved into place in one step. A reader never sees half a file, a crash never leaves one, and
/// an existing file is replaced only when asked (a symbolic link is replaced, never followed; a
/// FIFO, device or folder never).
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public let path: String
        public let reason: String
        public var description: String { "cannot write \(TextSanitizer.visible(path)): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// - Parameter overwrite: replace an existing file; without it an existing file is an error.
    /// - Throws: `WriteError` naming the file and the reason (exists, permission, disk full, …).
    public static func write(_ bytes: some Collection<UInt8>, to path: String, overwrite: Bool) throws(WriteError) {
        _ = try write(bytes, to: path, overwrite: overwrite) { true }
    }

    /// As `write`, but asks `stillCurrent` at the last moment, with the new file ready beside the
    /// old: false leaves everything as it was, so a writer can redo its edit on a file something
    /// else saved meanwhile.
    /// - Returns: false when `stillCurrent` said no (nothing was written).
    static func write(
        _ bytes: some Collection<UInt8>, to path: String, overwrite: Bool, stillCurrent: () -> Bool
    ) throws(WriteError) -> Bool {
        // Only a regular file or a link is ever replaced: renaming over a FIFO or a device (as
        // root, /dev/null) would swap it for a file. Checked before anything is created.
        var existing = stat()
        let found = lstat(path, &existing) == 0
        let type = existing.st_mode & S_IFMT
        if found, type != S_IFREG, type != S_IFLNK {
            throw WriteError(
                path: path,
                reason: "it is not a regular file (\(RegularFile.kind(existing.st_mode))); Tandem only replaces files")
        }
        let (folder, name) = split(path)
        var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path, errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var finished = false
        defer { if !finished { unlink(temporary) } }

        let data = Array(bytes)
        var written = 0
        while written < data.count {
            let result = data.withUnsafeBytes {
                systemWrite(descriptor, $0.baseAddress! + written, data.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw failure(path, code)
            }
            written += result
        }
        // mkstemp made it 0600: a new file gets the mode the user's umask asks for, a replaced
        // file keeps its own (a private 0600 file stays private).
        if found, type == S_IFREG {
            fchmod(descriptor, existing.st_mode & 0o777)
            if getuid() == 0 { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
        } else {
            fchmod(descriptor, newFileMode)
        }
        if fsync(descriptor) != 0 || close(descriptor) != 0 { throw failure(path, errno) }
        guard stillCurrent() else { return false }

        if overwrite {
            guard rename(temporary, path) == 0 else { throw failure(path, errno) }
        } else {
            // link() refuses an existing name atomically, so no other writer can slip in between.
            if link(temporary, path) != 0 {
                let code = errno
                if code == EEXIST {
                    throw WriteError(path: path, reason: "the file already exists (use --force to replace it)")
                }
                guard exists(path) == false, rename(temporary, path) == 0 else { throw failure(path, code) }
                finished = true
                return true
            }
            unlink(temporary)
        }
        finished = true
        return true
    }

    /// The folder a path is in (`.` for a bare name, `/` at the root) and its last component:
    /// where files written beside it go.
    static func split(_ path: String) -> (folder: String, name: String) {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        return (folder.isEmpty ? "/" : folder, path.split(separator: "/").last.map(String.init) ?? path)
    }

    public static func write(_ text: String, to path: String, overwrite: Bool) throws(WriteError) {
        try write(Array(text.utf8), to: path, overwrite: overwrite)
    }

    /// 0666 less the umask, as open(2) would give a new file. The umask can only be read by
    /// setting it, so it is set and put back once, at the first write.
    static let newFileMode: mode_t = {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }()

    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, buffer, count)
        #else
            Darwin.write(descriptor, buffer, count)
        #endif
    }

    /// True when something (a file, a folder or a link, even a dangling one) has this name.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private static func failure(_ path: String, _ code: Int32) -> WriteError {
        WriteError(
            path: path,
            reason: code == EEXIST ? "the file already exists (use --force to replace it)" : RegularFile.reason(code))
    }
}
