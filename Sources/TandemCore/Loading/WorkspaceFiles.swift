#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the loader reads a workspace's files from: a folder on disk or the built-in demo.
public protocol WorkspaceFiles: Sendable {
    var origin: WorkspaceOrigin { get }
    /// The file's bytes, or nil when there is no such file.
    func read(_ name: String) throws(LoadFailure) -> [UInt8]?
    /// The names of the entries of a folder inside the workspace; none when there is no folder.
    func names(in folder: String) -> [String]
    /// The first `count` bytes of a file, or nil when it cannot be read.
    func head(_ name: String, count: Int) -> [UInt8]?
    /// Whether the file a manifest names lies inside the workspace folder; one outside is read
    /// only when the user `trusts` the manifest.
    func isInside(_ name: String) -> Bool
    /// Whether the user has trusted this manifest (read as `settings`) to name files outside the folder.
    func trusts(manifest: [UInt8], settings: Settings) -> Bool
    /// Which file a name is and when it last changed, for `LoadCache`; nil keeps nothing read from it.
    func identity(of name: String) -> FileIdentity?
}

extension WorkspaceFiles {
    public func names(in folder: String) -> [String] { [] }
    public func isInside(_ name: String) -> Bool { true }
    public func trusts(manifest: [UInt8], settings: Settings) -> Bool { false }
    public func head(_ name: String, count: Int) -> [UInt8]? { (try? read(name))??.prefix(count).map { $0 } }
}

/// A workspace folder on disk.
public struct FolderFiles: WorkspaceFiles {
    public let path: String
    /// Where the user's trust in manifests is kept; nil trusts none (files outside the folder are
    /// then never read).
    public let trust: TrustStore?

    public init(path: String, trust: TrustStore? = nil) {
        self.path = path
        self.trust = trust
    }

    public var origin: WorkspaceOrigin { .folder(path) }

    /// The path of a name: inside the folder, or absolute, or under the home folder (`~/…`).
    public func full(_ name: String) -> String {
        if name.hasPrefix("/") { return name }
        if name.hasPrefix("~/"), let home = getenv("HOME").map({ String(cString: $0) }), home.hasPrefix("/") {
            return (home.hasSuffix("/") ? home : home + "/") + name.dropFirst(2)
        }
        return (path.hasSuffix("/") ? path : path + "/") + name
    }

    /// Decided on the real paths, so neither `..` nor a symbolic link leads outside unseen.
    public func isInside(_ name: String) -> Bool {
        guard let folder = Self.realPath(path) else { return false }
        var file = full(name)
        // A file that does not exist yet is judged by its folder.
        var real = Self.realPath(file)
        while real == nil, let slash = file.lastIndex(of: "/"), slash > file.startIndex {
            file = String(file[..<slash])
            real = Self.realPath(file)
        }
        guard let real else { return false }
        return real == folder || real.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    public func trusts(manifest: [UInt8], settings: Settings) -> Bool {
        let key = OutsideFiles.trustKey(manifest: manifest, settings: settings, folder: path)
        return trust?.isTrusted(workspace: path, manifest: key) ?? false
    }

    /// Where a name really is, links followed; nil when it does not exist.
    func realPath(of name: String) -> String? { Self.realPath(full(name)) }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

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
