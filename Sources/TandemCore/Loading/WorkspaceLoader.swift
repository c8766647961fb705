/// A workspace as loaded: the items that passed validation, and every problem found.
public struct LoadedWorkspace: Sendable {
    public var workspace: Workspace
    /// In file order (manifest, KPIs, measurements, risks, initiatives, milestones), then by line.
    public var diagnostics: [Diagnostic]
    /// The ids of rows left out for errors, by file, with their lines: what is not on screen.
    public var leftOutIDs: [String: [String: Int]] = [:]

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// How many rows were left out of each file because of an error.
    public var rowsLeftOut: [(file: String, rows: Int)] {
        var seen = Set<String>()
        var counts: [String: Int] = [:]
        var order: [String] = []
        for diagnostic in diagnostics where diagnostic.severity == .error {
            if diagnostic.unlistedRows > 0 {
                if counts[diagnostic.file] == nil { order.append(diagnostic.file) }
                counts[diagnostic.file, default: 0] += diagnostic.unlistedRows
            }
            guard let line = diagnostic.line, diagnostic.file.hasSuffix(".csv"),
                seen.insert("\(diagnostic.file):\(line)").inserted
            else { continue }
            if counts[diagnostic.file] == nil { order.append(diagnostic.file) }
            counts[diagnostic.file, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }
}

/// Turns a workspace folder (or the demo) into a `Workspace` and diagnostics.
///
/// Every row with an error is left out and the rest loads. Only a missing required file, an empty
/// file, a missing required column or a manifest that is not TOML stops the load.
public enum WorkspaceLoader {
    static let csvFiles = DataSet.allCases.map(\.fileName)

    public static func load(_ files: WorkspaceFiles) throws(LoadFailure) -> LoadedWorkspace {
        guard let manifestBytes = try files.read(ManifestParser.fileName) else {
            throw LoadFailure(
                file: ManifestParser.fileName,
                "is missing; expected a manifest with at least [organization] name = \"…\" (`tandem init DIR` "
                    + "writes an example)"
            )
        }
        let (settings, manifestDiagnostics) = try ManifestParser.parse(bytes: manifestBytes)
        var diagnostics = manifestDiagnostics

        var (kpis, kpiIDs) = try KPIRows.load(from: files, into: &diagnostics)
        try MeasurementRows.load(
            from: files, into: &kpis, ids: kpiIDs, diagnostics: &diagnostics,
            options: ValueOptions(fiscalYearStart: settings.fiscalYearStart))
        let (risks, riskIDs) = try RiskRows.load(from: files, into: &diagnostics)
        var (initiatives, initiativeIDs) = try InitiativeRows.load(
            from: files, kpis: kpiIDs, risks: riskIDs, into: &diagnostics)
        try MilestoneRows.load(from: files, into: &initiatives, ids: initiativeIDs, diagnostics: &diagnostics)
        let actions = try ActionRows.load(
            from: files, links: [kpiIDs, riskIDs, initiativeIDs], into: &diagnostics)

        let workspace = Workspace(
            settings: settings, kpis: kpis, risks: risks,
            initiatives: initiatives, actions: actions?.0, origin: files.origin)
        return LoadedWorkspace(
            workspace: workspace, diagnostics: inReadingOrder(diagnostics),
            leftOutIDs: [
                KPIRows.file: kpiIDs.leftOut, RiskRows.file: riskIDs.leftOut,
                InitiativeRows.file: initiativeIDs.leftOut, ActionRows.file: actions?.1.leftOut ?? [:],
            ])
    }

    /// Sorted by file (in the order files are read), then line; stable otherwise.
    static func inReadingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let fileOrder = [ManifestParser.fileName] + csvFiles
        func rank(_ d: Diagnostic) -> (Int, Int) {
            // A count of rows not listed comes after the rows of its file that are.
            (fileOrder.firstIndex(of: d.file) ?? fileOrder.count, d.line ?? (d.unlistedRows > 0 ? Int.max : 0))
        }
        return diagnostics.enumerated().sorted { a, b in
            let (ra, rb) = (rank(a.element), rank(b.element))
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }

    /// Reports a second row with an id already seen; returns true when the id is new.
    static func claim(
        _ id: String, line: Int, in seen: inout [String: Int], file: String,
        diagnostics: inout [Diagnostic]
    ) -> Bool {
        if let first = seen[id] {
            diagnostics.append(
                Diagnostic(
                    .error, file: file, line: line, column: "id",
                    "duplicate id \"\(id)\" (first on line \(first)); expected each id once"))
            return false
        }
        seen[id] = line
        return true
    }
}
