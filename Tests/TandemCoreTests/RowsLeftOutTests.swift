import TandemTestSupport
import Testing

@testable import TandemCore

/// A row with an error is left out, the rest still loads, and the count of rows left out per file
/// is kept for the dashboard.
@Suite struct RowsLeftOutTests {
    private let fixture = WorkspaceFixture()

    @Test func anUnterminatedQuoteIsAnErrorOnTheLineItOpens() throws {
        let loaded = try fixture.rows(
            "kpis.csv", WorkspaceFixture.kpiRow,
            "K2,\"Broken,cio,higher,5,,,%,system,monthly,,",
            "K3,Never seen,cio,higher,5,,,%,system,monthly,,"
        ).load()
        // The fields of a row with broken quotes are not where the header says: one error, not one per field.
        #expect(
            loaded.diagnostics.map(\.description) == [
                "kpis.csv:3: a quoted field opened on line 3 is never closed; expected a closing \" before the end "
                    + "of the file"
            ])
        let first = try #require(loaded.diagnostics.first)
        #expect(first.column == nil)
        #expect(first.severity == .error)
        #expect(loaded.workspace.kpis.map(\.id) == ["K1", "K3"])  // the next row is not swallowed
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        let loaded = try fixture.rows(
            "kpis.csv", "K0,\"Uptime\" (portal),cio,higher,99,x,,%,system,monthly,,", WorkspaceFixture.kpiRow
        ).load()
        #expect(
            loaded.diagnostics.map(\.description) == [
                "kpis.csv:2: unexpected text after a closing quote; expected a comma or the end of the line"
            ])
        #expect(loaded.workspace.kpis.map(\.id) == ["K1"])
    }

    @Test func linesStayRightAfterAQuotedFieldOverSeveralLines() throws {
        let diagnostics = try fixture.rows(
            "risks.csv",
            "R1,Outage,cyber,cio,3,4,2,3,open,\"Backups,\nimmutable\r\nand "
                + "tested\",Drills,2026-10-01,\"Long\n\ndescription\"",
            "R2,Breach,cyber,cio,9,4,2,3,open,a,b,2026-10-01,"
        ).diagnostics()
        #expect(diagnostics == [#"risks.csv:7: likelihood: "9" is out of range; expected an integer from 1 to 5"#])
    }

    @Test func multiLineTextKeepsItsLineBreaksWhereParagraphsAreShown() throws {
        let loaded = try fixture.rows(
            "risks.csv",
            "R1,\"Out\nage\",cyber,cio,3,4,2,3,open,\"Backups,\r\ntested\",Drills,2026-10-01,\"One.\n\nTwo.\""
        ).load()
        let risk = try #require(loaded.workspace.risks.first)
        #expect(risk.title == "Out age")
        #expect(risk.technicalMitigation == "Backups,\ntested")
        #expect(risk.description == "One.\n\nTwo.")
    }

    /// K2 and I2's link to K2 are both "bad", but differently: K2 has an error of its own and is
    /// left out; I2 only links a left-out KPI, so the link is dropped with a warning and I2 stays.
    @Test func badRowsAreLeftOutAndTheRestLoads() throws {
        let loaded =
            try fixture
            .rows(
                "kpis.csv", WorkspaceFixture.kpiRow, "K2,Bad,cio,higher,abc,,,,,,,",
                "K3,No-shows,coo,lower,8,10,,%,operational,monthly,,"
            )
            .rows("measurements.csv", "K1,2026-10,99.5", "K3,2026-10,9", "K3,2026-09,x", "K2,2026-10,1")
            .rows(
                "risks.csv", WorkspaceFixture.riskRow, "R2,Bad,cyber,cio,0,4,,,open,,,,",
                "R3,Fine,vendor,coo,2,2,,,open,,,,"
            )
            .rows(
                "initiatives.csv", WorkspaceFixture.initiativeRow,
                "I2,Bad,cio,,active,2026-01-01,2026-12-31,90,,,,,,K2,,,,"
            )
            .load()
        #expect(loaded.workspace.kpis.map(\.id) == ["K1", "K3"])
        #expect(loaded.workspace.kpis.map { $0.history.count } == [1, 1])
        #expect(loaded.workspace.risks.map(\.id) == ["R1", "R3"])
        #expect(loaded.workspace.initiatives.map(\.id) == ["I1", "I2"])
        #expect(loaded.workspace.initiatives.last?.kpis == [])
        #expect(loaded.errorCount == 3)
        #expect(loaded.warningCount == 2)
        #expect(
            loaded.rowsLeftOut.map { "\($0.file) \($0.rows)" } == ["kpis.csv 1", "measurements.csv 1", "risks.csv 1"])
    }

    @Test func aRowWithSeveralErrorsCountsOnce() throws {
        let loaded = try fixture.rows("risks.csv", WorkspaceFixture.riskRow, "R2,,cyber,ceo,0,9,,,open,,,,").load()
        #expect(loaded.errorCount == 4)
        #expect(loaded.rowsLeftOut.map { "\($0.file) \($0.rows)" } == ["risks.csv 1"])
    }

    @Test func diagnosticsComeInFileOrderThenLineOrder() throws {
        let loaded =
            try fixture
            .with("tandem.toml", WorkspaceFixture.manifest + "\n[kpis]\nwarn_band_pct = \"x\"\n")
            .rows("milestones.csv", "I1,Go live,2026-12-01,,maybe")
            .rows(
                "initiatives.csv", WorkspaceFixture.initiativeRow,
                "I2,Bad,cio,,active,2026-01-01,2026-12-31,101,,,,,,K1,,,,"
            )
            .rows("kpis.csv", WorkspaceFixture.kpiRow, "K2,Bad,cio,higher,,,,,,,,", "K3,Bad,cio,higher,1e999,,,,,,,")
            .load()
        #expect(
            loaded.diagnostics.map(\.location) == [
                "tandem.toml:5", "kpis.csv:3", "kpis.csv:4", "initiatives.csv:3", "milestones.csv:2",
            ])
    }

    @Test func loadedLinksAlwaysNameLoadedItems() throws {
        // K2 and I2 are left out for errors of their own; nothing that is loaded may still point at them.
        let loaded =
            try fixture
            .rows(
                "kpis.csv", "K1,Uptime,cio,higher,99,98,,%,system,monthly,K2,",
                "K2,No-shows,coo,lower,8,10,,%,operational,monthly,K9,"
            )
            .rows(
                "initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1,,I2,,",
                "I2,Training,coo,Bo,active,2026-01-01,2026-12-31,90,,,,,,K1,,I9,,"
            )
            .load()
        let kpiIDs = Set(loaded.workspace.kpis.map(\.id))
        let initiativeIDs = Set(loaded.workspace.initiatives.map(\.id))
        for kpi in loaded.workspace.kpis {
            #expect(
                kpi.pair.map(kpiIDs.contains) ?? true, "\(kpi.id) is paired with \(kpi.pair ?? "") which was left out")
        }
        for initiative in loaded.workspace.initiatives {
            for dependency in initiative.dependsOn {
                #expect(
                    initiativeIDs.contains(dependency), "\(initiative.id) depends on \(dependency) which was left out")
            }
        }
    }

    @Test func aKPIRemembersWhichOfItsValuesWereLeftOut() throws {
        let loaded = try fixture.rows("measurements.csv", "K1,2026-09,99.5", "K1,2026-10,\"99,7\"", "K1,2026-10-15,x")
            .load()
        let kpi = try #require(loaded.workspace.kpis.first { $0.id == "K1" })
        #expect(kpi.valuesLeftOut == [3, 4])
        #expect(kpi.history.map(\.value) == [99.5])
    }
}
