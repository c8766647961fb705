import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import TandemCore

struct TrustCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust",
        abstract: "Allow a workspace's tandem.toml to read files outside its folder.",
        discussion: """
            A workspace's tandem.toml may name data files anywhere ([sources.NAME] file = ...): \
            an absolute path, ~/... or ../... Without this step such files are not read. A folder \
            someone shared with you could otherwise name any file of yours, show it on the dashboard, \
            and a baseline saved back into the shared folder would carry its contents out. As \
            `direnv allow` does, trust is given once per workspace, to the manifest as it is: a \
            changed tandem.toml needs `tandem trust` again. Files inside the folder need no trust.

            Trust is kept in $XDG_STATE_HOME/tandem/trusted (else ~/.local/state/tandem/trusted): \
            the folder's path and the SHA-256 of its tandem.toml.

            Examples:
              tandem trust                  # the workspace in the current folder
              tandem trust ~/boards/q4      # another workspace
              tandem trust --revoke ~/boards/q4
            """
    )

    private static let manifestName = "tandem.toml"

    @Argument(help: ArgumentHelp("The workspace folder. Default: the current folder.", valueName: "dir"))
    var directory: String?

    @Flag(help: "Forget the workspace: its files outside the folder are not read again until trusted.")
    var revoke = false

    func run() throws {
        let directory = directory ?? "."
        let store = try Self.store()
        let shown = TextSanitizer.visible(directory)
        guard let canonical = TrustStore.canonical(directory).map(TextSanitizer.visible) else {
            printError("\(shown): no such folder; expected a workspace folder")
            throw ExitCode(2)
        }
        guard PathKind(directory) == .folder else {
            printError("\(shown) is a file; expected the workspace folder that holds \(Self.manifestName)")
            throw ExitCode(2)
        }
        if revoke {
            try Self.record { () throws(AtomicFile.WriteError) in try store.revoke(workspace: directory) }
            return try StandardOutput.write(lines: [
                "No longer trusted: \(canonical). Its files outside the folder are not read until you trust it again."
            ])
        }
        let manifest = try readManifest(directory)
        // The manifest and the places of the files it reads outside the folder, as the loader checks.
        let key = OutsideFiles.trustKey(manifest: manifest, folder: directory)
        try Self.record { () throws(AtomicFile.WriteError) in try store.trust(workspace: directory, manifest: key)
        }
        let again = "`tandem trust\(self.directory == nil ? "" : " " + shown)`"
        var lines = [
            "Trusted \(canonical): its \(Self.manifestName) as it is now may read files outside the folder; "
                + "if it changes, run \(again) again."
        ]
        let outside = OutsideFiles.named(in: manifest, folder: directory)
        if outside.isEmpty {
            lines.append("It names no file outside the folder now.")
        } else {
            lines.append("It names these files outside the folder:")
            lines += outside.map { "  " + TextSanitizer.visible($0) }
        }
        try StandardOutput.write(lines: lines)
    }

    /// The manifest's bytes, read as the loader reads them (a regular file, bounded), so the
    /// digest recorded is the digest the loader checks.
    private func readManifest(_ directory: String) throws -> [UInt8] {
        let shown = TextSanitizer.visible(directory)
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + Self.manifestName
        do throws(RegularFile.ReadError) {
            return try RegularFile.read(path)
        } catch .missing {
            printError(
                "\(shown) has no \(Self.manifestName), so it is not a workspace folder; "
                    + "`tandem trust DIR` names the folder that holds it")
            throw ExitCode(2)
        } catch {
            printError("cannot trust \(shown): \(TextSanitizer.visible(path)) \(error.description)")
            throw ExitCode(2)
        }
    }

    /// The store in the XDG state folder (tests point XDG_STATE_HOME at a folder of their own).
    private static func store() throws -> TrustStore {
        guard let folder = TrustStore.defaultFolder(environment: ProcessInfo.processInfo.environment) else {
            printError("cannot tell where to keep trust: set HOME or XDG_STATE_HOME to an absolute path")
            throw ExitCode(2)
        }
        return TrustStore(folder: folder)
    }

    /// Runs a change to the store; on failure says why and exits 1.
    private static func record(_ change: () throws(AtomicFile.WriteError) -> Void) throws {
        do {
            try change()
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
