import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// A meeting's rhythm on real files: save a baseline, change the files, compute what changed.
@Suite struct ChangesTests {
    /// The workspace at the last meeting, on 2026-10-20.
    static let before = WorkspaceFixture()
        .with("tandem.toml", "[organization]\nname = \"Test Clinic\"\nas_of = 2026-10-20\n")
        .rows(
            "kpis.csv", "K1,Uptime,cio,higher,99,98,,%,system,monthly,,",
            "K2,Dock time,coo,lower,30,40,,min,ops,monthly,,"
        )
        .rows("measurements.csv", "K1,2026-09,99.5,", "K2,2026-09,25,")
        .rows("risks.csv", "R1,Outage,cyber,cio,3,4,2,3,open,Backups,Drills,2026-10-01,")
        .rows(
            "initiatives.csv",
            "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,80,,100,50,,,K1,R1,,,",
            "I2,Dock app,coo,Bo,active,2026-01-01,2026-12-31,80,,100,50,,,,,,,"
        )
        .rows("milestones.csv", "I1,Cutover,2026-11-10,,yes")

    /// The same workspace a month later: K1 turned red, R2 was raised, I1 slipped and missed its
    /// cutover, I2 now names the KPI it moves (its finding is resolved).
    static let after =
        before
        .with("tandem.toml", "[organization]\nname = \"Test Clinic\"\nas_of = 2026-11-20\n")
        .rows("measurements.csv", "K1,2026-09,99.5,", "K1,2026-10,95,", "K2,2026-09,25,", "K2,2026-10,26,")
        .rows(
            "risks.csv", "R1,Outage,cyber,cio,3,4,2,3,open,Backups,Drills,2026-10-01,",
            "R2,Vendor exit,vendor,coo,4,5,4,5,open,,,2026-11-01,"
        )
        .rows(
            "initiatives.csv",
            "I1,Upgrade,cio,Ann,active,2026-01-01,2027-02-26,80,,100,50,,,K1,R1,,,",
            "I2,Dock app,coo,Bo,active,2026-01-01,2026-12-31,80,,100,50,,,K2,,,,")

    static func card(_ fixture: WorkspaceFixture) throws -> Scorecard {
        let loaded = try fixture.load()
        return Scorecard(loaded, asOf: try #require(loaded.workspace.settings.asOf))
    }

    /// Saves `before` as a baseline in a real folder and reads it back as the latest before `after`.
    static func changes() throws -> Changes {
        let folder = try TemporaryFolder()
        let store = BaselineStore(workspace: folder.path)
        try store.save(try card(before), name: "2026-10-20", force: false)
        let current = try card(after)
        let baseline = try #require(try store.baseline(named: nil, before: current.asOf))
        return Changes(since: baseline, to: current)
    }

    @Test func aKPIThatTurnedRedIsWorse() throws {
        let change = try #require(try Self.changes().change(.kpi, "K1"))
        #expect(change.direction == .worse)
        #expect(change.notes == ["status green → red"])
        #expect(try Self.changes().change(.kpi, "K2") == nil)
    }

    @Test func aRaisedRiskIsNew() throws {
        let change = try #require(try Self.changes().change(.risk, "R2"))
        #expect(change.direction == .new)
        #expect(change.owners == [.coo])
        #expect(change.notes == ["new risk, critical (score 20), above appetite"])
    }

    @Test func aSlipAndAMissedMilestoneMakeTheInitiativeWorse() throws {
        let change = try #require(try Self.changes().change(.initiative, "I1"))
        #expect(change.direction == .worse)
        #expect(change.notes.contains("due slipped 2026-12-31 → 2027-02-26"))
        #expect(change.notes.contains("missed key milestone \"Cutover\" (due 2026-11-10)"))
        #expect(change.notes.contains { $0.hasPrefix("health green → ") })
    }

    @Test func aReportedRatingThatMovedIsAChange() throws {
        let folder = try TemporaryFolder()
        let store = BaselineStore(workspace: folder.path)
        let rated = { (rating: String) in
            "I2,Dock app,coo,Bo,active,2026-01-01,2026-12-31,80,\(rating),100,50,,,K2,,,,"
        }
        try store.save(try Self.card(Self.before.rows("initiatives.csv", rated("green"))), name: "then", force: false)
        let current = try Self.card(Self.after.rows("initiatives.csv", rated("Amber/Red")))
        let baseline = try #require(try store.baseline(named: nil, before: current.asOf))
        let change = try #require(Changes(since: baseline, to: current).change(.initiative, "I2"))
        #expect(change.direction == .worse)
        #expect(change.notes.contains("reported Green → Amber/Red"))
    }

    @Test func aNewLinkToAKPIIsNotedOnTheInitiative() throws {
        let change = try #require(try Self.changes().change(.initiative, "I2"))
        #expect(change.notes.last == "now moves KPI K2")
    }

    @Test func aFindingThatNoLongerHoldsIsResolved() throws {
        let changes = try Self.changes()
        let resolved = changes.items.filter { $0.direction == .resolved }
        #expect(resolved.map(\.id) == ["unanchored_initiative:I2"])
        #expect(resolved.first?.owners == [.coo])
    }

    @Test func changesComeMostPressingFirst() throws {
        let directions = try Self.changes().items.map(\.direction)
        #expect(directions == directions.sorted())
        #expect(directions.first == .worse)
    }

    @Test func aRemovedItemIsListedWithWhatItWas() throws {
        let current = try Self.card(Self.after.rows("kpis.csv", "K1,Uptime,cio,higher,99,98,,%,system,monthly,,"))
        let changes = Changes(since: Baseline(name: "b", card: try Self.card(Self.before)), to: current)
        // I2 links K2, so its row is left out now too.
        let removed = changes.items.filter { $0.direction == .removed }
        #expect(removed.map(\.id) == ["K2", "I2"])
        #expect(removed.first?.notes == ["no longer in kpis.csv (was green)"])
    }

    @Test func aRowLeftOutForAnErrorIsNotCalledRemoved() throws {
        let broken = Self.after.rows(
            "risks.csv", "R1,Outage,cyber,cio,3,4,2,3,open,Backups,Drills,2026-10-01,",
            "R2,Vendor exit,vendor,coo,9,5,4,5,open,,,2026-11-01,")
        let changes = Changes(since: Baseline(name: "b", card: try Self.card(Self.after)), to: try Self.card(broken))
        let left = try #require(changes.items.first { $0.id == "R2" })
        #expect(left.direction == .removed)
        #expect(
            left.notes == ["left out of risks.csv for an error on line 3 (`tandem validate` says which) (was critical)"]
        )
    }

