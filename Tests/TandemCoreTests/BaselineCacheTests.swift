import Foundation
import TandemTestSupport
import Testing

@_spi(Fuzzing) @testable import TandemCore

/// The compact copy of a baseline kept in `.tandem/cache`: used only when made from the JSON as
/// it is now, and then giving exactly what the JSON gives; anything else about it is a miss.
@Suite struct BaselineCacheTests {
    static let card = Scorecard(DemoWorkspace.load(), asOf: Day(iso: "2026-11-20")!)
    static let copy = ".tandem/cache/b.baseline"

    /// A workspace with the demo saved as baseline `b`, written an hour ago.
    static func workspace() throws -> (TemporaryFolder, BaselineStore) {
        let folder = try TemporaryFolder()
        let store = BaselineStore(workspace: folder.path)
        try store.save(card, name: "b", force: false)
        try age(folder.url(".tandem/baselines/b.json"), by: 3600)
        return (folder, store)
    }

    static func age(_ path: String, by seconds: Double) throws {
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -seconds)], ofItemAtPath: path)
    }

    static func load(_ store: BaselineStore) throws -> Baseline {
        try #require(try store.baseline(named: "b", before: Day(iso: "2027-01-01")!))
    }

    static func identity(_ folder: TemporaryFolder) throws -> FileIdentity {
        try #require(FileIdentity(path: folder.url(".tandem/baselines/b.json")))
    }

    @Test func theCopyGivesWhatTheJSONGives() throws {
        let baseline = Baseline(name: "b", card: Self.card)
        let bytes = BaselineCoding.encode(baseline, of: FileIdentity(words: [1, 2, 3, 4, 5, 6, 7])!)
        let (identity, read) = try BaselineCoding.decode(bytes, name: "b")
        #expect(identity.words == [1, 2, 3, 4, 5, 6, 7])
        #expect(String(describing: read) == String(describing: baseline))
    }

    @Test func aSettledBaselineIsReadFromItsCopyOnceMade() throws {
        let (folder, store) = try Self.workspace()
        let fromJSON = try Self.load(store)
        let made = try #require(FileIdentity(path: folder.url(Self.copy)))
        #expect(String(describing: fromJSON) == String(describing: Baseline(name: "b", card: Self.card)))
        // The copy now answers: a copy holding other fields under the JSON's identity is what is read.
        let other = Baseline(name: "b", card: Scorecard(DemoWorkspace.load(), asOf: Day(iso: "2026-12-20")!))
        try folder.write(Self.copy, BaselineCoding.encode(other, of: try Self.identity(folder)))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: made.modified.seconds)], ofItemAtPath: folder.url(Self.copy)
        )
        #expect(try Self.load(store).asOf.description == "2026-12-20")
    }

    @Test func aChangedJSONIsReadAgain() throws {
        let (folder, store) = try Self.workspace()
        _ = try Self.load(store)
        let later = Scorecard(DemoWorkspace.load(), asOf: Day(iso: "2026-12-20")!)
        try store.save(later, name: "b", force: true)
        try Self.age(folder.url(".tandem/baselines/b.json"), by: 1800)
        #expect(try Self.load(store).asOf.description == "2026-12-20")
    }

    /// A copy made within the racy window of the JSON's last change could hide a second write in
    /// the same tick: not used, though its identity matches.
    @Test func aCopyMadeTooSoonAfterTheJSONIsNotUsed() throws {
        let (folder, store) = try Self.workspace()
        let other = Baseline(name: "b", card: Scorecard(DemoWorkspace.load(), asOf: Day(iso: "2026-12-20")!))
        let json = try Self.identity(folder)
        try FileManager.default.createDirectory(atPath: folder.url(".tandem/cache"), withIntermediateDirectories: true)
        try folder.write(Self.copy, BaselineCoding.encode(other, of: json))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: json.modified.seconds + 1)],
            ofItemAtPath: folder.url(Self.copy))
        #expect(try Self.load(store).asOf.description == "2026-11-20")
    }

    @Test func everyTruncationAndFlippedByteIsAMissOrCleanText() throws {
        let baseline = Baseline(name: "b", card: Self.card)
        let bytes = BaselineCoding.encode(baseline, of: FileIdentity(words: [1, 2, 3, 4, 5, 6, 7])!)
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            #expect(throws: BaselineCoding.Miss.self) { try BaselineCoding.decode(Array(bytes[..<length]), name: "b") }
        }
        for position in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            for value: UInt8 in [0x00, 0x1B, 0xFF] {
                var changed = bytes
                changed[position] = value
                guard let (_, read) = try? BaselineCoding.decode(changed, name: "b") else { continue }
                let texts = read.kpis.map(\.name) + read.risks.map(\.title) + read.initiatives.map(\.name)
                #expect(texts.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
            }
        }
    }

    @Test func aCopyIsNotMadeWhereTheCacheFolderIsALink() throws {
        let (folder, store) = try Self.workspace()
        let elsewhere = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.url(".tandem/cache"), withDestinationPath: elsewhere.path)
        #expect(try Self.load(store).asOf.description == "2026-11-20")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }
}
