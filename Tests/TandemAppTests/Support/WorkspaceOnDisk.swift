import Foundation
import TandemApp
import TandemCore
import TandemTestSupport
import TandemUI

/// The demo workspace written to a fresh temporary folder (removed when the value goes away), with
/// the dashboard's reader for it: the loop reloads from real files on disk.
final class WorkspaceOnDisk {
    private let folder: TemporaryFolder
    var path: String { folder.path }
    /// Kept between loads, as `tandem open` keeps one.
    private let cache = LoadCache { Date() }

    init() throws {
        folder = try TemporaryFolder()
        for (name, text) in DemoWorkspace.files { try write(name, text) }
    }

    /// Atomically, as editors save: the watcher never sees half a file.
    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name), options: .atomic)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path + "/" + name, encoding: .utf8)
    }

    /// Replaces `old` with `new` in a file, failing when the file does not hold it.
    func edit(_ name: String, replacing old: String, with new: String) throws {
        let text = try read(name)
        guard text.contains(old) else { throw EditFailed(file: name, missing: old) }
        try write(name, text.replacingOccurrences(of: old, with: new))
    }

    struct EditFailed: Error {
        let file: String
        let missing: String
    }

    /// Reads the folder as `tandem open` does, as of the manifest's date.
    var reader: WorkspaceReader {
        let (files, cache) = (FolderFiles(path: path), cache)
        return { () throws(WorkspaceUnreadable) -> (ViewModel, warning: String?) in
            do throws(LoadFailure) {
                let loaded = try WorkspaceLoader.load(files, cache: cache)
                return (ViewModel(Scorecard(loaded, asOf: loaded.workspace.settings.asOf!)), nil)
            } catch {
                throw WorkspaceUnreadable(error.description)
            }
        }
    }

    /// The dashboard on `terminal` over this folder, with the shipped themes; the theme chosen
    /// with `t` is kept in `stateFolder`, and snapshots go to `snapshots`.
    func app(on terminal: ScriptedTerminal, stateFolder: String? = nil, snapshots: String? = nil) throws
        -> DashboardApp
    {
        let (model, _) = try reader()
        return DashboardApp(
            terminal: terminal, model: model, banner: nil, read: reader, snapshotFolder: snapshots ?? path,
            themes: ThemeCatalog.shipped.map(\.theme), themeIndex: 0,
            themeMemory: ThemeMemory(environment: ["XDG_STATE_HOME": stateFolder ?? path + "/state"]))
    }
}
