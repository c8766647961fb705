import Foundation
import TandemCore
import TandemUI

/// Inputs built to hit a super-linear step: each was once quadratic (seconds to minutes) and must
/// stay linear. Generated in memory, measured in this process.
enum PathologicalBenchmark {
    static let kpisCSV = "id,name,owner,direction,target\nK1,Uptime,cio,higher,99\n"
    static let initiativesHeader = "id,name,sponsor,start,due,progress,kpis\n"

    static func workspace(
        manifest: String = "[organization]\nname = \"P\"\nas_of = 2026-11-20\n",
        initiatives: String = initiativesHeader,
        measurements: String = "kpi,period,value\nK1,2026-10,99.5\n"
    ) -> MemoryFiles {
        MemoryFiles(
            [
                "tandem.toml": manifest, "kpis.csv": kpisCSV, "measurements.csv": measurements,
                "risks.csv": "id,title,category,owner,likelihood,impact\n", "initiatives.csv": initiatives,
            ],
            origin: .folder("pathological"))
    }

    static func run(runs: Int) throws -> [Timing] {
        var timings: [Timing] = []

        let unknownKeys = (0..<16_000).map { "unknown_\($0) = \($0)" }.joined(separator: "\n")
        let manifest = workspace(manifest: "[organization]\nname = \"P\"\nas_of = 2026-11-20\n" + unknownKeys + "\n")
        timings.append(
            try Timing.measure("load: manifest with 16,000 unknown keys", runs: runs, warmUp: 1) {
                let loaded = try WorkspaceLoader.load(manifest)
                precondition(loaded.diagnostics.count == 16_000)
            })

        let theme = "name = \"big\"\n" + (0..<8000).map { "[unknown_\($0)]\nfg = \"red\"\n" }.joined()
        timings.append(
            Timing.measure("parse: theme with 8,000 unknown sections", runs: runs, warmUp: 1) {
                precondition(ThemeParser.parse(theme, file: "big.toml").1.count == 8000)
            })

        let sponsors = ["cio", "coo", "joint"]
        let rows = (0..<2000).map { "I\($0),Initiative \($0),\(sponsors[$0 % 3]),2026-01-01,2026-12-31,50,K1" }
        let duplicated = workspace(initiatives: initiativesHeader + rows.joined(separator: "\n") + "\n")
        timings.append(
            try Timing.measure("load + compute + Alignment frame: 2,000 initiatives on one KPI", runs: runs, warmUp: 1)
            {
                let loaded = try WorkspaceLoader.load(duplicated)
                let model = ViewModel(Scorecard(loaded, asOf: loaded.workspace.settings.asOf!))
                precondition(model.card.findings.count == 1)
                var state = AppState(size: SizeBenchmark.screen)
                state.pane = .alignment
                _ = DashboardView.render(state, model: model)
            })

        let commas = workspace(measurements: "kpi,period,value\n" + String(repeating: ",", count: 10_000_000) + "\n")
        timings.append(
            try Timing.measure("load: a 10 MB line of commas in measurements.csv", runs: runs, warmUp: 1) {
                _ = try WorkspaceLoader.load(commas)
            })
        return timings
    }
}
