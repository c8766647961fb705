import TandemCore

/// Workspace files as text: a small one that validates clean, for tests to break one file at a time.
public enum WorkspaceText {
    public static let manifest = """
        [organization]
        name = "Test Clinic"
        as_of = 2026-11-20

        """
    public static let kpis = DataSet.kpis.csv(
        "K1,Portal uptime,cio,higher,99.5,99,,%,system,monthly,K2,",
        "K2,No-show rate,coo,lower,8,10,,%,operational,monthly,K1,")
    public static let measurements = DataSet.measurements.csv(
        "K1,2026-09,99.4,", "K1,2026-10,99.6,", "K2,2026-09,9,", "K2,2026-10,11,")
    public static let risks = DataSet.risks.csv(
        "R1,Ransomware,cyber,cio,4,5,3,5,mitigating,Immutable backups,Drills,2026-10-01,",
        "R2,Consent,privacy,joint,2,3,,,open,Flags,Reviews,2026-09-01,")
    public static let initiatives = DataSet.initiatives.csv(
        "I1,Portal upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,100000,80000,,,K1,R1,,portal,",
        "I2,Reminder calls,coo,Bo,active,2026-06-01,2026-12-31,50,,50000,20000,,,K2,,I1,,")

    public static var files: [String: String] {
        [
            "tandem.toml": manifest, "kpis.csv": kpis, "measurements.csv": measurements, "risks.csv": risks,
            "initiatives.csv": initiatives,
        ]
    }
}

extension TemporaryFolder {
    /// A folder holding the clean workspace, with `changes` replacing (or, when nil, removing) files.
    public static func workspace(_ changes: [String: String?] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        var files = WorkspaceText.files
        for (name, text) in changes { files[name] = text }
        for (name, text) in files { try folder.write(name, text) }
        return folder
    }
}
