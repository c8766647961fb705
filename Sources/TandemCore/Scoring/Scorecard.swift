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
    public let leftOutIDs: [String: [String: Int]]
    /// Which initiatives move each KPI and carry each risk.
    public let links: Links

    public init(_ loaded: LoadedWorkspace, asOf: Day) {
        let workspace = loaded.workspace
        let settings = workspace.settings
        self.workspace = workspace
        self.asOf = asOf
        kpis = workspace.kpis.map { KPIAssessment($0, settings: settings, asOf: asOf) }
        risks = workspace.risks.map { RiskAssessment($0, settings: settings, asOf: asOf) }
        initiatives = workspace.initiatives.map { InitiativeAssessment($0, settings: settings, asOf: asOf) }
        findings = AlignmentFinder.findings(
            kpis: kpis, risks: risks, initiatives: initiatives, missing: workspace.missing)
        let actions = workspace.actions.map { $0.map { ActionAssessment($0, asOf: asOf) } }
        self.actions = actions
        links = Links(initiatives, actions: actions ?? [])
        rowsLeftOut = loaded.rowsLeftOut
        leftOutIDs = loaded.leftOutIDs

        var diagnostics = loaded.diagnostics
        let early = kpis.filter { $0.notYetCounted > 0 }
        if !early.isEmpty {
            let count = early.reduce(0) { $0 + $1.notYetCounted }
            let names = early.prefix(5).map(\.kpi.id).joined(separator: ", ") + (early.count > 5 ? ", …" : "")
            diagnostics.append(
                Diagnostic(
                    .warning, file: MeasurementRows.file, column: "period",
                    "\(count) \(count == 1 ? "value is" : "values are") dated after the as-of date \(asOf) and not "
                        + "counted yet (\(names)); expected periods ending on or before the as-of date"
                ))
        }
        diagnostics += Self.overflowWarnings(kpis: kpis, initiatives: initiatives)
        self.diagnostics = diagnostics
    }

    /// One warning per item whose derived figures overflow: the values are valid, but no screen
    /// or export can show the result as a number.
    static func overflowWarnings(kpis: [KPIAssessment], initiatives: [InitiativeAssessment]) -> [Diagnostic] {
        func warning(_ file: String, _ line: Int, _ id: String, _ figures: [String]) -> Diagnostic {
            Diagnostic(
                .warning, file: file, line: line > 0 ? line : nil,
                "\(id): \(figures.joined(separator: ", ")) cannot be computed as a finite number from these values; "
                    + "shown as a bound such as >999%, exported as null"
            )
        }
        return kpis.compactMap { item in
            let figures = item.overflowed
            return figures.isEmpty ? nil : warning(KPIRows.file, item.kpi.line, item.kpi.id, figures)
        }
            + initiatives.compactMap { item in
                let figures = item.overflowed
                return figures.isEmpty
                    ? nil : warning(InitiativeRows.file, item.initiative.line, item.initiative.id, figures)
            }
    }

    /// The residual heat map of the risks at `indices` (what a lens or filter lets through):
    /// `counts[likelihood - 1][impact - 1]` of those that are not closed.
    public func heatMap(_ indices: [Int]? = nil) -> [[Int]] {
        var counts = Array(repeating: Array(repeating: 0, count: 5), count: 5)
        for index in indices ?? Array(risks.indices) where !risks[index].isClosed {
            counts[risks[index].residualLikelihood - 1][risks[index].residualImpact - 1] += 1
        }
        return counts
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
