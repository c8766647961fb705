import Foundation
import TandemTestSupport
import Testing

@_spi(Fuzzing) @testable import TandemCore

/// The compact copy of a baseline kept in `.tandem/cache`: used only when made from the JSON as
/// it is now, and then giving exactly what the JSON gives; anything else about it is a miss.
@Suite struct BaselineCacheTests {
    static let card = Scorecard(DemoWorkspace.load(), asOf: Day(iso: "2026-11-20")!)
    static let later = Scorecard(DemoWorkspace.load(), asOf: Day(iso: "2026-12-20")!)
    static let copy = ".tandem/cache/b.baseline"
    static let someFile = FileIdentity(words: [1, 2, 3, 4, 5, 6, 7])!

    /// A workspace with the demo saved as baseline `b`.
    static func workspace() throws -> (TemporaryFolder, BaselineStore) {
        let folder = try TemporaryFolder()
        let store = BaselineStore(workspace: folder.path)
        try store.save(card, name: "b", force: false)
        return (folder, store)
    }

    static func load(_ store: BaselineStore) throws -> Baseline {
        try #require(try store.baseline(named: "b", before: Day(iso: "2027-01-01")!))
    }

    static func identity(_ folder: TemporaryFolder) throws -> FileIdentity {
        try #require(FileIdentity(path: folder.url(".tandem/baselines/b.json")))
    }

    /// Writes a copy holding `baseline` under the JSON's identity, made `seconds` after the JSON changed.
    static func forge(_ baseline: Scorecard, in folder: TemporaryFolder, madeAfter seconds: Double) throws {
        let json = try identity(folder)
        try FileManager.default.createDirectory(atPath: folder.url(".tandem/cache"), withIntermediateDirectories: true)
        try folder.write(copy, BaselineCoding.encode(Baseline(name: "b", card: baseline), of: json))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: json.changed.seconds + seconds)],
            ofItemAtPath: folder.url(copy))
    }

    @Test func theCopyGivesWhatTheJSONGivesAndOnlyForItsFile() throws {
        let baseline = Baseline(name: "b", card: Self.card)
        let bytes = BaselineCoding.encode(baseline, of: Self.someFile)
        #expect(BaselineCoding.identity(in: bytes) == Self.someFile)
        let read = try BaselineCoding.decode(bytes, name: "b", madeFrom: Self.someFile)
        #expect(String(describing: read) == String(describing: baseline))
        let another = FileIdentity(words: [1, 2, 3, 4, 5, 6, 8])!
        #expect(throws: BaselineCoding.Miss.self) { try BaselineCoding.decode(bytes, name: "b", madeFrom: another) }
    }

    @Test func aCopyIsMadeOnceTheJSONIsReadAndThenAnswers() throws {
        let (folder, store) = try Self.workspace()
        let fromJSON = try Self.load(store)
        #expect(String(describing: fromJSON) == String(describing: Baseline(name: "b", card: Self.card)))
        let made = try #require(try? Array(Data(contentsOf: URL(fileURLWithPath: folder.url(Self.copy)))))
        #expect(BaselineCoding.identity(in: made) == (try Self.identity(folder)))
        #expect(try String(contentsOfFile: folder.url(".tandem/cache/.gitignore"), encoding: .utf8) == "*\n")
        // A copy under the JSON's identity, made well after it changed, is what is read.
        try Self.forge(Self.later, in: folder, madeAfter: 3600)
        #expect(try Self.load(store).asOf.description == "2026-12-20")
    }

    @Test func aChangedJSONIsReadAgain() throws {
        let (folder, store) = try Self.workspace()
        try Self.forge(Self.card, in: folder, madeAfter: 3600)
        try store.save(Self.later, name: "b", force: true)
        #expect(try Self.load(store).asOf.description == "2026-12-20")
    }

    /// A copy made within the racy window of the JSON's last change could hide a second write in
    /// the same tick: not used, though its identity matches, and judged by the change time, which
    /// setting the JSON's modification time back (`touch -d`, `cp -p`) does not move.
    @Test func aCopyMadeTooSoonAfterTheJSONChangedIsNotUsed() throws {
        let (folder, store) = try Self.workspace()
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: folder.url(".tandem/baselines/b.json")
        )
        try Self.forge(Self.later, in: folder, madeAfter: 1)
        #expect(try Self.load(store).asOf.description == "2026-11-20")
    }

    @Test func everyTruncationAndFlippedByteIsAMissOrCleanText() throws {
        let bytes = BaselineCoding.encode(Baseline(name: "b", card: Self.card), of: Self.someFile)
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            #expect(throws: BaselineCoding.Miss.self) {
                try BaselineCoding.decode(Array(bytes[..<length]), name: "b", madeFrom: Self.someFile)
            }
        }
        for position in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            for value: UInt8 in [0x00, 0x1B, 0xFF] {
                var changed = bytes
                changed[position] = value
                guard let read = try? BaselineCoding.decode(changed, name: "b", madeFrom: Self.someFile) else {
                    continue
                }
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
