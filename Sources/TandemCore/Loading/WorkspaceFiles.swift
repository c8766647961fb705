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

    public func read(_ name: String) throws(LoadFailure) -> [UInt8]? {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        guard !isDirectory.boolValue else { throw LoadFailure(file: name, "is a folder; expected a file") }
        do {
            return try [UInt8](Data(contentsOf: url))
        } catch {
            throw LoadFailure(file: name, "cannot be read: \((error as NSError).localizedDescription)")
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
