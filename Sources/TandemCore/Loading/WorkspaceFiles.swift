import Foundation

/// Where the loader reads a workspace's files from: a folder on disk or the built-in demo.
public protocol WorkspaceFiles: Sendable {
    var origin: WorkspaceOrigin { get }
    /// The file's bytes, or nil when there is no such file.
    func read(_ name: String) throws(LoadFailure) -> [UInt8]?
    /// The names of the entries of a folder inside the workspace; none when there is no folder.
    func names(in folder: String) -> [String]
    /// The first `count` bytes of a file, or nil when it cannot be read.
    func head(_ name: String, count: Int) -> [UInt8]?
}

extension WorkspaceFiles {
    public func names(in folder: String) -> [String] { [] }
    public func head(_ name: String, count: Int) -> [UInt8]? { (try? read(name))??.prefix(count).map { $0 } }
}

/// A workspace folder on disk.
public struct FolderFiles: WorkspaceFiles {
    public let path: String

    public init(path: String) { self.path = path }

    public var origin: WorkspaceOrigin { .folder(path) }

    /// - Throws: when the name is not a regular file (a folder, FIFO, device, dangling link), is
    ///   larger than `RegularFile.maximumSize`, or cannot be read.
    private func full(_ name: String) -> String { (path.hasSuffix("/") ? path : path + "/") + name }

    public func names(in folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: full(folder))) ?? []
    }

    /// A FIFO or device gives nil here; reading it says why.
    public func head(_ name: String, count: Int) -> [UInt8]? { try? RegularFile.head(full(name), count: count) }

    public func read(_ name: String) throws(LoadFailure) -> [UInt8]? {
        let file = full(name)
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
