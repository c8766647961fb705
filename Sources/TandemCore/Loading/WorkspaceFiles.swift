import Foundation

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

    /// - Throws: when the name is not a regular file (a folder, FIFO, device, dangling link), is
    ///   larger than `RegularFile.maximumSize`, or cannot be read.
    public func read(_ name: String) throws(LoadFailure) -> [UInt8]? {
        let file = (path.hasSuffix("/") ? path : path + "/") + name
        do {
            return try RegularFile.read(file)
        } catch .missing {
            return nil
        } catch {
            throw LoadFailure(file: name, error.description)
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
