import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

#if canImport(Glibc)
    import Glibc
#endif

/// The record of which workspaces may read files outside their folder: keyed by the folder's real
/// path and the manifest's exact bytes, and read as untrusted input.
@Suite struct TrustStoreTests {
    private let manifest = Array("organization = \"Kestrel\"\n[sources.risks]\nfile = \"../r.csv\"\n".utf8)

    /// A state folder and a workspace folder, each in a temporary folder of its own.
    private final class Setup {
        let state: TemporaryFolder
        let root: TemporaryFolder
        let store: TrustStore
        var workspace: String { root.url("board") }

        init() throws {
            state = try TemporaryFolder()
            root = try TemporaryFolder()
            try root.makeFolder("board")
            store = TrustStore(folder: state.url("tandem"))
        }

        func storeText() -> String? { state.read("tandem/trusted") }
    }

    @Test func aWorkspaceIsTrustedOnlyAfterTrust() throws {
        let setup = try Setup()
        #expect(!setup.store.isTrusted(workspace: setup.workspace, manifest: manifest))
        try setup.store.trust(workspace: setup.workspace, manifest: manifest)
        #expect(setup.store.isTrusted(workspace: setup.workspace, manifest: manifest))
    }

    @Test func aChangedManifestIsNotTrusted() throws {
        let setup = try Setup()
        try setup.store.trust(workspace: setup.workspace, manifest: manifest)
        #expect(!setup.store.isTrusted(workspace: setup.workspace, manifest: manifest + Array(" ".utf8)))
        #expect(!setup.store.isTrusted(workspace: setup.workspace, manifest: []))
    }

    @Test func anotherWorkspaceIsNotTrusted() throws {
        let setup = try Setup()
        try setup.root.makeFolder("other")
        try setup.store.trust(workspace: setup.workspace, manifest: manifest)
        #expect(!setup.store.isTrusted(workspace: setup.root.url("other"), manifest: manifest))
        #expect(!setup.store.isTrusted(workspace: setup.root.path, manifest: manifest))
        #expect(!setup.store.isTrusted(workspace: setup.root.url("missing"), manifest: manifest))
    }

    @Test func theSameFolderByAnotherNameIsTrusted() throws {
        let setup = try Setup()
        try FileManager.default.createSymbolicLink(atPath: setup.root.url("link"), withDestinationPath: "board")
        try setup.store.trust(workspace: setup.root.url("link"), manifest: manifest)
        #expect(setup.store.isTrusted(workspace: setup.workspace, manifest: manifest))
        #expect(setup.store.isTrusted(workspace: setup.workspace + "/", manifest: manifest))
        #expect(setup.store.isTrusted(workspace: setup.root.url("board/../board"), manifest: manifest))
        // Recorded by its real path, whichever name was given.
        let real = try #require(TrustStore.canonical(setup.workspace))
        #expect(setup.storeText()?.contains(" " + TrustRecord.encode(real) + "\n") == true)
    }

    @Test func trustingAgainReplacesTheLine() throws {
        let setup = try Setup()
        try setup.root.makeFolder("other")
        try setup.store.trust(workspace: setup.root.url("other"), manifest: manifest)
        try setup.store.trust(workspace: setup.workspace, manifest: manifest)
        let changed = manifest + Array("# edited\n".utf8)
        try setup.store.trust(workspace: setup.workspace, manifest: changed)
        #expect(setup.store.isTrusted(workspace: setup.workspace, manifest: changed))
        #expect(!setup.store.isTrusted(workspace: setup.workspace, manifest: manifest))
        #expect(setup.store.isTrusted(workspace: setup.root.url("other"), manifest: manifest))
        let lines = try #require(setup.storeText()).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix(TrustStore.digest(changed) + " /") == true)
    }

    @Test func revokeForgetsTheWorkspace() throws {
        let setup = try Setup()
        try setup.store.trust(workspace: setup.workspace, manifest: manifest)
        try setup.store.revoke(workspace: setup.workspace)
        #expect(!setup.store.isTrusted(workspace: setup.workspace, manifest: manifest))
        try setup.store.revoke(workspace: setup.workspace)  // twice is fine
    }

    /// FIPS 180-4's examples, and the empty message.
    @Test func theDigestIsSHA256() {
        #expect(TrustStore.digest([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            TrustStore.digest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            TrustStore.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func theDefaultFolderFollowsXDG() {
        #expect(TrustStore.defaultFolder(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/tandem")
        #expect(
            TrustStore.defaultFolder(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h/"]) == "/h/.local/state/tandem")
        #expect(TrustStore.defaultFolder(environment: ["HOME": "/h"]) == "/h/.local/state/tandem")
        #expect(TrustStore.defaultFolder(environment: ["XDG_STATE_HOME": "", "HOME": "relative"]) == nil)
        #expect(TrustStore.defaultFolder(environment: [:]) == nil)
    }

    @Test func theStoreFolderIsMadePrivate() throws {
        let setup = try Setup()
        let store = TrustStore(folder: setup.state.url("a/b/tandem"))
        try store.trust(workspace: setup.workspace, manifest: manifest)
        let mode = try FileManager.default.attributesOfItem(atPath: setup.state.url("a/b/tandem"))[.posixPermissions]
        #expect(mode as? Int == 0o700)
        #expect(store.isTrusted(workspace: setup.workspace, manifest: manifest))
    }
}
