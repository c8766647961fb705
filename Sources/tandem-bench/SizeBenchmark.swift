import Foundation
import TandemCore
import TandemUI

/// Everything measured on one workspace, in one process so that its peak memory is its own.
struct SizeReport: Codable {
    let size: String
    let measurements: Int
    let timings: [Timing]
    let peakMemoryMB: Double
}

enum SizeBenchmark {
    static let screen = Size(columns: 200, rows: 60)

    static func run(size: String, folder: String, runs: Int) throws -> SizeReport {
        var timings: [Timing] = []
        let files = FolderFiles(path: folder)

        // Peak memory of what a user does: load, compute and show the first frame, once, before
        // the repeated runs below can leave garbage behind.
        do {
            let loaded = try WorkspaceLoader.load(files)
            let model = ViewModel(Scorecard(loaded, asOf: loaded.workspace.settings.asOf ?? Day(ordinal: 20_000)))
            _ = DashboardView.render(AppState(size: screen), model: model)
        }
        let peakAfterFirstFrame = peakMemoryMB()

        for name in FolderFiles.names where name.hasSuffix(".csv") {
            let path = folder + "/" + name
            timings.append(
                Timing.measure("read + parse \(name)", runs: runs) {
                    let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
                    var fields = 0
                    CSVReader(bytes: bytes).forEachRecord { record in
                        fields &+= record.count
                        return true
                    }
                    precondition(fields >= 0)
                })
        }

        var loaded: LoadedWorkspace!
        timings.append(
            try Timing.measure("load workspace (read, parse, validate)", runs: runs) {
                loaded = try WorkspaceLoader.load(files)
            })
        let asOf = loaded.workspace.settings.asOf ?? Day(ordinal: 20_000)
        var card: Scorecard!
        timings.append(
            Timing.measure("compute statuses and findings", runs: runs) { card = Scorecard(loaded, asOf: asOf) })
        var model: ViewModel!
        timings.append(Timing.measure("prepare view model", runs: runs) { model = ViewModel(card) })
        timings.append(
            try Timing.measure("load + compute (total)", runs: runs) {
                _ = ViewModel(Scorecard(try WorkspaceLoader.load(files), asOf: asOf))
            })

        // A saved baseline is read at every start and reload: the export JSON, mostly fields it skips.
        let baseline = Array(ExportDocument.json(card).rendered().utf8)
        timings.append(
            try Timing.measure("read a saved baseline (the export JSON)", runs: runs) {
                _ = try Baseline(name: "bench", bytes: baseline, file: "bench.json")
            })
        // As a workspace keeps it: the first read makes its compact copy in `.tandem/cache`, the rest read that.
        let kept = NSTemporaryDirectory() + "tandem-bench-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: kept, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: kept) }
        let store = BaselineStore(workspace: kept)
        try store.save(card, name: "bench", force: false)
        // A copy is trusted only when made after the JSON's racy window, as in a workspace that held still.
        Thread.sleep(forTimeInterval: LoadCache.racyWindow + 0.1)
        _ = try store.baseline(named: "bench", before: asOf.adding(days: 1))
        timings.append(
            try Timing.measure("read a saved baseline (its compact copy)", runs: runs) {
                _ = try store.baseline(named: "bench", before: asOf.adding(days: 1))
            })
        // Matching every item by id is the cost, changed or not: here nothing has.
        if let saved = try store.baseline(named: "bench", before: asOf.adding(days: 1)) {
            timings.append(
                Timing.measure("compute changes since that baseline", runs: runs) {
                    _ = Changes(since: saved, to: card)
                })
        }

        for pane in Pane.allCases {
            var state = AppState(size: screen)
            state.pane = pane
            timings.append(
                Timing.measure("first frame: \(pane.title) at 200x60", runs: runs) {
                    _ = DashboardView.render(state, model: model)
                })
        }

        let keys: [(String, Pane, [Key], Key)] = [
            ("move (j) on KPIs", .kpis, [], .character("j")),
            ("sort (s) on Initiatives", .initiatives, [], .character("s")),
            ("pane switch (Tab)", .overview, [], .tab),
            ("open detail (Enter) on KPIs", .kpis, [], .enter),
        ]
        for (name, pane, setup, key) in keys {
            var start = AppState(size: screen)
            start.pane = pane
            for key in setup { start = update(start, key: key, model: model).0 }
            let prepared = start
            timings.append(
                Timing.measure("key to next frame: \(name)", runs: runs * 3) {
                    let (next, _) = update(prepared, key: key, model: model)
                    _ = DashboardView.render(next, model: model)
                })
        }
        // Typing a filter: every letter is a new filter, so nothing is cached from the run before.
        var typing = AppState(size: screen)
        typing.pane = .kpis
        typing = update(typing, key: .character("/"), model: model).0
        var letters = Array("generatedkpirskoecdn1234567890").makeIterator()
        timings.append(
            Timing.measure("key to next frame: filter, a new letter each time", runs: runs * 3) {
                typing = update(typing, key: .character(letters.next() ?? "x"), model: model).0
                _ = DashboardView.render(typing, model: model)
            })

        // Reloads as the dashboard does them, with the cache it keeps between loads (the warm-up
        // runs fill it): the file touched is read again, with what depends on it, and computed.
        let cache = LoadCache { Date() }
        for name in ["measurements.csv", "risks.csv"] {
            let path = folder + "/" + name
            // The file the row before touched was written too recently to keep; wait until it is
            // not, as when one file is edited in a workspace that held still.
            Thread.sleep(forTimeInterval: LoadCache.racyWindow + 0.1)
            timings.append(
                try Timing.measure("reload after \(name) changes", runs: runs) {
                    // Touch the file as an editor would.
                    let text = FileManager.default.contents(atPath: path)!
                    try text.write(to: URL(fileURLWithPath: path))
                    let reloaded = ViewModel(Scorecard(try WorkspaceLoader.load(files, cache: cache), asOf: asOf))
                    var state = AppState(size: screen)
                    state.pane = .kpis
                    _ = DashboardView.render(state, model: reloaded)
                })
        }

        let measurements = loaded.workspace.kpis.reduce(0) { $0 + $1.history.count }
        return SizeReport(size: size, measurements: measurements, timings: timings, peakMemoryMB: peakAfterFirstFrame)
    }
}
