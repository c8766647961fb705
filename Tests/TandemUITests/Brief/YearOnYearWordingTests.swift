import TandemCore
import TandemTestSupport
import Testing

@testable import TandemUI

/// How the screen and the brief word interim targets and year on year. PICK (higher is better,
/// target 98, warn 95) is amber at 96% in October 2026: better than September's 94.5%, worse
/// than October 2025's 97.5%. EPOD's latest row carries an interim target of 92.
@Suite struct YearOnYearWordingTests {
    static let kpis = DataSet.kpis.csv(
        "PICK,Same-day pick rate,coo,higher,98,95,,%,operational,monthly,,",
        "EPOD,Proof of delivery,joint,higher,95,90,,%,customer,monthly,,",
        "OTD,On-time delivery,coo,higher,96,93,,%,operational,weekly,,",
        "YARD,Yard wait,coo,lower,35,,,minutes,operational,daily,,")
    static let measurements = DataSet.measurements.csv(
        "PICK,2025-10,97.5,,,", "PICK,2026-08,95.8,,,", "PICK,2026-09,94.5,,,", "PICK,2026-10,96,,,",
        "EPOD,2026-09,90,,,", "EPOD,2026-10,92.4,92,,",
        "OTD,2025-11-16,95,,,", "OTD,2026-11-08,93,,,", "OTD,2026-11-15,94,,,",
        "YARD,2026-11-20,30,,,")

    static func model(asOf: String = "2026-11-20") throws -> ViewModel {
        let files = [
            "tandem.toml": "[organization]\nname = \"Test\"\nas_of = \(asOf)\n", "kpis.csv": kpis,
            "measurements.csv": measurements,
        ]
        let loaded = try WorkspaceLoader.load(MemoryFiles(files, origin: .folder("test")))
        return ViewModel(Scorecard(loaded, asOf: loaded.workspace.settings.asOf!))
    }

    static func text(_ line: Line) -> String { line.map(\.text).joined() }

    @Test func theBriefSaysBetterThanLastMonthButWorseThanAYearAgo() throws {
        let brief = Brief(try Self.model())
        let section = try #require(brief.sections.first { $0.heading.hasPrefix("KPIs off target") })
        let row = try #require(section.table?.rows.first { $0[1].contains("(PICK)") })
        #expect(row[2] == "Amber")
        #expect(row[5] == "94.5% (better than last month, worse than a year ago)")
        #expect(!BriefRenderer.markdown(brief).contains("now better"))
    }

    @Test func theComparisonWordsEveryCase() throws {
        let model = try Self.model()
        let pick = try #require(model.kpi("PICK"))
        #expect(Brief.comparison(pick) == " (better than last month, worse than a year ago)")
        // OTD: 94 after 93 a week before, 95 52 weeks before.
        #expect(Brief.comparison(try #require(model.kpi("OTD"))) == " (better than last week, worse than a year ago)")
        // EPOD has no year-ago value: as before.
        #expect(Brief.comparison(try #require(model.kpi("EPOD"))) == " (now better)")
    }

    @Test func theBriefSaysTheTargetIsInterim() throws {
        let card = try Self.model().card
        let row = Brief.kpiRow(try #require(card.kpis.first { $0.kpi.id == "EPOD" }))
        #expect(row[4] == "92% (interim)")
    }

    @Test func aStatusThatRoseWhileWorseThanAYearAgoIsNotCalledBetter() throws {
        // At the meeting of 20 Oct, PICK's latest was September's 94.5%: red. Now amber.
        let before = Baseline(name: "last", card: try Self.model(asOf: "2026-10-20").card)
        let compared = try Self.model().card.compared(with: before)
        let change = try #require(compared.changes.change(.kpi, "PICK"))
        #expect(change.direction == .changed)
        #expect(change.notes == ["status red → amber", "still worse than a year ago"])
    }

    @Test func theDetailSaysHowTheValueComparesWithAYearAgo() throws {
        let model = try Self.model()
        let asOf = model.card.asOf
        let pick = try #require(model.kpi("PICK"))
        #expect(
            Self.text(try #require(DetailPane.yearOnYear(pick, asOf: asOf))) == "vs Oct 2025 (97.5%): -1.5 pts, worse")
        let otd = try #require(model.kpi("OTD"))
        #expect(Self.text(try #require(DetailPane.yearOnYear(otd, asOf: asOf))) == "vs 16 Nov 2025 (95%): -1 pt, worse")
        let epod = try #require(model.kpi("EPOD"))
        #expect(
            Self.text(try #require(DetailPane.yearOnYear(epod, asOf: asOf))) == "no value for Oct 2025 to compare with")
        #expect(DetailPane.yearOnYear(try #require(model.kpi("YARD")), asOf: asOf) == nil)
    }

    @Test func theDetailAndTheListSayTheTargetIsInterim() throws {
        let model = try Self.model()
        let epod = try #require(model.kpi("EPOD"))
        let lines = DetailPane.kpiLines(epod, model: model, width: 100, .unicode).map(Self.text)
        let target = try #require(lines.first { $0.hasPrefix("Target") })
        #expect(target.contains("92% (interim; year-end 95%)   amber from 82.8% (default band)"), "\(target)")
        #expect(Self.text(KPIPane.cells(epod, .unicode)[4]) == "92% interim")
        #expect(Self.text(KPIPane.cells(try #require(model.kpi("PICK")), .unicode)[4]) == "98%")
    }
}
