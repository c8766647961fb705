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
        for diagnostic in diagnostics where diagnostic.severity == .error && !diagnostic.isWholeFile {
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

        // Each data set is optional: one that is absent or cannot be read at all leaves its pane
        // saying so, and the rest of the workspace loads.
        var missing = Set<DataSet>()
        func read<T>(_ set: DataSet, _ load: () throws(LoadFailure) -> T?) -> T? {
            do throws(LoadFailure) {
                if let value = try load() { return value }
            } catch {
                var diagnostic = Diagnostic(.error, file: error.file ?? set.fileName, line: error.line, error.message)
                diagnostic.isWholeFile = true
                diagnostics.append(diagnostic)
            }
            missing.insert(set)
            return nil
        }

        let kpisRead = read(.kpis) { () throws(LoadFailure) in try KPIRows.load(from: files, into: &diagnostics) }
        var kpis = kpisRead?.0 ?? []
        let kpiIDs = kpisRead?.1 ?? .unchecked
        let measured = read(.measurements) { () throws(LoadFailure) -> Bool? in
            try MeasurementRows.load(
                from: files, into: &kpis, ids: kpiIDs, diagnostics: &diagnostics,
                options: ValueOptions(fiscalYearStart: settings.fiscalYearStart))
        }
        if measured == nil, kpisRead == nil { missing.insert(.measurements) }
        let risksRead = read(.risks) { () throws(LoadFailure) in try RiskRows.load(from: files, into: &diagnostics) }
        let riskIDs = risksRead?.1 ?? .unchecked
        let initiativesRead = read(.initiatives) { () throws(LoadFailure) in
            try InitiativeRows.load(from: files, kpis: kpiIDs, risks: riskIDs, into: &diagnostics)
        }
        var initiatives = initiativesRead?.0 ?? []
        let initiativeIDs = initiativesRead?.1 ?? .unchecked
        _ = read(.milestones) { () throws(LoadFailure) -> Bool? in
            try MilestoneRows.load(from: files, into: &initiatives, ids: initiativeIDs, diagnostics: &diagnostics)
        }
        let actions = read(.actions) { () throws(LoadFailure) in
            try ActionRows.load(from: files, links: [kpiIDs, riskIDs, initiativeIDs], into: &diagnostics)
        }

        // A workspace is the manifest and at least one data set it can read.
        guard kpisRead != nil || risksRead != nil || initiativesRead != nil || actions != nil else {
            let dataSetFiles = [DataSet.kpis, .risks, .initiatives, .actions].map(\.fileName)
            if let first = diagnostics.first(where: { $0.severity == .error && dataSetFiles.contains($0.file) }) {
                throw LoadFailure(file: first.file, line: first.line, first.message)
            }
            throw LoadFailure(
                file: nil,
                "no data set to show; expected at least one of kpis.csv, risks.csv, initiatives.csv or actions.csv "
                    + "beside tandem.toml (`tandem init DIR` writes an example)")
        }

        let workspace = Workspace(
            settings: settings, kpis: kpis, risks: risksRead?.0 ?? [],
            initiatives: initiatives, actions: actions?.0, missing: missing, origin: files.origin)
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
