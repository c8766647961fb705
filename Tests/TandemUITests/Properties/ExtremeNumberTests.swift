import TandemCore
import TandemTestSupport
import TandemUI
import Testing

/// Numbers that pass validation can still overflow what is derived from them (1e308 after
/// -1e308, a forecast of 1e17 on a budget of 1, a target 1e-320 from its baseline). Every screen,
/// every detail and the brief render them without trapping, whichever numeric column holds them.
@Suite struct ExtremeNumberTests {
    /// Finite extremes, ±1e308 side by side so that consecutive measurements overflow.
    static let extremes = [
        "1e308", "-1e308", "1e-320", "0", "-0", "1.7976931348623157e308",
        "-1.7976931348623157e308", "5e-324", "-5e-324", "2.2250738585072014e-308",
    ]

    /// Every column a row reader parses as a number.
    static let numericColumns: [String: Set<String>] = [
        "kpis.csv": ["target", "warn", "baseline"],
        "measurements.csv": ["value"],
        "risks.csv": ["likelihood", "impact", "residual_likelihood", "residual_impact"],
        "initiatives.csv": ["progress", "budget", "spent", "forecast", "adoption"],
    ]

    /// The test workspace with each numeric cell replaced by `value(file, column, row)` (nil keeps it).
    static func workspace(_ value: (String, String, Int) -> String?) throws -> ViewModel {
        let fixture = TestWorkspace()
        let tables = [
            "kpis.csv": fixture.kpis, "measurements.csv": fixture.measurements, "risks.csv": fixture.risks,
            "initiatives.csv": fixture.initiatives,
        ]
        var files = fixture.files
        for (file, table) in tables {
            let header = table[0]
            let rows = table.enumerated().map { row, cells in
                row == 0
                    ? cells
                    : cells.enumerated().map { column, cell in
                        numericColumns[file]!.contains(header[column]) ? value(file, header[column], row) ?? cell : cell
                    }
            }
            files[file] = TestWorkspace.csv(rows)
        }
        let loaded = try WorkspaceLoader.load(MemoryFiles(files, origin: .folder("extreme")))
        return ViewModel(Scorecard(loaded, asOf: loaded.workspace.settings.asOf!))
    }

    /// Each extreme in every numeric column, rotated so that neighbouring rows and columns differ.
    static let rotated: [ViewModel] = extremes.indices.map { shift in
        try! workspace { file, column, row in
            extremes[(row + column.count + file.count + shift) % extremes.count]
        }
    }

    /// The cases the probe found, each on its own.
    static let probes: [(String, ViewModel)] = [
        (
            "1e308 then -1e308",
            try! workspace { file, _, row in file == "measurements.csv" ? (row % 2 == 0 ? "1e308" : "-1e308") : nil }
        ),
        (
            "forecast 1e17 on budget 1",
            try! workspace { file, column, _ in
                file != "initiatives.csv" ? nil : column == "budget" ? "1" : column == "forecast" ? "1e17" : nil
            }
        ),
        (
            "target 1e-320 from baseline 0",
            try! workspace { file, column, _ in
                file != "kpis.csv"
                    ? nil : column == "target" ? "1e-320" : column == "baseline" ? "0" : column == "warn" ? "" : nil
            }
        ),
    ]

    @Test func theProbesLoadWithoutErrorsAndWarnAboutWhatOverflows() {
        for (name, model) in Self.probes {
            #expect(model.card.errorCount == 0, "\(name)")
        }
        let overflowWarnings = Self.probes.map { _, model in
            model.card.diagnostics.filter { $0.message.contains("cannot be computed as a finite number") }.count
        }
        #expect(overflowWarnings[0] > 0)
        #expect(overflowWarnings[2] > 0)
    }

    static let all: [ViewModel] = probes.map(\.1) + rotated

    @Test func everyScreenRendersExtremeNumbers() {
        for (index, model) in Self.all.enumerated() {
            let glyphs: Glyphs = index % 2 == 0 ? .unicode : .ascii
            let view = model.filtered(lens: .all, filter: "")
            // Each pane and the detail of each item: where numbers are shown (the full tour's
            // scrolled and help screens add nothing here and took seconds).
            for pane in Pane.allCases {
                let onPane = update(AppState(size: .of(80, 24)), .focus(pane), model: model).0
                var states = [onPane]
                for row in 0..<PaneItems.count(pane, view, onPane) {
                    states.append(update(update(onPane, .select(row), model: model).0, .openDetail, model: model).0)
                }
                for state in states {
                    let text = TextRenderer.plain(DashboardView.render(state, model: model, glyphs: glyphs))
                    #expect(!Self.showsNonFinite(text), "\(index) \(pane.name) \(state.selected)")
                }
            }
        }
    }

    @Test func theBriefRendersExtremeNumbers() {
        for model in Self.all {
            let brief = Brief(model)
            #expect(!Self.showsNonFinite(BriefRenderer.markdown(brief)))
            #expect(!Self.showsNonFinite(BriefRenderer.text(brief)))
        }
    }

    /// `inf` or `nan` as a word: what printing a Double that is not finite gives.
    static func showsNonFinite(_ text: String) -> Bool {
        text.split { !$0.isLetter }.contains { $0 == "inf" || $0 == "nan" }
    }

    @Test func theProbesShowBoundsNotDigits() {
        let initiatives = screen("4", size: .of(160, 40), model: Self.probes[1].1)
        #expect(initiatives.contains(">999%"))
        let brief = BriefRenderer.markdown(Brief(Self.probes[1].1))
        #expect(brief.contains(">999% of budget"))
    }
}
