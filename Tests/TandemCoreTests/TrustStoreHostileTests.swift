import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

#if canImport(Glibc)
    import Glibc
#endif

/// The trust store is input like any other: whatever is in its file, it never crashes, hangs or
/// trusts a workspace nobody trusted.
@Suite struct TrustStoreHostileTests {
    private let manifest = Array("organization = \"Kestrel\"\n".utf8)

    private func setup() throws -> (state: TemporaryFolder, root: TemporaryFolder, store: TrustStore) {
        let state = try TemporaryFolder()
        let root = try TemporaryFolder()
        try root.makeFolder("board")
        try state.makeFolder("tandem")
        return (state, root, TrustStore(folder: state.url("tandem")))
    }

    private func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test func malformedLinesAreIgnoredAndAGoodOneStillCounts() throws {
        let (state, root, store) = try setup()
        let real = try #require(TrustStore.canonical(root.url("board")))
        let digest = TrustStore.digest(manifest)
        let encoded = TrustRecord.encode(real)
        let bad = [
            "", "garbage", digest, "\(digest)  \(encoded)", "\(digest.uppercased()) \(encoded)",
            "\(digest.dropLast()) \(encoded)", "\(digest)0 \(encoded)", "\(digest) board", "\(digest) \(real) x",
            "\(digest) \(encoded)%", "\(digest) \(encoded)%4", "\(digest) \(encoded)%zz", "\(digest) \(encoded)%00",
            "\(digest) \(encoded)%FF", "\(digest)\t\(encoded)", "\(digest) \(encoded)\u{7F}", "\(digest) \(encoded)é",
            "# \(digest) \(encoded)",
        ]
        try state.write("tandem/trusted", bad.joined(separator: "\n") + "\n")
        #expect(!store.isTrusted(workspace: root.url("board"), manifest: manifest))
        try state.write("tandem/trusted", Array(bad.joined(separator: "\n").utf8) + [0, 0xFF, 0x0A, 0xC3])
        #expect(!store.isTrusted(workspace: root.url("board"), manifest: manifest))

        try state.write("tandem/trusted", (bad + ["\(digest) \(encoded)\r"] + bad).joined(separator: "\n"))
        #expect(store.isTrusted(workspace: root.url("board"), manifest: manifest))
        // Rewritten with only the lines that mean something.
        try store.trust(workspace: root.url("board"), manifest: manifest)
        #expect(state.read("tandem/trusted") == TrustStore.header + "\n\(digest) \(encoded)\n")
    }

    @Test func aHugeStoreTrustsNothingAndIsNotOverwritten() throws {
        let (state, root, store) = try setup()
        let real = try #require(TrustStore.canonical(root.url("board")))
        let line = TrustStore.digest(manifest) + " " + TrustRecord.encode(real) + "\n"
        let huge = String(repeating: line, count: TrustStore.maximumSize / line.utf8.count + 2)
        try state.write("tandem/trusted", huge)
        #expect(!store.isTrusted(workspace: root.url("board"), manifest: manifest))
        #expect(throws: AtomicFile.WriteError.self) {
            try store.trust(workspace: root.url("board"), manifest: manifest)
        }
        #expect(state.read("tandem/trusted")?.utf8.count == huge.utf8.count)
    }

    @Test func aFIFOOrFolderAsTheStoreTrustsNothingAndNeverHangs() throws {
        let (state, root, store) = try setup()
        try #require(mkfifo(state.url("tandem/trusted"), 0o600) == 0)
        #expect(!store.isTrusted(workspace: root.url("board"), manifest: manifest))
        #expect(throws: AtomicFile.WriteError.self) {
            try store.trust(workspace: root.url("board"), manifest: manifest)
        }
        try FileManager.default.removeItem(atPath: state.url("tandem/trusted"))
        try state.makeFolder("tandem/trusted")
        #expect(!store.isTrusted(workspace: root.url("board"), manifest: manifest))
        #expect(throws: AtomicFile.WriteError.self) {
            try store.trust(workspace: root.url("board"), manifest: manifest)
        }
    }

    /// A folder named so that its line, written raw, would be two lines: the second trusting
    /// another folder. Encoded, it stays one line about itself.
    @Test func aLineBreakInAPathCannotForgeAnEntry() throws {
        let (state, root, store) = try setup()
        try root.makeFolder("victim")
        let victim = try #require(TrustStore.canonical(root.url("victim")))
        let forged = "x\n\(TrustStore.digest(manifest)) \(victim)"
        try root.makeFolder(forged)
        try store.trust(workspace: root.url(forged), manifest: manifest)
        #expect(store.isTrusted(workspace: root.url(forged), manifest: manifest))
        #expect(!store.isTrusted(workspace: root.url("victim"), manifest: manifest))
        let lines = try #require(state.read("tandem/trusted")).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.last?.contains("x%0A") == true)
    }

    @Test func anEncodedPathReadsBackAsItWas() {
        for path in ["/a b/c%d", "/x\ny", "/ünï/çødé", "/tab\there", "/%41"] {
            let line = TrustRecord(digest: String(repeating: "a", count: 64), path: path).line
            #expect(
                TrustRecord(line: Array(line.utf8))
                    == TrustRecord(digest: String(repeating: "a", count: 64), path: path))
            #expect(!TrustRecord.encode(path).contains { $0 == " " || $0 == "\n" || $0 == "\t" })
        }
    }

    @Test func theStoreKeepsAPrivateModeAndANewOneFollowsTheUmask() throws {
        let (state, root, store) = try setup()
        try store.trust(workspace: root.url("board"), manifest: manifest)
        let mask = umask(0o022)
        umask(mask)
        #expect(try mode(state.url("tandem/trusted")) == Int(0o666 & ~mask))
        try #require(chmod(state.url("tandem/trusted"), 0o600) == 0)
        try root.makeFolder("other")
        try store.trust(workspace: root.url("other"), manifest: manifest)
        #expect(try mode(state.url("tandem/trusted")) == 0o600)
    }
}
