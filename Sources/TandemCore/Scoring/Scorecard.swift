/// The computed workspace: every status, score, health and finding as of one day. This is what
/// every view and export reads; it is computed once per load (and per as-of date).
public struct Scorecard: Sendable {
    public let workspace: Workspace
    public let asOf: Day
    public let kpis: [KPIAssessment]
    public let risks: [RiskAssessment]
    public let initiatives: [InitiativeAssessment]
    /// Set again only to add the unowned decisions, which need a baseline (`withUnownedDecisions`).
    public internal(set) var findings: [Finding]
    /// Nil when the workspace has no actions data set.
    public let actions: [ActionAssessment]?
    /// The loader's diagnostics, then what computing found (values not yet counted).
    public let diagnostics: [Diagnostic]
    /// Rows left out of each file because of an error.
    public let rowsLeftOut: [(file: String, rows: Int)]
    /// The ids of rows left out for errors, by file, with their lines.
    public let leftOutIDs: [DataSet: [String: Int]]
    /// The file each data set was read from, as messages name it.
    public let fileNames: [DataSet: String]
    /// The files named in `[sources]` that were read, for watching them.
    public let sourceFiles: [String]
    /// Which initiatives move each KPI and carry each risk.
    public let links: Links

    /// Risks and initiatives from which computing them, and the changes since a baseline, is
    /// shared out over two cores: below it a thread costs more than it saves.
    static let twoCoresFrom = 5_000

    public init(_ loaded: LoadedWorkspace, asOf: Day) {
        let workspace = loaded.workspace
        let settings = workspace.settings
        self.workspace = workspace
        self.asOf = asOf
        // On two cores once there are enough values to assess that a thread pays. Not the risks
        // split between them: each assessment holds the register, and two threads counting
        // references to it slowed both.
        let values = workspace.kpis.reduce(0) { $0 + $1.history.count }
        let kpis = TwoCores.map(workspace.kpis.count, worthIt: values >= 100_000) {
            KPIAssessment(workspace.kpis[$0], settings: settings, asOf: asOf)
        }
        let scale = RiskScale(settings)
        // Risks on one core, initiatives on the other: neither reads the other, and only one thread
        // counts references to the register.
        var initiatives: [InitiativeAssessment] = []
        let register = workspace.risks
        let risks = [RiskAssessment](unsafeUninitializedCapacity: register.count) { buffer, count in
            TwoCores.both(worthIt: register.count + workspace.initiatives.count >= Self.twoCoresFrom) {
                for index in register.indices {
                    (buffer.baseAddress! + index).initialize(
                        to: RiskAssessment(in: register, at: index, scale: scale, settings: settings, asOf: asOf))
                }
            } _: {
                // The assessments' pages, faulted in over there while this core fills them: 11 MB
                // at 100,000 risks, 2,700 faults this core took one by one (80.5 → 77.0 ms).
                Pages.fault(buffer)
                initiatives = workspace.initiatives.map { InitiativeAssessment($0, settings: settings, asOf: asOf) }
            }
            count = register.count
        }
        // Most findings, the actions and the links on this core; the overflow warnings and the
        // possible duplications on the other. At 5,000 initiatives the findings took 3–5 ms, the
        // links 2–4 and the duplications 3–8: with the links over there, this core waited.
        var (findings, actions, links): ([Finding], [ActionAssessment]?, Links?) = ([], nil, nil)
        var rest: (overflows: [Diagnostic], duplications: [Finding])?
        TwoCores.both(worthIt: risks.count + initiatives.count >= Self.twoCoresFrom) {
            findings = AlignmentFinder.findingsApartFromDuplications(
                kpis: kpis, risks: risks, initiatives: initiatives, missing: workspace.missing)
            actions = workspace.actions.map { $0.map { ActionAssessment($0, asOf: asOf) } }
            links = Links(initiatives, actions: actions ?? [])
        } _: {
            rest = (
                Self.overflowWarnings(kpis: kpis, initiatives: initiatives, files: loaded.fileName),
                AlignmentFinder.possibleDuplications(among: initiatives)
            )
        }
        findings = Finding.inExportOrder(findings + rest!.duplications)
        (self.kpis, self.risks, self.initiatives, self.findings) = (kpis, risks, initiatives, findings)
        (self.actions, self.links) = (actions, links!)
        rowsLeftOut = loaded.rowsLeftOut
        leftOutIDs = loaded.leftOutIDs
        fileNames = loaded.fileNames
        sourceFiles = loaded.sourceFiles

        var diagnostics = loaded.diagnostics
        let early = kpis.filter { $0.notYetCounted > 0 }
        if !early.isEmpty {
            let count = early.reduce(0) { $0 + $1.notYetCounted }
            let names = early.prefix(5).map(\.kpi.id).joined(separator: ", ") + (early.count > 5 ? ", …" : "")
            var early = Diagnostic(
                .warning, file: loaded.fileName(of: .measurements), column: "period",
                "\(count) \(count == 1 ? "value is" : "values are") dated after the as-of date \(asOf) and not "
                    + "counted yet (\(names)); expected periods ending on or before the as-of date")
            early.dataSet = .measurements
            diagnostics.append(early)
        }
        diagnostics += rest!.overflows
        self.diagnostics = diagnostics
    }

