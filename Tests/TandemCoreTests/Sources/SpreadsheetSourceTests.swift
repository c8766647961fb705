import Testing

@testable import TandemCore

/// Spreadsheets as people keep them load with only a `[sources]` table: no conversion script.
@Suite struct SpreadsheetSourceTests {
    /// A government portfolio: a cover sheet, a title block, headers on two lines, "£m" money, a
    /// five-point delivery confidence rating, withheld cells, no percent complete, a footnote.
    @Test func aGovernmentPortfolioWorkbookLoads() throws {
        let loaded = try SourceWorkspace(
            """
            [sources.initiatives]
            file = "portfolio.xlsx"
            sheet = "GMPP Portfolio"
            money_scale = 1_000_000
            [sources.initiatives.columns]
            id = "GMPP ID"
            name = "Project Name"
            sponsor = "Department"
            start = "Schedule Start Date (Latest Approved)"
            due = "Schedule End Date (Latest Approved)"
            rating = "IPA Delivery Confidence Assessment"
            budget = "Whole Life Cost (£m)"
            [sources.initiatives.values]
            sponsor = { "HM Revenue & Customs" = "cio", "Cabinet Office" = "cio", "*" = "coo" }
            """, files: ["portfolio.xlsx"]
        ).load()
        #expect(loaded.errorCount == 0, "\(loaded.diagnostics.map(\.description))")
        let initiatives = loaded.workspace.initiatives
        #expect(initiatives.map(\.id) == ["GMPP-0001", "GMPP-0002", "GMPP-0003", "GMPP-0004", "GMPP-0005"])
        #expect(initiatives.map(\.sponsor) == [.coo, .coo, .cio, .coo, .cio])
        #expect(initiatives.map(\.rating) == [.amber, .red, .green, .amberRed, nil])
        #expect(initiatives.map(\.budget) == [1_234_560_000, 20_450_000_000, 512_300_000, 3_120_000_000, 87_000_000])
        #expect(initiatives[0].start?.description == "2014-04-01")
        // Withheld: a warning each, the field empty, the row kept; none has a percent complete.
        #expect(initiatives[1].due == nil && initiatives[3].start == nil)
        #expect(initiatives.allSatisfy { !$0.isScheduled })
        #expect(
            loaded.diagnostics.map(\.description) == [
                "portfolio.xlsx[GMPP Portfolio]:6: due: F6: \"Exempt under Section 43\" is not a valid date; "
                    + "expected a date as YYYY-MM-DD, e.g. 2026-11-20; read as empty",
                "portfolio.xlsx[GMPP Portfolio]:8: start: E8: \"Exempt under Section 43\" is not a valid date; "
                    + "expected a date as YYYY-MM-DD, e.g. 2026-11-20; read as empty",
            ])
    }

    /// One sheet serves two data sets: the KPIs, and (wide) their monthly values, with date headers
    /// shown mmm-yy, percent-formatted cells, a month not reported and a title block.
    @Test func aKPITrackerWithOneColumnPerMonthLoads() throws {
        let loaded = try SourceWorkspace(
            """
            [sources.kpis]
            file = "kpi-tracker.xlsx"
            [sources.kpis.columns]
            id = "KPI ID"
            name = "KPI"
            direction = "Better"
            [sources.kpis.defaults]
            owner = "coo"
            frequency = "monthly"

            [sources.measurements]
            file = "kpi-tracker.xlsx"
            layout = "wide"
            columns = { kpi = "KPI ID" }
            """, files: ["kpi-tracker.xlsx"]
        ).load()
        #expect(loaded.errorCount == 0, "\(loaded.diagnostics.map(\.description))")
        let kpis = loaded.workspace.kpis
        #expect(kpis.map(\.id) == ["ED-4H", "ED-12H", "AMB-C2", "STAFF-VAC"])
        #expect(kpis.map(\.direction) == [.higher, .lower, .lower, .lower])
        #expect(kpis.map(\.target) == [95, 1500, 30, 8])
        #expect(kpis.map(\.owner) == [.coo, .coo, .coo, .coo])
        let fourHours = kpis[0].history
        #expect(
            fourHours.map(\.period.description) == [
                "2024-04-30", "2024-05-31", "2024-06-30", "2024-08-31", "2024-09-30",
            ])
        #expect(fourHours.map(\.value) == [74.6, 75.2, 76.1, 77.05, 78])
        #expect(kpis[3].history.map(\.value).last == 8.51)
        #expect(loaded.fileName(of: .measurements) == "kpi-tracker.xlsx")
    }

    /// Semicolons, decimal commas with points between thousands, day-first dates, CRLF and
    /// Windows-1252, headers in French, and the organisation's own words for owners and directions.
    @Test func aEuropeanExcelCSVWithItsOwnHeadersLoads() throws {
        let loaded = try SourceWorkspace(
            """
            [sources.kpis]
            file = "indicateurs.csv"
            decimal = ","
            [sources.kpis.columns]
            id = "Code"
            name = "Indicateur"
            owner = "Responsable"
            direction = "Sens"
            target = "Objectif"
            warn = "Seuil"
            unit = "Unité"
            description = "Commentaire"
            [sources.kpis.values]
            owner = { "DSI" = "cio", "Direction des opérations" = "coo", "Les deux" = "joint" }
            direction = { "Hausse" = "higher", "Baisse" = "lower" }

            [sources.measurements]
            file = "valeurs.csv"
            decimal = ","
            date_format = "DMY"
            columns = { kpi = "Code", period = "Période", value = "Valeur", note = "Remarque" }
            """, files: ["indicateurs.csv", "valeurs.csv"]
        ).load()
        #expect(loaded.errorCount == 0, "\(loaded.diagnostics.map(\.description))")
        #expect(loaded.diagnostics.count == 2)
        #expect(loaded.diagnostics.allSatisfy { $0.message.contains("Windows-1252") })
        let kpis = loaded.workspace.kpis
        #expect(kpis.map(\.name) == ["Disponibilité du SI", "Coût par séjour (€)", "Délai de prise en charge"])
        #expect(kpis.map(\.owner) == [.cio, .coo, .joint])
        #expect(kpis.map(\.direction) == [.higher, .lower, .lower])
        #expect(kpis.map(\.target) == [99.5, 1250, 45])
        #expect(kpis.map(\.warn) == [98, 1400, 60])
        #expect(kpis[0].history.map(\.value) == [99.1, 99.7])
        #expect(kpis[0].history.map(\.period.description) == ["2026-09-30", "2026-10-31"])
        #expect(kpis[0].history.last?.note == "très bien")
        #expect(kpis[1].history.map(\.value) == [1312.5])
        #expect(kpis[2].history.map(\.value) == [nil])
    }

    /// A council's register: a title block, its own headers, likelihood and impact as words,
    /// owners by job title, a withheld review date that costs nothing but a warning.
    @Test func aRegisterThatUsesWordsForLikelihoodAndImpactLoads() throws {
        let loaded = try SourceWorkspace(
            """
            [sources.risks]
            file = "council-register.xlsx"
            sheet = "Corporate Risks"
            [sources.risks.columns]
            id = "Risk Ref"
            title = "Risk Title"
            owner = "Risk Owner"
            likelihood = "Inherent Likelihood"
            impact = "Inherent Impact"
            technical_mitigation = "Controls in Place"
            [sources.risks.values]
            owner = { "Director of Digital" = "cio", "Director of Operations" = "coo", "*" = "joint" }
            """, files: ["council-register.xlsx"]
        ).load()
        #expect(loaded.errorCount == 0, "\(loaded.diagnostics.map(\.description))")
        let risks = loaded.workspace.risks
        #expect(risks.map(\.id) == ["CR01", "CR02", "CR03", "CR04"])
        #expect(risks.map(\.owner) == [.cio, .coo, .joint, .coo])
        #expect(risks.map(\.category) == ["cyber", "operational", "privacy", "operational"])
        #expect(risks.map(\.likelihood) == [4, 3, 5, 1])
        #expect(risks.map(\.impact) == [4, 5, 3, 5])
        #expect(risks.map(\.residualLikelihood) == [3, 2, 4, 1])
        #expect(risks.map(\.residualImpact) == [4, 4, 2, 4])
        #expect(risks[0].lastReviewed?.description == "2026-09-15")
        #expect(risks[2].lastReviewed == nil)
        let withheld = try #require(loaded.diagnostics.first)
        #expect(withheld.severity == .warning)
        #expect(withheld.description.hasPrefix("council-register.xlsx[Corporate Risks]:7: last_reviewed: J7: "))
        #expect(withheld.sheet == "Corporate Risks")
        #expect(withheld.dataSet == .risks)
    }
}
