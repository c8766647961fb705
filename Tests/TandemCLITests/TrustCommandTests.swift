import Foundation
import TandemCore
import TandemTestSupport
import Testing

/// `tandem trust [DIR]`: records the workspace and its manifest's digest in the state folder
/// (XDG_STATE_HOME, a temporary folder here), and says what it trusted.
@Suite struct TrustCommandTests {
    /// What the store keeps for a manifest: it and the places of the files it reads outside.
    static func key(_ manifest: String, _ folder: String) -> [UInt8] {
        OutsideFiles.trustKey(manifest: Array(manifest.utf8), folder: folder)
    }

    private let manifest =
        "organization = \"Kestrel\"\n[sources.risks]\nfile = \"../Risk Register.xlsx\"\n"
        + "[sources.kpis]\nfile = \"kpis/tracker.csv\"\n"

    @Test func trustRecordsTheWorkspaceAndSaysWhatItAllows() throws {
        let state = try TemporaryFolder()
        let root = try TemporaryFolder()
        try root.makeFolder("board")
        try root.write("board/tandem.toml", manifest)
        let store = TrustStore(folder: state.url("tandem"))
        #expect(!store.isTrusted(workspace: root.url("board"), manifest: Self.key(manifest, root.url("board"))))

        let result = try TandemProcess.run(
            ["trust", "board"], in: root.path, environment: ["XDG_STATE_HOME": state.path])
        #expect(result.status == 0, "\(result)")
        let real = try #require(TrustStore.canonical(root.url("board")))
        #expect(
            result.stdout
                == "Trusted \(real): its tandem.toml as it is now may read files outside the folder; "
                + "if it changes, run `tandem trust board` again.\n"
                + "It names these files outside the folder:\n  ../Risk Register.xlsx\n")
        #expect(store.isTrusted(workspace: root.url("board"), manifest: Self.key(manifest, root.url("board"))))
        #expect(!store.isTrusted(workspace: root.url("board"), manifest: Self.key(manifest + "\n", root.url("board"))))
    }

    @Test func theCurrentFolderIsTheDefault() throws {
        let state = try TemporaryFolder()
        let board = try TemporaryFolder()
        try board.write("tandem.toml", "organization = \"Kestrel\"\n")
        let result = try TandemProcess.run(["trust"], in: board.path, environment: ["XDG_STATE_HOME": state.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("run `tandem trust` again"))
        #expect(result.stdout.contains("It names no file outside the folder now."))
        let store = TrustStore(folder: state.url("tandem"))
        #expect(store.isTrusted(workspace: board.path, manifest: Self.key("organization = \"Kestrel\"\n", board.path)))

        let revoked = try TandemProcess.run(
            ["trust", "--revoke"], in: board.path, environment: ["XDG_STATE_HOME": state.path])
        #expect(revoked.status == 0, "\(revoked)")
        #expect(!store.isTrusted(workspace: board.path, manifest: Self.key("organization = \"Kestrel\"\n", board.path)))
    }

    @Test func aFolderWithoutAManifestIsAnError() throws {
        let state = try TemporaryFolder()
        let empty = try TemporaryFolder()
        for arguments in [["trust"], ["trust", empty.path], ["trust", empty.url("missing")]] {
            let result = try TandemProcess.run(arguments, in: empty.path, environment: ["XDG_STATE_HOME": state.path])
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("no tandem.toml") || result.stderr.contains("no such folder"), "\(result)")
        }
        #expect(try state.contents().isEmpty, "nothing was recorded")
    }

    @Test func aControlCharacterInAPathIsShownInert() throws {
        let state = try TemporaryFolder()
        let root = try TemporaryFolder()
        let name = "a\u{1B}[31mb"
        try root.makeFolder(name)
        let missing = try TandemProcess.run(
            ["trust", name], in: root.path, environment: ["XDG_STATE_HOME": state.path])
        #expect(missing.status == 2, "\(missing)")
        #expect(!missing.stderr.contains("\u{1B}"), "\(missing)")

        try root.write(name + "/tandem.toml", "[sources.risks]\nfile = \"/r\\u001B[2J.csv\"\n")
        let trusted = try TandemProcess.run(
            ["trust", name], in: root.path, environment: ["XDG_STATE_HOME": state.path])
        #expect(trusted.status == 0, "\(trusted)")
        #expect(trusted.stdout.contains("/r"), "\(trusted)")
        #expect(!trusted.stdout.contains("\u{1B}"), "\(trusted)")
    }

    @Test func helpExplainsWhy() throws {
        let result = try TandemProcess.run(["trust", "--help"])
        #expect(result.status == 0, "\(result)")
        let text = result.stdout.replacingOccurrences(of: "\n", with: " ")
        for phrase in ["USAGE: tandem trust [<dir>]", "direnv allow", "shared", "Examples:", "--revoke"] {
            #expect(text.contains(phrase), "no \(phrase)")
        }
    }
}