    /// One warning per item whose derived figures overflow: the values are valid, but no screen
    /// or export can show the result as a number.
    static func overflowWarnings(
        kpis: [KPIAssessment], initiatives: [InitiativeAssessment], files: (DataSet) -> String
    ) -> [Diagnostic] {
        func warning(_ set: DataSet, _ line: Int, _ id: String, _ figures: [String]) -> Diagnostic {
            var diagnostic = Diagnostic(
                .warning, file: files(set), line: line > 0 ? line : nil,
                "\(id): \(figures.joined(separator: ", ")) cannot be computed as a finite number from these values; "
                    + "shown as a bound such as >999%, exported as null"
            )
            diagnostic.dataSet = set
            return diagnostic
        }
        // The figures read where they are: an assessment handed over as a value, or asked a question
        // as an array's element, was copied, a retain of each of its texts and arrays.
        return kpis.indices.compactMap { index in
            let figures = KPIAssessment.overflowed(
                change: kpis[index].change, changePercent: kpis[index].changePercent,
                achievement: kpis[index].achievement, changeYoY: kpis[index].changeYoY)
            return figures.isEmpty ? nil : warning(.kpis, kpis[index].kpi.line, kpis[index].kpi.id, figures)
        }
            + initiatives.indices.compactMap { index in
                let figures = InitiativeAssessment.overflowed(
                    forecast: initiatives[index].forecast, forecastPercent: initiatives[index].forecastPercent,
                    pointsBehind: initiatives[index].pointsBehind)
                guard !figures.isEmpty else { return nil }
                return warning(
                    .initiatives, initiatives[index].initiative.line, initiatives[index].initiative.id, figures)
            }
    }

    /// The file a data set was read from, as messages name it.
    public func fileName(of set: DataSet) -> String { fileNames[set] ?? set.fileName }

    /// The residual heat map of the risks at `indices` (what a lens or filter lets through), the
    /// size of the manifest's matrix: `counts[likelihood - 1][impact - 1]` of those that are not
    /// closed. Risks given only as scores are not on it: `scoredOnly(_:)` counts them.
    public func heatMap(_ indices: [Int]? = nil) -> [[Int]] {
        let settings = workspace.settings
        var counts = Array(
            repeating: Array(repeating: 0, count: settings.impactLevels), count: settings.likelihoodLevels)
        for index in indices ?? Array(risks.indices) where !risks[index].isClosed {
            guard let likelihood = risks[index].residualLikelihood, let impact = risks[index].residualImpact,
                counts.indices.contains(likelihood - 1), counts[likelihood - 1].indices.contains(impact - 1)
            else { continue }
            counts[likelihood - 1][impact - 1] += 1
        }
        return counts
    }

    /// How many of the risks at `indices` that are not closed are given only as scores, counted
    /// beside the heat map rather than placed on it.
    public func scoredOnly(_ indices: [Int]? = nil) -> Int {
        (indices ?? Array(risks.indices)).count { !risks[$0].isClosed && risks[$0].scoredOnly }
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
