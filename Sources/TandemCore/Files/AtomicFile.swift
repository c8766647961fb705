#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files the safe way: into a temporary file in the same folder, flushed to disk, then
/// moved into place in one step. A reader never sees half a file, a crash never leaves one, and
/// an existing file is replaced only when asked (a symbolic link is replaced, never followed).
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public let path: String
        public let reason: String
        public var description: String { "cannot write \(path): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// - Parameter overwrite: replace an existing file; without it an existing file is an error.
    /// - Throws: `WriteError` naming the file and the reason (exists, permission, disk full, …).
    public static func write(_ bytes: some Collection<UInt8>, to path: String, overwrite: Bool) throws(WriteError) {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path, errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var finished = false
        defer { if !finished { unlink(temporary) } }

        let data = Array(bytes)
        var written = 0
        while written < data.count {
            let result = data.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + written, data.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw failure(path, code)
            }
            written += result
        }
        fchmod(descriptor, 0o644)
        if fsync(descriptor) != 0 || close(descriptor) != 0 { throw failure(path, errno) }

        if overwrite {
            guard rename(temporary, path) == 0 else { throw failure(path, errno) }
        } else {
            // link() refuses an existing name atomically, so no other writer can slip in between.
            if link(temporary, path) != 0 {
                let code = errno
                if code == EEXIST { throw WriteError(path: path, reason: "the file already exists (use --force to replace it)") }
                guard exists(path) == false, rename(temporary, path) == 0 else { throw failure(path, code) }
                finished = true
                return
            }
            unlink(temporary)
        }
        finished = true
    }

    public static func write(_ text: String, to path: String, overwrite: Bool) throws(WriteError) {
        try write(Array(text.utf8), to: path, overwrite: overwrite)
    }

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
        let reason: String
        switch code {
        case EEXIST: reason = "the file already exists (use --force to replace it)"
        case ENOSPC: reason = "the disk is full"
        case EROFS: reason = "the file system is read-only"
        case EACCES, EPERM: reason = "permission denied"
        case ENOENT: reason = "the folder does not exist"
        case EISDIR: reason = "it is a folder"
        default: reason = String(cString: strerror(code))
        }
        return WriteError(path: path, reason: reason)
    }
}
