#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import TandemCore

/// The theme last chosen with `t`, kept for the next start in the XDG state folder
/// (`$XDG_STATE_HOME/tandem/theme`, else `~/.local/state/tandem/theme`): a preference of the
/// person, not of the workspace, so it lives with them and not in a shared folder.
public struct ThemeMemory: Sendable {
    public let path: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            path = state + "/tandem/theme"
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            path = home + "/.local/state/tandem/theme"
        } else {
            path = nil
        }
    }

    /// The remembered theme's name; nil when none was kept or the file is not one Tandem wrote.
    public var name: String? {
        guard let path, let bytes = try? RegularFile.read(path, limit: 256) else { return nil }
        let name = TextSanitizer.clean(String(decoding: bytes, as: UTF8.self))
        return name.isEmpty ? nil : name
    }

    /// Keeps `name`, replacing what was kept (atomically).
    /// - Throws: `AtomicFile.WriteError` when the folder or the file cannot be written.
    public func remember(_ name: String) throws(AtomicFile.WriteError) {
        guard let path else { return }
        let folder = String(path[..<path.lastIndex(of: "/")!])
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw AtomicFile.WriteError(path: folder, reason: "the folder cannot be made")
        }
        try AtomicFile.write(name + "\n", to: path, overwrite: true)
    }
}
