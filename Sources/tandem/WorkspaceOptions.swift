import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import TandemApp
import TandemCore

/// The options every command that reads a workspace shares: the folder and the as-of date.
struct WorkspaceOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "The workspace folder. Default: the current folder when it has tandem.toml, else the built-in demo.",
            valueName: "dir"))
    var directory: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Compute everything as of this date (YYYY-MM-DD). Default: as_of in tandem.toml, else today.",
            valueName: "date"))
    var asOf: String?

    /// The files to load: the folder given, ./tandem.toml, or the demo.
    func files() -> WorkspaceFiles {
        // Files outside the folder are read once the user has trusted the manifest (`tandem trust`).
        let trust = TrustStore.defaultFolder(environment: ProcessInfo.processInfo.environment)
            .map(TrustStore.init(folder:))
        if let directory { return FolderFiles(path: directory, trust: trust) }
        if FileManager.default.fileExists(atPath: "tandem.toml") { return FolderFiles(path: ".", trust: trust) }
        return MemoryFiles(DemoWorkspace.files, origin: .demo)
    }

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError(
                "--as-of \"\(TextSanitizer.visible(asOf))\" is not a date; expected YYYY-MM-DD, e.g. 2026-11-20")
        }
    }

    /// Loads the workspace: the folder must exist, then the loader decides.
    /// - Parameter cache: the dashboard's, kept between its loads; nil reads every file.
    func loadWorkspace(cache: LoadCache? = nil) throws(LoadFailure) -> LoadedWorkspace {
        if let directory {
            let kind = PathKind(directory)
            guard kind != .missing else {
                let shown = TextSanitizer.visible(directory)
                throw LoadFailure(
                    file: nil,
                    "\(shown): no such folder; expected a workspace folder (`tandem init \(shown)` makes one)"
                )
            }
            guard kind == .folder else {
                throw LoadFailure(
                    file: nil, "\(TextSanitizer.visible(directory)) is a file; expected a workspace folder")
            }
        }
        return try WorkspaceLoader.load(files(), cache: cache)
    }

    /// Loads the workspace; on failure prints why and exits 2.
    func load(cache: LoadCache? = nil) throws -> LoadedWorkspace {
        do {
            return try loadWorkspace(cache: cache)
        } catch {
            printError("cannot load the workspace: \(describe(error))")
            throw ExitCode(2)
        }
    }

    /// `--as-of`, else the manifest's date, else today.
    func asOfDay(for workspace: Workspace) -> Day { asOfDay(settings: workspace.settings) }

    func asOfDay(settings: Settings) -> Day { asOf.flatMap(Day.init(iso:)) ?? settings.asOf ?? WallClock.today() }

    /// The dashboard's banner: the baseline's warning, and the files outside the folder that are
    /// not read until the manifest is trusted (they would otherwise only show as a missing pane).
    func banner(_ warning: String?, _ loaded: LoadedWorkspace) -> String? {
        let untrusted = loaded.untrustedFiles
        let trust =
            untrusted.isEmpty
            ? nil
            : "Not read until you trust this tandem.toml (`tandem trust \(TextSanitizer.visible(directory ?? "."))`, "
                + "then r): " + untrusted.map(TextSanitizer.visible).joined(separator: ", ")
        let both = [warning, trust].compactMap { $0 }
        return both.isEmpty ? nil : both.joined(separator: " · ")
    }

    func describe(_ failure: LoadFailure) -> String {
        guard failure.file != nil else { return failure.message }
        guard let directory else { return failure.description }
        let shown = TextSanitizer.visible(directory)
        return (shown.hasSuffix("/") ? shown : shown + "/") + failure.description
    }
}

/// Prints to standard error, where messages for people go. Messages quote arguments and paths
/// as given: any control character in them is shown as a symbol, never sent to the terminal.
func printError(_ message: String) {
    StandardError.write("tandem: \(visibleLines(message))\n")
}

/// The text with control characters shown as symbols, line by line (its line breaks are kept).
func visibleLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { TextSanitizer.visible(String($0)) }.joined(
        separator: "\n")
}
