/// The demo organisation shown when no workspace is given.
public enum DemoWorkspace {
    /// The demo's files, by name, as `tandem init` writes them.
    public static var files: [String: String] { DemoFiles.files }

    public static func load() -> LoadedWorkspace {
        do {
            return try WorkspaceLoader.load(MemoryFiles(DemoFiles.files, origin: .demo))
        } catch {
            preconditionFailure("the built-in demo must load: \(error)")  // a test guards this
        }
    }
}
