import TandemTestSupport
import Testing

@testable import TandemCore

/// Ids that name nothing, and ids used twice.
@Suite struct ReferenceDiagnosticsTests {
    private let fixture = WorkspaceFixture()

    @Test func aMeasurementOfAnUnknownKPIIsAnError() throws {
        let loaded = try fixture.rows("measurements.csv", "K1,2026-09,99.1", "K9,2026-10,5", "K1,2026-10,99.5").load()
        #expect(
            loaded.diagnostics.map(\.description) == [
                #"measurements.csv:3: kpi: unknown KPI "K9"; expected an id from kpis.csv"#
            ])
        #expect(loaded.workspace.kpis[0].history.map(\.value) == [99.1, 99.5])
    }

    @Test func aMeasurementWithoutAKPIIsAnError() throws {
        let diagnostics = try fixture.rows("measurements.csv", ",2026-10,5").diagnostics()
        #expect(diagnostics == ["measurements.csv:2: kpi: is empty; expected a KPI id"])
    }

    @Test func anInitiativeLinkingAnUnknownKPIIsAnError() throws {
        let diagnostics = try fixture.rows(
            "initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1;K9,,,,"
        ).diagnostics()
        #expect(
            diagnostics == [#"initiatives.csv:2: kpis: unknown KPI "K9"; expected ids from kpis.csv separated by ";""#])
    }

    @Test func anInitiativeLinkingAnUnknownRiskIsAnError() throws {
        let diagnostics = try fixture.rows(
            "initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1,R1; R9,,,"
        ).diagnostics()
        #expect(
            diagnostics == [
                #"initiatives.csv:2: risks: unknown risk "R9"; expected ids from risks.csv separated by ";""#
            ])
    }

    @Test func dependingOnAnUnknownInitiativeIsAnError() throws {
        let diagnostics = try fixture.rows(
            "initiatives.csv",
            "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1,,I2,,",
            "I2,Training,coo,Bo,active,2026-01-01,2026-12-31,90,,,,,,K1,,I9,,"
        ).diagnostics()
        #expect(
            diagnostics == [
                #"initiatives.csv:2: depends_on: "I2" was left out of initiatives.csv for an error on line 3; the "#
                    + #"link to it is ignored"#,
                #"initiatives.csv:3: depends_on: unknown initiative "I9"; expected ids from initiatives.csv "#
                    + #"separated by ";""#,
            ])
    }

    @Test func dependingOnAnInitiativeFurtherDownIsFine() throws {
        let loaded = try fixture.rows(
            "initiatives.csv",
            "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1,,I2,,",
            "I2,Training,coo,Bo,active,2026-01-01,2026-12-31,90,,,,,,K1,,,,"
        ).load()
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.initiatives.map(\.dependsOn) == [["I2"], []])
    }

    @Test func dependingOnItselfIsAnError() throws {
        let diagnostics = try fixture.rows(
            "initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1,,I1,,"
        ).diagnostics()
        #expect(
            diagnostics == [
                #"initiatives.csv:2: depends_on: "I1" is the initiative itself; expected ids of other initiatives"#
            ])
    }

    @Test func aMilestoneOfAnUnknownInitiativeIsAnError() throws {
        let loaded = try fixture.rows(
            "milestones.csv", "I1,Design,2026-03-01,2026-02-27,yes", "I9,Go live,2026-12-01,,yes"
        ).load()
        #expect(
            loaded.diagnostics.map(\.description) == [
                #"milestones.csv:3: initiative: unknown initiative "I9"; expected an id from initiatives.csv"#
            ])
        #expect(loaded.workspace.initiatives[0].milestones.map(\.name) == ["Design"])
    }

    @Test func anUnknownPairIsAnError() throws {
        let diagnostics = try fixture.rows("kpis.csv", "K1,Uptime,cio,higher,99,98,,%,system,monthly,K9,").diagnostics()
        #expect(diagnostics.first == #"kpis.csv:2: pair: unknown KPI "K9"; expected an id from kpis.csv"#)
    }

    @Test func pairingAKPIWithItselfIsAnError() throws {
        let diagnostics = try fixture.rows("kpis.csv", "K1,Uptime,cio,higher,99,98,,%,system,monthly,K1,").diagnostics()
        #expect(diagnostics.first == #"kpis.csv:2: pair: "K1" is the KPI itself; expected the id of another KPI"#)
    }

    @Test func pairingWithAKPIFurtherDownIsFine() throws {
        let loaded = try fixture.rows(
            "kpis.csv", "K1,Uptime,cio,higher,99,98,,%,system,monthly,K2,",
            "K2,No-shows,coo,lower,8,10,,%,operational,monthly,K1,"
        ).load()
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.kpis.map(\.pair) == ["K2", "K1"])
    }

    @Test(arguments: [
        (
            "kpis.csv",
            ["K1,Uptime,cio,higher,99,98,,%,system,monthly,,", "K1,Uptime again,cio,higher,99,98,,%,system,monthly,,"]
        ),
        ("risks.csv", [WorkspaceFixture.riskRow, "R1,Again,cyber,cio,1,1,,,open,a,b,2026-10-01,"]),
        (
            "initiatives.csv",
            [WorkspaceFixture.initiativeRow, "I1,Again,coo,Bo,active,2026-01-01,2026-12-31,10,,,,,,K1,,,,"]
        ),
    ])
    func aDuplicateIdIsAnErrorAndTheFirstRowIsKept(_ file: String, _ rows: [String]) throws {
        let loaded = try WorkspaceFixture().with(file, ([headerOf(file)] + rows).joined(separator: "\n")).load()
        let id = String(rows[0].prefix { $0 != "," })
        #expect(
            loaded.diagnostics.map(\.description) == [
                "\(file):3: id: duplicate id \"\(id)\" (first on line 2); expected each id once"
            ])
        let workspace = loaded.workspace
        let names =
            file == "kpis.csv"
            ? workspace.kpis.map(\.name)
            : file == "risks.csv" ? workspace.risks.map(\.title) : workspace.initiatives.map(\.name)
        #expect(names.count == 1)
        #expect(!names[0].contains("gain"))
    }

    @Test func aSecondValueForTheSamePeriodIsAnError() throws {
        let loaded = try fixture.rows("measurements.csv", "K1,2026-09,98", "K1,2026-10,99", "K1,2026-10-31,97").load()
        #expect(
            loaded.diagnostics.map(\.description) == [
                "measurements.csv:4: period: a second value for K1 in the period ending 2026-10-31 (first on line "
                    + "3); expected one row per KPI and period"
            ])
        #expect(loaded.workspace.kpis[0].history.map(\.value) == [98, 99])
    }

    @Test func measurementsOutOfOrderAreSortedByPeriod() throws {
        let loaded = try fixture.rows("measurements.csv", "K1,2026-10,99", "K1,2026-Q2,97", "K1,2026-08-15,98").load()
        #expect(loaded.diagnostics == [])
        #expect(
            loaded.workspace.kpis[0].history.map(\.period) == [day("2026-06-30"), day("2026-08-15"), day("2026-10-31")])
        #expect(loaded.workspace.kpis[0].history.map(\.value) == [97, 98, 99])
    }

    @Test func listsAreTrimmedAndRepeatsDropped() throws {
        let loaded = try fixture.rows(
            "kpis.csv", WorkspaceFixture.kpiRow, "K2,No-shows,coo,lower,8,10,,%,operational,monthly,,"
        )
        .rows(
            "initiatives.csv",
            "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,\" K1 ; K2;;K1 \",R1,,Portal; EHR ;portal,"
        ).load()
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.initiatives[0].kpis == ["K1", "K2"])
        #expect(loaded.workspace.initiatives[0].capabilities == ["portal", "ehr"])
    }

    private func headerOf(_ file: String) -> String {
        switch file {
        case "kpis.csv": WorkspaceFixture.kpisHeader
        case "risks.csv": WorkspaceFixture.risksHeader
        default: WorkspaceFixture.initiativesHeader
        }
    }
}
