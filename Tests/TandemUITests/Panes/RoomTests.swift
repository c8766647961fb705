import TandemCore
import TandemUI
import Testing

/// Screens use the room they have: names whole at 120 columns, figures whole at 200, and a wide,
/// tall screen shows more rather than blank rows.
@Suite struct RoomTests {
    static let demo: ViewModel = {
        let loaded = DemoWorkspace.load()
        return ViewModel(Scorecard(loaded, asOf: loaded.workspace.settings.asOf!))
    }()

    @Test func namesShowWholeInEveryListAt120Columns() {
        let card = Self.demo.card
        let kpis = screen("2", size: .of(120, 40), model: Self.demo)
        for item in card.kpis { #expect(kpis.contains(item.kpi.name), "\(item.kpi.name)") }
        let risks = screen("3", size: .of(120, 40), model: Self.demo)
        for item in card.risks { #expect(risks.contains(item.risk.title), "\(item.risk.title)") }
        let initiatives = screen("4", size: .of(120, 40), model: Self.demo)
        for item in card.initiatives { #expect(initiatives.contains(item.initiative.name), "\(item.initiative.name)") }
        #expect(risks.contains("Appetite"))
    }

    @Test func figuresShowWholeAt200Columns() {
        let kpis = screen("2", size: .of(200, 60), model: Self.demo)
        #expect(kpis.contains("16.4 calls/1k"))
        #expect(kpis.contains("12 calls/1k"))
        #expect(kpis.contains("+0.6 calls/1k"))
    }

    @Test func theOverviewAt200x60HasFewBlankRows() {
        let lines = screen("", size: .of(200, 60), model: Self.demo).split(separator: "\n")
        let blank = lines.count { line in line.allSatisfy { $0 == " " || $0 == "│" } }
        #expect(blank <= 10, "\(blank) blank rows")
    }

    /// A large register's counts are never cut to "71…": the cards' count column grows to fit.
    @Test func overviewCountsShowWholeForALargeRegister() throws {
        var generator = WorkspaceGenerator()
        generator.risks = 6_000
        let loaded = try WorkspaceLoader.load(MemoryFiles(generator.files()))
        let model = ViewModel(Scorecard(loaded, asOf: loaded.workspace.settings.asOf!))
        let overview = screen("", size: .of(120, 40), model: model)
        let open = model.card.risks.filter { !$0.isClosed }
        for band in RiskBand.allCases {
            let count = open.count { $0.band == band }
            #expect(overview.contains("\(count) ● \(band.rawValue)"), "\(count) \(band.rawValue)")
        }
        #expect(!overview.contains("…"))
    }

    /// At 80 columns a review's due date and its flag go on a line of their own: on one, the flag
    /// was cut to "OVERD…".
    @Test func anOverdueReviewIsSaidWholeAt80Columns() {
        let details = Self.demo.card.risks.indices.map { row in
            screen("3 " + String(repeating: "j ", count: row) + "Enter", size: .of(80, 24), model: Self.demo)
        }
        #expect(details.contains { $0.contains("  OVERDUE") })
        #expect(!details.contains { $0.contains("OVERD…") })
    }

    /// A register's ids show whole even at 80 columns, before its titles: "RK-…" on every row
    /// named nothing.
    @Test func riskIDsShowWholeBeforeTitlesAt80Columns() throws {
        var generator = WorkspaceGenerator()
        generator.risks = 40
        var files = generator.files()
        let risks = try #require(files["risks.csv"]).split(separator: "\n", omittingEmptySubsequences: false)
        files["risks.csv"] =
            ([String(risks[0])]
            + risks.dropFirst().map { line in
                line.isEmpty
                    ? "" : "RISK-0" + line.dropFirst().replacing("Generated risk", with: "A long title for a risk")
            }).joined(separator: "\n")
        let loaded = try WorkspaceLoader.load(MemoryFiles(files))
        let model = ViewModel(Scorecard(loaded, asOf: loaded.workspace.settings.asOf!))
        let register = screen("3", size: .of(80, 24), model: model)
        let shown = model.card.risks.map(\.risk.id).filter { register.contains($0 + " ") }
        #expect(shown.count >= 10, "\(register)")
        #expect(!register.contains("RISK-…"))
    }
}
