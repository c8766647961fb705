import TandemCore

/// A small workspace that loads without a single diagnostic. Each test replaces the file (or the
/// rows) it is about, so the line of the first data row is always 2.
public struct WorkspaceFixture: Sendable {
    public static let manifest = """
        [organization]
        name = "Test Clinic"
        as_of = 2026-11-20
        """
    public static let kpisHeader = DataSet.kpis.header
    public static let measurementsHeader = DataSet.measurements.header
    public static let risksHeader = DataSet.risks.header
    public static let initiativesHeader = DataSet.initiatives.header
    public static let milestonesHeader = DataSet.milestones.header

    public static let kpiRow = "K1,Uptime,cio,higher,99,98,,%,system,monthly,,"
    public static let measurementRow = "K1,2026-10,99.5,"
    public static let riskRow = "R1,Outage,cyber,cio,3,4,2,3,open,Backups,Drills,2026-10-01,"
    public static let initiativeRow = "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,100,50,,,K1,R1,,,"

    public var files: [String: String] = [
        "tandem.toml": manifest,
        "kpis.csv": DataSet.kpis.csv(kpiRow),
        "measurements.csv": DataSet.measurements.csv(measurementRow),
        "risks.csv": DataSet.risks.csv(riskRow),
        "initiatives.csv": DataSet.initiatives.csv(initiativeRow),
    ]

    public init() {}

    /// The fixture with `name` holding exactly `text`.
    public func with(_ name: String, _ text: String) -> WorkspaceFixture {
        var copy = self
        copy.files[name] = text
        return copy
    }

    /// The fixture with the standard header of `name` followed by `rows`.
    public func rows(_ name: String, _ rows: String...) -> WorkspaceFixture {
        with(name, DataSet(fileName: name)!.csv(rows))
    }

    public func without(_ name: String) -> WorkspaceFixture {
        var copy = self
        copy.files[name] = nil
        return copy
    }

    public func load() throws(LoadFailure) -> LoadedWorkspace {
        try WorkspaceLoader.load(MemoryFiles(files, origin: .folder("test")))
    }

    /// The load failure, or nil when the workspace loads.
    public func failure() -> LoadFailure? {
        do {
            _ = try load()
            return nil
        } catch {
            return error
        }
    }

    /// Every diagnostic as `file:line: column: message`.
    public func diagnostics() throws -> [String] {
        try load().diagnostics.map(\.description)
    }
}

/// Files given as raw bytes, for input that is not valid UTF-8.
public struct ByteFiles: WorkspaceFiles {
    public let files: [String: [UInt8]]
    public var origin: WorkspaceOrigin { .folder("bytes") }

    public init(_ files: [String: [UInt8]]) { self.files = files }

    public init(_ fixture: WorkspaceFixture, replacing name: String, with bytes: [UInt8]) {
        var files = fixture.files.mapValues { Array($0.utf8) }
        files[name] = bytes
        self.files = files
    }

    public func read(_ name: String) throws(LoadFailure) -> [UInt8]? { files[name] }
}
