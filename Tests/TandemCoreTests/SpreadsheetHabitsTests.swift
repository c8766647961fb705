import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// Workspaces written the way people keep spreadsheets (see Fixtures/european and
/// Fixtures/habits): they load as they are, without a conversion script.
@Suite struct SpreadsheetHabitsTests {
    static func load(_ name: String) throws -> LoadedWorkspace {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name)").path
        return try WorkspaceLoader.load(FolderFiles(path: path))
    }

    @Test func aEuropeanExcelCSVInWindows1252WithSemicolonsLoads() throws {
        let loaded = try Self.load("european")
        #expect(loaded.errorCount == 0, "\(loaded.diagnostics)")
        #expect(
            loaded.diagnostics.map(\.file) == ["kpis.csv", "measurements.csv", "risks.csv", "initiatives.csv"])
        #expect(loaded.diagnostics.allSatisfy { $0.severity == .warning && $0.message.contains("Windows-1252") })
        let workspace = loaded.workspace
        #expect(workspace.settings.currency == "EUR")
        #expect(workspace.kpis.map(\.name) == ["Disponibilité du système", "Coût par patient (€)"])
        #expect(workspace.kpis.map(\.owner) == [.cio, .coo])
        #expect(workspace.kpis[0].description == "Mesurée; chaque mois")
        #expect(workspace.kpis[1].description == "Budget en £ et €")
        #expect(workspace.kpis[0].history.map(\.value) == [97, 99])
        #expect(workspace.kpis[0].history.last?.note == "très bien")
        #expect(workspace.risks.first?.status == .mitigating)
        #expect(workspace.initiatives.first?.stage == .active)
        #expect(workspace.initiatives.first?.lead == "Zoé")
    }

    @Test func wordsForRatingsAndStatusesLoad() throws {
        let risks = try Self.load("habits").workspace.risks
        #expect(risks.map(\.likelihood) == [4, 5, 4])
        #expect(risks.map(\.impact) == [4, 5, 5])
        #expect(risks.map(\.residualLikelihood) == [2, 3, nil])
        #expect(risks.map(\.residualImpact) == [3, 2, nil])
        #expect(risks.map(\.status) == [.mitigating, .accepted, .open])
        #expect(risks.map(\.owner) == [.cio, .coo, .joint])
        #expect(risks.map { $0.lastReviewed?.description } == ["2026-03-31", "2026-03-31", nil])
    }

    @Test func moneyPercentagesAndDatesAsTypedLoad() throws {
        let loaded = try Self.load("habits")
        let kpis = loaded.workspace.kpis
        #expect(kpis.map(\.target) == [95, 1200, 400])
        #expect(kpis.map(\.warn) == [90, nil, nil])
        #expect(kpis.map(\.baseline) == [nil, nil, nil])
        #expect(kpis.map(\.direction) == [.higher, .lower, .higher])
        let initiatives = loaded.workspace.initiatives
        #expect(initiatives.map(\.sponsor) == [.coo, .cio])
        #expect(initiatives.map(\.stage) == [.active, .paused])
        #expect(initiatives.map(\.start?.description) == ["2026-04-01", "2026-01-05"])
        #expect(initiatives.map(\.due?.description) == ["2027-03-31", "2026-12-18"])
        #expect(initiatives.map(\.progress) == [45, 30])
        #expect(initiatives.map(\.budget) == [1_200_000, 1200])
        #expect(initiatives.map(\.spent) == [640_000, nil])
        #expect(initiatives.map(\.forecast) == [1_250_000, 1_500_000])
        #expect(initiatives.map(\.adoption) == [nil, nil])
    }

    @Test func periodsInEveryFormAreTheDayThePeriodEnds() throws {
        let kpis = try Self.load("habits").workspace.kpis
        #expect(kpis[0].history.map(\.period.description) == ["2026-03-31", "2026-04-30", "2026-05-31"])
        #expect(kpis[0].history.map(\.value) == [93, nil, 96])
        #expect(kpis[1].history.map(\.period.description) == ["2025-06-30", "2025-09-30"])
        #expect(kpis[1].history.map(\.value) == [-350, 1150])
        #expect(kpis[2].history.map(\.period.description) == ["2026-04-05", "2026-04-12"])
    }

    @Test func withheldCellsInOptionalColumnsAreWarningsAndTheRowsStay() throws {
        let loaded = try Self.load("habits")
        #expect(
            loaded.diagnostics.map(\.description) == [
                #"risks.csv:4: residual_likelihood: "see note" is not a number; expected an integer from 1 to 5; "#
                    + "read as empty",
                #"risks.csv:4: residual_impact: "see note" is not a number; expected an integer from 1 to 5; "#
                    + "read as empty",
                #"risks.csv:4: last_reviewed: "Exempt under Section 43" is not a valid date; expected a date as "#
                    + "YYYY-MM-DD, e.g. 2026-11-20; read as empty",
                #"initiatives.csv:2: adoption: "Exempt under Section 43" is not a number; expected a percentage "#
                    + "from 0 to 100; read as empty",
                #"initiatives.csv:3: spent: "(not disclosed)" is not a number; expected an amount of money from "#
                    + "0, e.g. 250000 or £1.2m; read as empty",
            ])
        #expect(loaded.warningCount == 5)
        #expect(loaded.workspace.risks.count == 3)
        #expect(loaded.workspace.initiatives.count == 2)
    }

    @Test func withheldTextInARequiredColumnStaysAnError() throws {
        // A measurement's period is required; an initiative's dates no longer are (it is then
        // unscheduled: InitiativeRatingTests).
        let loaded = try WorkspaceFixture().rows("measurements.csv", "K1,Exempt under Section 43,98,").load()
        #expect(loaded.errorCount == 1)
        #expect(loaded.workspace.kpis.first?.history.isEmpty == true)
    }

    @Test func aNumericPeriodWithoutDateFormatIsOneErrorAndItsRowsAreLeftOut() throws {
        let loaded = try WorkspaceFixture()
            .rows("measurements.csv", "K1,01/09/2026,98,", "K1,01/10/2026,99,", "K1,2026-11,97,").load()
        #expect(loaded.errorCount == 1)
        #expect(loaded.diagnostics.first?.message.contains("a numeric date reads two ways") == true)
        let values: [Double?]? = loaded.workspace.kpis.first?.history.map { $0.value }
        #expect(values == [97])
        // The two rows it left out are counted, so the screen never says nothing is missing.
        #expect(loaded.rowsLeftOut.map { "\($0.file) \($0.rows)" } == ["measurements.csv 2"])
    }

    @Test func aFiscalQuarterWithoutFiscalYearStartNamesTheSetting() throws {
        let messages = try WorkspaceFixture().rows("measurements.csv", "K1,2025/26 Q1,98,").diagnostics()
        #expect(messages.count == 1)
        #expect(messages.first?.contains("fiscal_year_start") == true)
    }
}
