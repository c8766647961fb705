/// A workspace as loaded: the items that passed validation, and every problem found.
public struct LoadedWorkspace: Sendable {
    public var workspace: Workspace
    /// In reading order (manifest, KPIs, measurements, risks, initiatives, milestones, actions),
    /// then by line.
    public var diagnostics: [Diagnostic]
    /// The ids of rows left out for errors, by data set, with their lines: what is not on screen.
    public var leftOutIDs: [DataSet: [String: Int]] = [:]
    /// The file each data set was read from (or would be), as messages name it.
    public var fileNames: [DataSet: String] = [:]
    /// The files the data sets were read from, relative to the workspace folder or absolute: what
    /// a live reload watches besides the manifest.
    public var sourceFiles: [String] = []
    /// Files outside the workspace folder that the manifest names and the user has not trusted.
    public var untrustedFiles: [String] = []

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// The file a data set is read from, as messages name it.
    public func fileName(of set: DataSet) -> String { fileNames[set] ?? set.fileName }

    /// How many rows were left out of each file because of an error.
    public var rowsLeftOut: [(file: String, rows: Int)] {
        var seen = Set<String>()
        var counts: [String: Int] = [:]
        var order: [String] = []
        func count(_ file: String, _ rows: Int) {
            if counts[file] == nil { order.append(file) }
            counts[file, default: 0] += rows
        }
        for diagnostic in diagnostics where diagnostic.severity == .error && !diagnostic.isWholeFile {
            guard let set = diagnostic.dataSet else { continue }
            if diagnostic.unlistedRows > 0 { count(diagnostic.file, diagnostic.unlistedRows) }
            guard let line = diagnostic.line, seen.insert("\(set.rawValue):\(line)").inserted else { continue }
            count(diagnostic.file, 1)
        }
        return order.map { ($0, counts[$0]!) }
    }
}

/// Turns a workspace folder (or the demo) into a `Workspace` and diagnostics.
///
/// Every row with an error is left out and the rest loads. A data set that cannot be read at all
/// is an error naming its file, and the others load; only a manifest that cannot be read, or a
/// workspace without any data set it can read, stops the load.
public enum WorkspaceLoader {
    static let csvFiles = DataSet.allCases.map(\.fileName)

    /// - Parameter cache: what the last load kept, for the dashboard's reloads: the data sets whose
    ///   files did not change are not read again; the result is the same as without it.
    public static func load(_ files: WorkspaceFiles, cache: LoadCache? = nil) throws(LoadFailure) -> LoadedWorkspace {
        guard let manifestBytes = try files.read(ManifestParser.fileName) else {
            throw LoadFailure(
                file: ManifestParser.fileName,
                "is missing; expected a manifest with at least [organization] name = \"…\" (`tandem init DIR` "
                    + "writes an example)"
            )
        }
        let (settings, manifestDiagnostics) = try ManifestParser.parse(bytes: manifestBytes)
        var reader = SourceReader(files: files, settings: settings, manifest: manifestBytes, cache: cache)
        reader.diagnostics = manifestDiagnostics

        // Each read names the data sets whose values it uses, and returns all it changes: with a
        // cache, it is replayed only when they were, and what it returned is what is replayed.
        let kpisRead = reader.read(.kpis) { csv, diagnostics in KPIRows.load(csv, into: &diagnostics) }
        let kpiIDs = kpisRead?.1 ?? .unchecked
        // Only the KPIs use measurements, and measurements use only the KPIs: the other data sets
        // are read on the other core meanwhile, by a branch of the reader.
        let measurementInputs: Set<DataSet> = [.kpis]
        var branch = reader.branch(for: Linked.sets, besides: .measurements, using: measurementInputs)
        var measured: [KPI]?
        var linked = Linked()
        TwoCores.both(
            {
                measured = reader.read(.measurements, using: measurementInputs) {
                    (csv, diagnostics) throws(LoadFailure) in
                    var kpis = kpisRead?.0 ?? []
                    try MeasurementRows.load(csv, into: &kpis, ids: kpiIDs, diagnostics: &diagnostics)
                    return kpis
                }
            },
            { linked = readLinked(&branch, settings: settings, kpiIDs: kpiIDs) })
        reader.join(branch)
        let kpis = measured ?? kpisRead?.0 ?? []
        if measured == nil, kpisRead == nil { reader.missing.insert(.measurements) }
        if measured != nil, let warning = FractionCheck.warning(kpis, file: reader.fileNames[.measurements]!) {
            reader.diagnostics.append(warning)
        }
        let (risksRead, initiativesRead, actions) = (linked.risks, linked.initiatives, linked.actions)
        let (riskIDs, initiativeIDs) = (risksRead?.1 ?? .unchecked, initiativesRead?.1 ?? .unchecked)
        let initiatives = linked.scheduled ?? initiativesRead?.0 ?? []

        // A workspace is the manifest and at least one data set it can read.
        guard kpisRead != nil || risksRead != nil || initiativesRead != nil || actions != nil else {
            let main: Set<DataSet> = [.kpis, .risks, .initiatives, .actions]
            if let first = reader.diagnostics.first(where: { $0.isWholeFile && $0.dataSet.map(main.contains) == true })
            {
                throw LoadFailure(file: first.file, line: first.line, first.message)
            }
            throw LoadFailure(
                file: nil,
                "no data set to show; expected at least one of kpis.csv, risks.csv, initiatives.csv or actions.csv "
                    + "beside tandem.toml, or a [sources.NAME] table naming a file (`tandem init DIR` writes an "
                    + "example)")
        }

        cache?.keep(LoadCache.Snapshot(origin: files.origin, manifest: manifestBytes, steps: reader.steps))
        let workspace = Workspace(
            settings: settings, kpis: kpis, risks: risksRead?.0 ?? [],
            initiatives: initiatives, actions: actions?.0, missing: reader.missing, origin: files.origin)
        return LoadedWorkspace(
            workspace: workspace, diagnostics: inReadingOrder(reader.diagnostics),
            leftOutIDs: [
                .kpis: kpiIDs.leftOut, .risks: riskIDs.leftOut, .initiatives: initiativeIDs.leftOut,
                .actions: actions?.1.leftOut ?? [:],
            ],
            fileNames: reader.fileNames, sourceFiles: reader.sourceFiles, untrustedFiles: reader.untrusted)
    }

