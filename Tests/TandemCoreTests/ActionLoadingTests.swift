import Testing

@testable import TandemCore
import TandemTestSupport

/// `actions.csv`: optional, validated like the other files, assessed as of the workspace's date
/// (2026-11-20 in the fixture).
@Suite struct ActionLoadingTests {
    private func loaded(_ rows: String...) throws -> LoadedWorkspace {
        try WorkspaceFixture().with("actions.csv", ([DataSet.actions.header] + rows).joined(separator: "\n") + "\n")
            .load()
    }

    @Test func noFileMeansNoActionsDataSet() throws {
        let loaded = try WorkspaceFixture().load()
        #expect(loaded.workspace.actions == nil)
        #expect(Scorecard(loaded, asOf: asOf).actions == nil)
    }

    @Test func readsEveryColumn() throws {
        let loaded = try loaded(
            "A-001,Agree the contract,coo,Ann,2026-12-01,done,2026-11-18,2026-10-23,R1;K1,\"Signed, filed\"")
        #expect(
            loaded.workspace.actions == [
                ActionItem(
                    id: "A-001", title: "Agree the contract", owner: .coo, assignee: "Ann",
                    due: Day(iso: "2026-12-01"), status: .done, done: Day(iso: "2026-11-18"),
                    raised: Day(iso: "2026-10-23"), links: ["R1", "K1"], note: "Signed, filed", line: 2)
            ])
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test func badValuesAreErrorsWithTheirPlaceAndTheRowIsLeftOut() throws {
        let loaded = try loaded(
            "A-001,One,cfo,,2026-12-01,,,,,", "A-002,Two,cio,,2026-13-01,,,,,", "A-003,Three,cio,,,shelved,,,,",
            "A-004,Four,cio,,,,,,R9,", "A-004,Again,cio,,,,,,,", "A-005,Five,joint,,,,,,A-004;I1,")
        // A-005 stays: its link to A-004, left out for an unknown link, is dropped with a warning.
        #expect(loaded.workspace.actions?.map(\.id) == ["A-005"])
        #expect(loaded.workspace.actions?.first?.links == ["I1"])
        #expect(
            loaded.diagnostics.map { "\($0.severity.rawValue) \($0.line ?? 0) \($0.column ?? "")" } == [
                "error 2 owner", "error 3 due", "error 4 status", "error 5 links", "error 6 id", "warning 7 links",
            ])
        #expect(loaded.diagnostics[3].message.contains("unknown id \"R9\""))
    }

    /// A link to a row left out of any file is dropped with the loader's one warning, naming the
    /// file and line; the linking action stays, wherever the left-out one is in the file.
    @Test func aLinkToALeftOutRowIsDroppedWithAWarningNamingItsFile() throws {
        let loaded = try WorkspaceFixture()
            .rows("kpis.csv", WorkspaceFixture.kpiRow, "K2,Bad,cio,higher,abc,,,,,,,")
            .with(
                "actions.csv",
                [
                    DataSet.actions.header, "A-001,Follows up,cio,,,,,,A-002;K2,", "A-002,Unknown link,cio,,,,,,R9,",
                ].joined(separator: "\n") + "\n"
            )
            .load()
        #expect(loaded.workspace.actions?.map(\.id) == ["A-001"])
        #expect(loaded.workspace.actions?.first?.links == [])
        let messages = loaded.diagnostics.filter { $0.file == "actions.csv" }.map(\.description)
        #expect(
            messages == [
                "actions.csv:2: links: \"A-002\" was left out of actions.csv for an error on line 3; the link to it "
                    + "is ignored",
                "actions.csv:2: links: \"K2\" was left out of kpis.csv for an error on line 3; the link to it is "
                    + "ignored",
                "actions.csv:3: links: unknown id \"R9\"; expected KPI, risk, initiative or action ids separated by "
                    + "\";\"",
            ])
    }

    /// A finding is answered by an action that links one of its ids, unless it was dropped.
    @Test func anActionAnswersAFindingUnlessDropped() throws {
        let card = Scorecard(
            try loaded(
                "A-1,Open,cio,,,open,,,R1,", "A-2,Done,coo,,,done,2026-11-01,,K1;R1,", "A-3,Dropped,cio,,,dropped,,,I1,"
            ),
            asOf: asOf)
        #expect(card.actions(answering: ["R1", "K1"]).map(\.action.id) == ["A-1", "A-2"])
        #expect(card.actions(answering: ["I1"]).isEmpty)
        #expect(Scorecard(try WorkspaceFixture().load(), asOf: asOf).actions(answering: ["R1"]).isEmpty)
    }

    @Test func overdueAndDueSoonAreCountedFromTheAsOfDate() throws {
        let card = Scorecard(
            try loaded(
                "A-1,Late,cio,,2026-11-19,open,,,,", "A-2,Today,cio,,2026-11-20,open,,,,",
                "A-3,In 14 days,cio,,2026-12-04,open,,,,", "A-4,In 15 days,cio,,2026-12-05,open,,,,",
                "A-5,Done late,cio,,2026-11-01,done,2026-11-10,,,", "A-6,No date,cio,,,open,,,,"), asOf: asOf)
        let actions = try #require(card.actions)
        #expect(actions.map(\.isOverdue) == [true, false, false, false, false, false])
        #expect(actions.map(\.isDueSoon) == [false, true, true, false, false, false])
        #expect(actions[0].daysLate == 1)
    }

    @Test func linksAreReadBackwardsFromTheItem() throws {
        let card = Scorecard(try loaded("A-1,One,cio,,,,,,R1;K1,", "A-2,Two,coo,,,,,,R1,"), asOf: asOf)
        #expect(card.links.actions(linking: "R1") == [0, 1])
        #expect(card.links.actions(linkingAny: ["K1", "R1"]) == [0, 1])
        #expect(card.links.actions(linking: "I1").isEmpty)
    }
}
