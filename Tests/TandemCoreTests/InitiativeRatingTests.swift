import TandemTestSupport
import Testing

@testable import TandemCore

/// Reading `initiatives.csv`: the reported `rating` in every form people write it, and `start`,
/// `due` and `progress` as optional columns (without them an initiative is unscheduled, not left
/// out).
@Suite struct InitiativeRatingTests {
    /// One initiative row of the engine's header, with `rating` and the schedule fields as given.
    private static func row(
        _ rating: String, id: String = "I1", start: String = "2026-01-01", due: String = "2026-12-31",
        progress: String = "90"
    ) -> String {
        "\(id),Upgrade \(id),cio,Ann,active,\(start),\(due),\(progress),\(rating),,,,,K1,,,,"
    }

    private static func load(_ rows: String...) throws -> LoadedWorkspace {
        try WorkspaceFixture().with("initiatives.csv", DataSet.initiatives.csv(rows)).load()
    }

    // MARK: - Rating words

    @Test(arguments: [
        ("green", Rating.green), ("Green", .green), ("AMBER", .amber), ("red", .red),
        ("amber-green", .amberGreen), ("Amber/Green", .amberGreen), ("amber green", .amberGreen),
        ("Amber_Green", .amberGreen), ("AMBER-RED", .amberRed), ("amber / red", .amberRed), ("A/G", .amberGreen),
        ("AR", .amberRed), ("G", .green), ("r", .red),
    ])
    func ratingWordsAndTheirForms(_ word: String, _ expected: Rating) throws {
        let loaded = try Self.load(Self.row(word))
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.initiatives.map(\.rating) == [expected])
    }

    @Test(arguments: ["", "N/A", "TBC", "tbd", "-", "  "])
    func anEmptyRatingIsNoRatingWithoutADiagnostic(_ word: String) throws {
        let loaded = try Self.load(Self.row(word))
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.initiatives.map(\.rating) == [nil])
    }

    @Test func anUnknownRatingIsAnErrorWithFileLineAndColumnAndTheRowIsLeftOut() throws {
        let loaded = try Self.load(Self.row("green"), Self.row("Ambr", id: "I2"))
        let problem = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(problem.severity == .error)
        #expect(problem.file == "initiatives.csv")
        #expect(problem.line == 3)
        #expect(problem.column == "rating")
        #expect(
            problem.message == #""Ambr" is not allowed; expected one of green, amber, red, amber-green, amber-red"#)
        #expect(loaded.workspace.initiatives.map(\.id) == ["I1"])
        #expect(loaded.rowsLeftOut.map { "\($0.file) \($0.rows)" } == ["initiatives.csv 1"])
    }

    @Test func aDataSetsOwnWordsForTheRatingAreRead() throws {
        let manifest =
            WorkspaceFixture.manifest + """

                [sources.initiatives]
                file = "initiatives.csv"

                [sources.initiatives.values]
                rating = { "On track" = "green", "Watch" = "Amber/Green" }
                """
        let loaded = try WorkspaceFixture()
            .with("tandem.toml", manifest)
            .rows(
                "initiatives.csv", Self.row("On Track"), Self.row("watch", id: "I2"), Self.row("Amber Red", id: "I3")
            )
            .load()
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.initiatives.map(\.rating) == [.green, .amberGreen, .amberRed])
    }

    @Test func theFivePointRatingCountsOnThreePoints() {
        #expect(Rating.allCases.map(\.rag) == [.green, .amber, .red, .amber, .red])
        #expect(Rating.allCases.map(\.letters) == ["G", "A", "R", "AG", "AR"])
        #expect(Rating.amberGreen.label == "Amber/Green")
    }

    // MARK: - Optional schedule columns

    @Test func aFileWithoutStartDueOrProgressLoadsItsInitiativesUnscheduled() throws {
        let loaded = try WorkspaceFixture()
            .with("initiatives.csv", "id,name,sponsor,rating\nI1,Upgrade,cio,Amber/Green\n").load()
        #expect(loaded.diagnostics == [])
        let initiative = try #require(loaded.workspace.initiatives.first)
        #expect(initiative.start == nil && initiative.due == nil && initiative.progress == nil)
        #expect(!initiative.isScheduled)
        #expect(initiative.rating == .amberGreen)
    }

    @Test func anyOneOfStartDueAndProgressMissingMakesItUnscheduled() throws {
        let loaded = try Self.load(
            Self.row("", id: "I1"), Self.row("", id: "I2", start: ""), Self.row("", id: "I3", due: ""),
            Self.row("", id: "I4", progress: ""), Self.row("", id: "I5", progress: "TBC"))
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.initiatives.map(\.isScheduled) == [true, false, false, false, false])
    }

    @Test func withheldTextInAScheduleColumnIsAWarningAndReadsAsEmpty() throws {
        let loaded = try Self.load(Self.row("", start: "Exempt under Section 43"))
        #expect(
            loaded.diagnostics.map(\.description) == [
                #"initiatives.csv:2: start: "Exempt under Section 43" is not a valid date; expected a date as "#
                    + "YYYY-MM-DD, e.g. 2026-11-20; read as empty"
            ])
        #expect(loaded.diagnostics.map(\.severity) == [.warning])
        #expect(loaded.workspace.initiatives.map(\.start) == [nil])
    }

    @Test func dueNotAfterStartIsAnErrorOnlyWhenBothAreGiven() throws {
        let both = try Self.load(Self.row("", start: "2026-06-01", due: "2026-06-01"))
        #expect(
            both.diagnostics.map(\.description) == [
                "initiatives.csv:2: due: 2026-06-01 is not after the start 2026-06-01; expected a due date later "
                    + "than start"
            ])
        #expect(try Self.load(Self.row("", start: "", due: "2026-06-01")).diagnostics == [])
        #expect(try Self.load(Self.row("", start: "2026-06-01", due: "")).diagnostics == [])
    }

    @Test func onlyIdNameAndSponsorAreRequired() {
        #expect(DataSet.initiatives.requiredColumns == ["id", "name", "sponsor"])
        let columns = DataSet.initiatives.columns
        #expect(columns[columns.firstIndex(of: "progress")! + 1] == "rating")
    }
}
