import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the loader reads a workspace's files from: a folder on disk or the built-in demo.
public protocol WorkspaceFiles: Sendable {
    var origin: WorkspaceOrigin { get }
    /// The file's bytes, or nil when there is no such file.
    func read(_ name: String) throws(LoadFailure) -> [UInt8]?
}

/// A workspace folder on disk.
public struct FolderFiles: WorkspaceFiles {
    public let path: String

    public init(path: String) { self.path = path }

    public var origin: WorkspaceOrigin { .folder(path) }

    public func read(_ name: String) throws(LoadFailure) -> [UInt8]? {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        guard !isDirectory.boolValue else { throw LoadFailure(file: name, "is a folder; expected a file") }
        guard let bytes = Self.readAll(url.path) else {
            throw LoadFailure(file: name, "cannot be read: \(String(cString: strerror(errno)))")
        }
        return bytes
    }

    /// The whole file, read straight into the array the CSV reader scans (no Data in between).
    static func readAll(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        // One byte more than the size, so the read that finds the end needs no second buffer, and
        // no zero-filling first: a file that grows meanwhile is read in further chunks.
        var capacity = Int(info.st_size) + 1
        var result: [UInt8] = []
        while true {
            var failed = false
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                while count < buffer.count {
                    let read = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    if read < 0, errno == EINTR { continue }
                    if read < 0 { failed = true }
                    if read <= 0 { return }
                    count += read
                }
            }
            if failed { return nil }
            if result.isEmpty { result = chunk } else { result += chunk }
            if chunk.count < capacity { return result }
            capacity = max(65536, capacity)
        }
    }

    /// The files the loader reads, for watching them.
    public static let names = [ManifestParser.fileName] + WorkspaceLoader.csvFiles
}

/// Files held in memory: the demo, and tests.
public struct MemoryFiles: WorkspaceFiles {
    public let files: [String: String]
    public let origin: WorkspaceOrigin

    public init(_ files: [String: String], origin: WorkspaceOrigin = .demo) {
        self.files = files
        self.origin = origin
    }

    public func read(_ name: String) throws(LoadFailure) -> [UInt8]? { files[name].map { Array($0.utf8) } }
}