    @Test func aBaselineFromTheCardIsTheBaselineFromItsFile() throws {
        let card = try Self.card(Self.after)
        let direct = Baseline(name: "b", card: card)
        let read = try Baseline(name: "b", json: Data(ExportDocument.json(card).rendered().utf8), file: "b.json")
        #expect(String(describing: direct) == String(describing: read))
    }

    @Test func nothingChangesAgainstItself() throws {
        let card = try Self.card(Self.after)
        #expect(Changes(since: Baseline(name: "same", card: card), to: card).items.isEmpty)
    }

    // MARK: - The store

    @Test func aBaselineIsNeverReplacedSilently() throws {
        let folder = try TemporaryFolder()
        let store = BaselineStore(workspace: folder.path)
        let card = try Self.card(Self.before)
        let path = try store.save(card, name: "q4", force: false)
        #expect(path.hasSuffix("/.tandem/baselines/q4.json"))
        #expect(throws: AtomicFile.WriteError.self) { try store.save(card, name: "q4", force: false) }
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        try store.save(try Self.card(Self.after), name: "q4", force: true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != original)
    }

    @Test(arguments: ["", ".hidden", "../escape", "a/b", "name with space", String(repeating: "x", count: 65)])
    func aBaselineNameMustBeAPlainFileName(_ name: String) throws {
        let folder = try TemporaryFolder()
        #expect(throws: AtomicFile.WriteError.self) {
            try BaselineStore(workspace: folder.path).save(try Self.card(Self.before), name: name, force: false)
        }
    }

    @Test func theLatestBaselineBeforeTheDateIsChosen() throws {
        let folder = try TemporaryFolder()
        let store = BaselineStore(workspace: folder.path)
        try store.save(try Self.card(Self.before), name: "sept", force: false)
        try store.save(try Self.card(Self.after), name: "2026-11-20", force: false)
        #expect(try store.baseline(named: nil, before: day("2026-11-20"))?.name == "sept")
        #expect(try store.baseline(named: nil, before: day("2026-11-21"))?.name == "2026-11-20")
        #expect(try store.baseline(named: nil, before: day("2026-10-20")) == nil)
        #expect(try store.baseline(named: "2026-11-20", before: day("2026-11-20"))?.asOf == day("2026-11-20"))
        // A baseline from after the as-of date is refused: changes would run backwards.
        #expect(throws: LoadFailure.self) { try store.baseline(named: "2026-11-20", before: day("2026-11-19")) }
    }

    @Test func aMissingOrBrokenBaselineSaysWhichAndWhy() throws {
        let folder = try TemporaryFolder()
        let store = BaselineStore(workspace: folder.path)
        #expect(throws: LoadFailure.self) { try store.baseline(named: "nope", before: day("2026-11-20")) }
        try folder.makeFolder(".tandem/baselines")
        try folder.write(".tandem/baselines/broken.json", "{\"as_of\": \"2026-10-01\", \"kpis\": [}")
        try folder.write(".tandem/baselines/partial.json", "{\"as_of\": \"2026-10-01\", \"kpis\": []}")
        let entries = store.entries()
        #expect(entries.map(\.name) == ["broken", "partial"])
        for entry in entries {
            guard case .failure(let failure) = entry.load() else {
                Issue.record("\(entry.name) read")
                continue
            }
            #expect(failure.file == ".tandem/baselines/\(entry.name).json")
            #expect(failure.message.contains("expected"), "\(failure.message)")
        }
        guard case .failure(let broken) = entries[0].load(), case .failure(let partial) = entries[1].load() else {
            return
        }
        #expect(broken.line == 1)
        #expect(broken.message.hasPrefix("column 34: not valid JSON"), "\(broken.message)")
        #expect(partial.message.hasPrefix("has no findings"), "\(partial.message)")
        // Unreadable baselines are skipped when choosing the latest, not fatal.
        #expect(try store.baseline(named: nil, before: day("2026-11-20")) == nil)
    }

    @Test func choosingDecodesOnlyWhatItMust() throws {
        let folder = try TemporaryFolder()
        let store = BaselineStore(workspace: folder.path)
        try store.save(try Self.card(Self.before), name: "oct", force: false)
        // Older, broken after its date: never decoded, so never reported.
        try folder.write(".tandem/baselines/sept.json", "{\"as_of\": \"2026-09-20\", \"kpis\": [}")
        // Newer, broken: decoded, reported, and the next one is used.
        try folder.write(".tandem/baselines/nov.json", "{\"as_of\": \"2026-11-01\", \"kpis\": [}")
        let choice = try store.choose(named: nil, before: day("2026-11-20"))
        #expect(choice.baseline?.name == "oct")
        #expect(choice.unreadable.map(\.file) == [".tandem/baselines/nov.json"])
    }

    @Test func theDemoShowsEveryKindOfChange() {
        let demo = DemoWorkspace.load()
        let card = Scorecard(demo, asOf: demo.workspace.settings.asOf!)
        let changes = Changes(since: DemoWorkspace.previousMeeting(), to: card)
        #expect(changes.baseline.asOf == day("2026-10-23"))
        #expect(changes.change(.risk, "R13")?.direction == .new)
        #expect(changes.change(.risk, "R15")?.notes.contains("closed") == true)
        #expect(changes.change(.initiative, "I-WMS")?.notes.contains("due slipped 2027-02-26 → 2027-03-31") == true)
        #expect(changes.count(.worse) > 0)
        #expect(changes.count(.better) > 0)
    }

    /// A register large enough for the changes to be found on two cores (5,000 risks and
    /// initiatives or more): what each thread finds, the new risks in file order.
    @Test func aLargeRegistersChangesAreFoundInFileOrder() throws {
        let raised = (1000..<6000).map { "R\($0),Raised,cyber,cio,2,2,,,open,,,2026-11-01," }
        let after = Self.after.with(
            "risks.csv", DataSet.risks.csv(["R1,Outage,cyber,cio,3,4,2,3,open,Backups,Drills,2026-10-01,"] + raised))
        let folder = try TemporaryFolder()
        let store = BaselineStore(workspace: folder.path)
        try store.save(try Self.card(Self.before), name: "2026-10-20", force: false)
        let current = try Self.card(after)
        #expect(current.risks.count + current.initiatives.count >= Scorecard.twoCoresFrom)
        let changes = Changes(since: try #require(try store.baseline(named: nil, before: current.asOf)), to: current)
        let new = changes.items.filter { $0.direction == .new }.map(\.id)
        #expect(new == (1000..<6000).map { "R\($0)" })
        #expect(changes.items.first?.id == "K1")
        #expect(changes.change(.initiative, "I1")?.direction == .worse)
        #expect(changes.items.filter { $0.direction == .resolved }.map(\.id) == ["unanchored_initiative:I2"])
    }
}