    /// The data sets that link to one another, read as each names its inputs.
    private struct Linked {
        static let sets: [DataSet] = [.risks, .initiatives, .milestones, .actions]

        var risks: ([Risk], FileIDs)?
        var initiatives: ([Initiative], FileIDs)?
        /// The initiatives with their milestones.
        var scheduled: [Initiative]?
        var actions: ([ActionItem], FileIDs)?
    }

    private static func readLinked(_ reader: inout SourceReader, settings: Settings, kpiIDs: FileIDs) -> Linked {
        var linked = Linked()
        linked.risks = reader.read(.risks) { csv, diagnostics in
            RiskRows.load(csv, settings: settings, into: &diagnostics)
        }
        let riskIDs = linked.risks?.1 ?? .unchecked
        let initiativesRead = reader.read(.initiatives, using: [.kpis, .risks]) { csv, diagnostics in
            InitiativeRows.load(csv, kpis: kpiIDs, risks: riskIDs, into: &diagnostics)
        }
        linked.initiatives = initiativesRead
        let initiativeIDs = initiativesRead?.1 ?? .unchecked
        linked.scheduled = reader.read(.milestones, required: false, using: [.initiatives]) {
            (csv, diagnostics) throws(LoadFailure) in
            var initiatives = initiativesRead?.0 ?? []
            try MilestoneRows.load(csv, into: &initiatives, ids: initiativeIDs, diagnostics: &diagnostics)
            return initiatives
        }
        linked.actions = reader.read(.actions, required: false, using: [.kpis, .risks, .initiatives]) {
            csv, diagnostics in ActionRows.load(csv, links: [kpiIDs, riskIDs, initiativeIDs], into: &diagnostics)
        }
        return linked
    }

    /// The manifest's settings alone, nil when it cannot be read: what a command needs to know
    /// before the workspace has loaded (its as-of date, to read the baseline meanwhile).
    public static func settings(_ files: WorkspaceFiles) -> Settings? {
        guard let bytes = try? files.read(ManifestParser.fileName) else { return nil }
        return try? ManifestParser.parse(bytes: bytes).0
    }

    /// Sorted by data set (in the order they are read, the manifest first), then line; stable
    /// otherwise.
    static func inReadingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        func rank(_ d: Diagnostic) -> (Int, Int) {
            // A count of rows not listed comes after the rows of its file that are.
            (
                d.dataSet.map { DataSet.allCases.firstIndex(of: $0)! + 1 } ?? 0,
                d.line ?? (d.unlistedRows > 0 ? Int.max : 0)
            )
        }
        return diagnostics.enumerated().sorted { a, b in
            let (ra, rb) = (rank(a.element), rank(b.element))
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }
}
