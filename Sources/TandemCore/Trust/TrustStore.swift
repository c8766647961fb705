#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The workspaces whose manifest the user allowed to read files outside their folder, as
/// `direnv allow` does for an `.envrc`. A shared folder's `tandem.toml` could otherwise point at
/// any file of whoever opens it, and a baseline saved back into that folder would carry the file's
/// contents out. Each workspace is recorded with the SHA-256 of its manifest, so a manifest that
/// changes needs trust again.
///
/// The store is one file, `trusted`, in the folder given (the XDG state folder by default): one
/// line per workspace (`TrustRecord`).
public struct TrustStore: Sendable {
    /// The store file's name in its folder.
    public static let fileName = "trusted"
    /// The most of the store file that is read: some 4,000 workspaces. A larger file is not ours
    /// (or is damaged), so it trusts nothing.
    public static let maximumSize = 1 << 20

    public let folder: String

    /// The store file.
    public var path: String { (folder.hasSuffix("/") ? folder : folder + "/") + Self.fileName }

    public init(folder: String) { self.folder = folder }

    /// `$XDG_STATE_HOME/tandem`, else `$HOME/.local/state/tandem`, as the XDG base directory
    /// specification says; nil when neither is set to an absolute path (the specification says to
    /// ignore a relative one).
    public static func defaultFolder(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return join(state, "tandem") }
        if let home = environment["HOME"], home.hasPrefix("/") { return join(home, ".local/state/tandem") }
        return nil
    }

    /// True when the workspace was trusted with exactly these manifest bytes.
    /// - Parameter workspace: the workspace folder, as given (relative, or through a link).
    public func isTrusted(workspace: String, manifest: [UInt8]) -> Bool {
        guard let canonical = Self.canonical(workspace) else { return false }
        // The last line for a folder counts: `trust` writes one, but the file may be edited.
        return records().last { $0.path == canonical }?.digest == Self.digest(manifest)
    }

    /// Records that the workspace may read files outside its folder while its manifest is exactly
    /// these bytes. Replaces what was recorded for the same folder before.
    /// - Throws: when the folder does not exist, the store's folder cannot be made, or the store
    ///   cannot be read (it is then left as it is) or written.
    public func trust(workspace: String, manifest: [UInt8]) throws(AtomicFile.WriteError) {
        let canonical = try canonicalOrThrow(workspace)
        try update { records in
            records.removeAll { $0.path == canonical }
            records.append(TrustRecord(digest: Self.digest(manifest), path: canonical))
        }
    }

    /// Forgets the workspace. Nothing happens when it was not trusted.
    public func revoke(workspace: String) throws(AtomicFile.WriteError) {
        let canonical = try canonicalOrThrow(workspace)
        guard records().contains(where: { $0.path == canonical }) else { return }
        try update { $0.removeAll { $0.path == canonical } }
    }

    /// The SHA-256 of the bytes, as 64 lowercase hex digits.
    public static func digest(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in SHA256.hash(bytes) { text += [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] }
        return String(decoding: text, as: UTF8.self)
    }

    /// The folder's absolute path with every symbolic link resolved, so one folder reached by two
    /// names is one workspace; nil when it does not exist.
    public static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(validatingCString: resolved)
    }

    /// The records in the store; none when it is missing, unreadable, too large or not a file.
    func records() -> [TrustRecord] {
        (try? RegularFile.read(path, limit: Self.maximumSize)).map(TrustRecord.parse) ?? []
    }

    /// Reads the records, lets `edit` change them, and writes them back in one step. When another
    /// process saved the store meanwhile, its records are read again and the edit redone, so two
    /// `tandem trust` at once both count.
    private func update(_ edit: (inout [TrustRecord]) -> Void) throws(AtomicFile.WriteError) {
        try makeFolder()
        for _ in 0..<5 {
            let before = FileState(path)
            var records: [TrustRecord]
            do {
                records = TrustRecord.parse(try RegularFile.read(path, limit: Self.maximumSize))
            } catch .missing {
                records = []
            } catch {
                // Not rewritten: what it holds would be lost.
                throw AtomicFile.WriteError(path: path, reason: Self.unreadable(error))
            }
            edit(&records)
            let text = ([Self.header] + records.map(\.line)).map { $0 + "\n" }.joined()
            let written = try AtomicFile.write(Array(text.utf8), to: path, overwrite: true) {
                FileState(path) == before
            }
            if written { return }
        }
        throw AtomicFile.WriteError(path: path, reason: "another process keeps changing it; try again")
    }

    /// The first line, for whoever opens the file.
    static let header = "# Workspaces whose tandem.toml may read files outside their folder (`tandem trust DIR`)."

    private static func unreadable(_ error: RegularFile.ReadError) -> String {
        switch error {
        case .tooLarge: "it is larger than 1 MiB, so it is not a store Tandem wrote; move it away to start afresh"
        default: "it \(error.description); move it away to start afresh"
        }
    }

    /// The store's folder and any missing parent, private to the user (0700, as the XDG
    /// specification asks of the state folder).
    private func makeFolder() throws(AtomicFile.WriteError) {
        var partial = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o700) != 0, errno != EEXIST {
                throw AtomicFile.WriteError(path: path, reason: "cannot make \(partial): \(RegularFile.reason(errno))")
            }
        }
    }

    private func canonicalOrThrow(_ workspace: String) throws(AtomicFile.WriteError) -> String {
        guard let canonical = Self.canonical(workspace) else {
            throw AtomicFile.WriteError(
                path: path, reason: "the workspace folder \(TextSanitizer.visible(workspace)) does not exist")
        }
        return canonical
    }

    private static func join(_ folder: String, _ name: String) -> String {
        (folder.hasSuffix("/") ? folder : folder + "/") + name
    }
}
