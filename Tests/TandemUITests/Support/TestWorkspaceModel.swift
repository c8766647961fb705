import TandemCore
import TandemTestSupport
import TandemUI

extension TestWorkspace {
    /// The loaded, scored workspace as the views get it.
    func model() throws -> ViewModel {
        let loaded = try WorkspaceLoader.load(MemoryFiles(files, origin: .folder("test")))
        let asOf = loaded.workspace.settings.asOf!
        return ViewModel(Scorecard(loaded, asOf: asOf))
    }

    /// The fixture as written, loaded once for all tests.
    static let standard: ViewModel = try! TestWorkspace().model()
}
