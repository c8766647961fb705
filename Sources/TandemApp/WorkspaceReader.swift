import TandemUI

/// Reads the workspace again for a reload: the view model and a warning for the banner (e.g. a
/// baseline that cannot be read), or why the files cannot be read. Called on another thread, one
/// call at a time, so it may keep a `LoadCache` between calls (the command line's does: a reload
/// reads again only the files that changed). The command line makes one from its options; tests
/// read a folder of their own.
public typealias WorkspaceReader = () throws(WorkspaceUnreadable) -> (ViewModel, warning: String?)

/// Why a reload could not read the workspace: a sentence for the banner, with the file and line.
public struct WorkspaceUnreadable: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
