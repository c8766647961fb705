/// The demo organisation shown when no workspace is given.
public enum DemoWorkspace {
    /// The demo's files, by name, as `tandem init` writes them.
    public static var files: [String: String] { DemoFiles.files }

    public static func load() -> LoadedWorkspace {
        do {
            return try WorkspaceLoader.load(MemoryFiles(DemoFiles.files, origin: .demo))
        } catch {
            preconditionFailure("the built-in demo must load: \(error)")  // a test guards this
        }
    }
}

extension DemoWorkspace {
    /// The demo as it stood at the previous meeting, four weeks before its as-of date, so that the
    /// demo shows what changed: a risk not yet raised (R13), a risk one step lower (R05), one
    /// still open (R15), the WMS replacement still due in February, the agency contract
    /// agreed but not yet signed; and every date-driven change
    /// (values measured since, milestones missed since) from computing it four weeks earlier.
    public static func previousMeeting() -> Baseline {
        var files = DemoFiles.files
        let edits: [(file: String, from: String, to: String)] = [
            // Agreed at that meeting, so still open then.
            ("actions.csv", "2026-11-06,done,2026-11-04,2026-10-23,", "2026-11-06,open,,2026-10-23,"),
            (
                "risks.csv",
                "R13,Billing system key-person risk,operational,cio,4,3,3,3,mitigating,Batch jobs documented in the "
                    + "runbook,Second analyst paired on month-end,2026-09-01,One developer knows the AS/400 billing "
                    + "code.,,,,,,\n",
                ""
            ),
            (
                "risks.csv", "R05,Peak season driver shortfall,operational,coo,4,4,4,4,open,",
                "R05,Peak season driver shortfall,operational,coo,4,4,3,4,open,"
            ),
            (
                "risks.csv", "R15,Legacy VPN out of support,cyber,cio,3,4,1,2,closed,",
                "R15,Legacy VPN out of support,cyber,cio,3,4,1,2,mitigating,"
            ),
            (
                "initiatives.csv", "I-WMS,WMS replacement,joint,Grace Whitfield,active,2025-09-01,2027-03-31,",
                "I-WMS,WMS replacement,joint,Grace Whitfield,active,2025-09-01,2027-02-26,"
            ),
        ]
        for edit in edits {
            precondition(
                files[edit.file]!.contains(edit.from), "the demo's previous meeting no longer matches the demo files")
            files[edit.file] = files[edit.file]!.replacing(edit.from, with: edit.to)
        }
        let loaded = try! WorkspaceLoader.load(MemoryFiles(files, origin: .demo))
        let asOf = (loaded.workspace.settings.asOf ?? Day(year: 2026, month: 11, day: 20)!).adding(days: -28)
        return Baseline(name: asOf.description, card: Scorecard(loaded, asOf: asOf))
    }
}
