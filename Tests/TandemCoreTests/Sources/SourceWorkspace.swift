import Foundation
import TandemTestSupport

@testable import TandemCore

/// A workspace folder holding fixture files (workbooks from Fixtures/workbooks, CSVs from
/// Fixtures/sources) and a manifest that maps them with `[sources]` tables.
struct SourceWorkspace {
    let folder: TemporaryFolder

    init(_ manifest: String, files: [String] = []) throws {
        folder = try TemporaryFolder()
        try folder.write("tandem.toml", "[organization]\nname = \"Riverside\"\nas_of = 2026-11-20\n" + manifest)
        for name in files {
            let subfolder = name.hasSuffix(".csv") ? "sources" : "workbooks"
            let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/\(subfolder)/\(name)").path
            try folder.write(name, Array(FileManager.default.contents(atPath: path)!))
        }
    }

    func load() throws -> LoadedWorkspace { try WorkspaceLoader.load(FolderFiles(path: folder.path)) }
}
