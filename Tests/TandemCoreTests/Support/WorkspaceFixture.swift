@testable import TandemCore

/// A small workspace that loads without a single diagnostic. Each test replaces the file (or the
/// rows) it is about, so the line of the first data row is always 2.
struct WorkspaceFixture {
    static let manifest = """
        [organization]
        name = "Test Clinic"
        as_of = 2026-11-20
        """
    static let kpisHeader = DataSet.kpis.header
    static let measurementsHeader = DataSet.measurements.header
    static let risksHeader = DataSet.risks.header
    static let initiativesHeader = DataSet.initiatives.header
    static let milestonesHeader = DataSet.milestones.header

    static let kpiRow = "K1,Uptime,cio,higher,99,98,,%,system,monthly,,"
    static let measurementRow = "K1,2026-10,99.5,"
    static let riskRow = "R1,Outage,cyber,cio,3,4,2,3,open,Backups,Drills,2026-10-01,"
    static let initiativeRow = "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,100,50,,,K1,R1,,,"

    private static let headers = [
        "kpis.csv": kpisHeader, "measurements.csv": measurementsHeader, "risks.csv": risksHeader,
        "initiatives.csv": initiativesHeader, "milestones.csv": milestonesHeader,
    ]

    var files: [String: String] = [
        "tandem.toml": manifest,
        "kpis.csv": kpisHeader + "\n" + kpiRow + "\n",
        "measurements.csv": measurementsHeader + "\n" + measurementRow + "\n",
        "risks.csv": risksHeader + "\n" + riskRow + "\n",
        "initiatives.csv": initiativesHeader + "\n" + initiativeRow + "\n",
    ]

    /// The fixture with `name` holding exactly `text`.
    func with(_ name: String, _ text: String) -> WorkspaceFixture {
        var copy = self
        copy.files[name] = text
        return copy
    }

    /// The fixture with the standard header of `name` followed by `rows`.
    func rows(_ name: String, _ rows: String...) -> WorkspaceFixture {
        with(name, ([Self.headers[name]!] + rows).joined(separator: "\n") + "\n")
    }

    func without(_ name: String) -> WorkspaceFixture {
        var copy = self
        copy.files[name] = nil
        return copy
    }

    func load() throws(LoadFailure) -> LoadedWorkspace {
        try WorkspaceLoader.load(MemoryFiles(files, origin: .folder("test")))
    }

    /// The load failure, or nil when the workspace loads.
    func failure() -> LoadFailure? {
        do {
            _ = try load()
            return nil
        } catch {
            return error
        }
    }

    /// Every diagnostic as `file:line: column: message`.
    func diagnostics() throws -> [String] {
        try load().diagnostics.map(\.description)
    }
}

/// Files given as raw bytes, for input that is not valid UTF-8.
struct ByteFiles: WorkspaceFiles {
    let files: [String: [UInt8]]
    var origin: WorkspaceOrigin { .folder("bytes") }

    init(_ files: [String: [UInt8]]) { self.files = files }

    init(_ fixture: WorkspaceFixture, replacing name: String, with bytes: [UInt8]) {
        var files = fixture.files.mapValues { Array($0.utf8) }
        files[name] = bytes
        self.files = files
    }

    func read(_ name: String) throws(LoadFailure) -> [UInt8]? { files[name] }
}
