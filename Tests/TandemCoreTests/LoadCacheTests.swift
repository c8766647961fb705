import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// Reloads with a `LoadCache`: only what changed is read again, and the result is always the
/// load without it.
@Suite struct LoadCacheTests {
    /// Each file, the change made to it, and the files read again after it: the file and the
    /// data sets that use its values.
    static let changes: [(file: String, text: String, reread: [String])] = [
        (
            "kpis.csv", DataSet.kpis.csv(WorkspaceFixture.kpiRow, "K2,Cost,coo,lower,5,6,,,finance,monthly,,"),
            ["actions.csv", "initiatives.csv", "kpis.csv", "measurements.csv", "milestones.csv"]
        ),
        ("measurements.csv", DataSet.measurements.csv("K1,2026-10,97,", "K1,2026-11,x,"), ["measurements.csv"]),
        (
            "risks.csv", DataSet.risks.csv(WorkspaceFixture.riskRow.replacingOccurrences(of: "R1,", with: "R9,")),
            ["actions.csv", "initiatives.csv", "milestones.csv", "risks.csv"]
        ),
        (
            "initiatives.csv", DataSet.initiatives.csv(WorkspaceFixture.initiativeRow),
            ["actions.csv", "initiatives.csv", "milestones.csv"]
        ),
        ("milestones.csv", DataSet.milestones.csv("I1,Build,2026-09-01,,", "I7,Lost,2026-09-01,,"), ["milestones.csv"]),
        ("actions.csv", DataSet.actions.csv("A-1,Agree the contract,coo,Ann,2026-12-01,,,,R9,"), ["actions.csv"]),
    ]

    @Test(arguments: changes.indices)
    func aChangedFileIsReadAgainWithWhatUsesItAndTheRestIsReplayed(_ index: Int) throws {
        let (file, text, reread) = Self.changes[index]
        let workspace = try CachedWorkspace(CachedWorkspace.everyDataSet)
        let (first, everyFile) = try workspace.load()
        #expect(
            everyFile == [
                "actions.csv", "initiatives.csv", "kpis.csv", "measurements.csv", "milestones.csv",
                "risks.csv", "tandem.toml",
            ])
        #expect(first.errorCount > 0 && first.warningCount > 0)  // diagnostics to replay
        let (unchanged, none) = try workspace.load()
        #expect(none == ["tandem.toml"])
        #expect(everything(unchanged) == everything(try workspace.fresh()))

        try workspace.write(file, text)
        let (changed, read) = try workspace.load()
        #expect(read == reread + ["tandem.toml"])
        #expect(everything(changed) == everything(try workspace.fresh()))
        #expect(everything(changed) != everything(first))
        let (again, noneAgain) = try workspace.load()
        #expect(noneAgain == ["tandem.toml"])
        #expect(everything(again) == everything(changed))
    }

    @Test func aChangedManifestReadsEveryFileAgain() throws {
        let workspace = try CachedWorkspace(CachedWorkspace.everyDataSet)
        _ = try workspace.load()
        try workspace.write("tandem.toml", WorkspaceFixture.manifest + "\n# the same settings\n")
        let (loaded, read) = try workspace.load()
        #expect(read.count == 7)
        #expect(everything(loaded) == everything(try workspace.fresh()))
    }

    /// A second write within the timestamps' granularity would leave the file as it was: a file
    /// read just after it was written is read again every time.
    @Test func aFileWrittenJustBeforeItWasReadIsReadAgain() throws {
        let workspace = try CachedWorkspace(CachedWorkspace.everyDataSet)
        try workspace.writeNow("measurements.csv", DataSet.measurements.csv("K1,2026-10,97,"))
        _ = try workspace.load()
        let (loaded, read) = try workspace.load()
        #expect(read == ["measurements.csv", "tandem.toml"])
        #expect(everything(loaded) == everything(try workspace.fresh()))
    }

    @Test func aMissingOrUnreadableFileIsTriedAgain() throws {
        let workspace = try CachedWorkspace(CachedWorkspace.everyDataSet)
        try workspace.remove("milestones.csv")
        try workspace.write("actions.csv", "")  // optional and empty: as good as none
        try workspace.write("risks.csv", "")  // required: an error
        _ = try workspace.load()
        let (without, read) = try workspace.load()
        #expect(read == ["actions.csv", "initiatives.csv", "milestones.csv", "risks.csv", "tandem.toml"])
        #expect(without.workspace.missing == [.risks, .milestones, .actions])
        #expect(everything(without) == everything(try workspace.fresh()))

        for file in ["milestones.csv", "actions.csv", "risks.csv"] {
            try workspace.write(file, CachedWorkspace.everyDataSet[file]!)
        }
        let (with, _) = try workspace.load()
        #expect(with.workspace.missing.isEmpty)
        #expect(everything(with) == everything(try workspace.fresh()))
    }

    /// Trust is asked again at every load: a file outside the folder is read once it is granted,
    /// and no longer replayed once it is revoked.
    @Test func aFileOutsideTheFolderIsReadOnceTrustedAndNotReplayedOnceTrustIsRevoked() throws {
        let outside = try TemporaryFolder()
        try outside.write("risks.csv", CachedWorkspace.everyDataSet["risks.csv"]!)
        let state = try TemporaryFolder()
        let trust = TrustStore(folder: state.path)
        var files = CachedWorkspace.everyDataSet
        files["tandem.toml"] = WorkspaceFixture.manifest + "\n[sources.risks]\nfile = \"\(outside.url("risks.csv"))\"\n"
        files["risks.csv"] = nil
        let workspace = try CachedWorkspace(files, trust: trust)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: outside.url("risks.csv"))

        let (refused, _) = try workspace.load()
        #expect(refused.untrustedFiles == [outside.url("risks.csv")])
        let key = OutsideFiles.trustKey(manifest: Array(files["tandem.toml"]!.utf8), folder: workspace.folder.path)
        try trust.trust(workspace: workspace.folder.path, manifest: key)
        let (trusted, read) = try workspace.load()
        #expect(read.contains(outside.url("risks.csv")))
        #expect(trusted.untrustedFiles.isEmpty && trusted.workspace.risks.count == 1)
        #expect(everything(trusted) == everything(try workspace.fresh()))
        let (replayed, none) = try workspace.load()
        #expect(none == ["tandem.toml"])
        #expect(everything(replayed) == everything(trusted))

        try trust.revoke(workspace: workspace.folder.path)
        let (revoked, _) = try workspace.load()
        #expect(revoked.untrustedFiles == [outside.url("risks.csv")])
        #expect(everything(revoked) == everything(try workspace.fresh()))
    }

    /// Measurements are read beside the other data sets, on two threads: a file both sides use is
    /// still read once.
    @Test func aWorkbookSharedAcrossTheTwoThreadsIsReadOnce() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/workbooks/kpi-tracker.xlsx").path
        let manifest =
            WorkspaceFixture.manifest + """

                [sources.measurements]
                file = "kpi-tracker.xlsx"
                layout = "wide"
                columns = { kpi = "KPI ID" }
                [sources.risks]
                file = "kpi-tracker.xlsx"
                """
        let kpis = WorkspaceFixture.kpisHeader + "\n" + WorkspaceFixture.kpiRow + "\n"
        let workspace = try CachedWorkspace(["tandem.toml": manifest, "kpis.csv": kpis])
        try FileManager.default.copyItem(atPath: fixture, toPath: workspace.folder.url("kpi-tracker.xlsx"))
        let (loaded, read) = try workspace.load()
        #expect(read.filter { $0 == "kpi-tracker.xlsx" }.count == 1)
        #expect(loaded.diagnostics.contains { $0.dataSet == .risks && $0.isWholeFile })
    }

    /// One workbook sheet serves two data sets: it is read once, and not at all while unchanged.
    @Test func aWorkbookSharedByTwoDataSetsIsReadOnceWhenItChanges() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/workbooks/kpi-tracker.xlsx").path
        let workbook = try #require(FileManager.default.contents(atPath: fixture))
        let manifest =
            WorkspaceFixture.manifest + """

                [sources.kpis]
                file = "kpi-tracker.xlsx"
                columns = { id = "KPI ID", name = "KPI", direction = "Better" }
                defaults = { owner = "coo", frequency = "monthly" }
                [sources.measurements]
                file = "kpi-tracker.xlsx"
                layout = "wide"
                columns = { kpi = "KPI ID" }
                """
        let workspace = try CachedWorkspace(["tandem.toml": manifest])
        try Data(workbook).write(to: URL(fileURLWithPath: workspace.folder.url("kpi-tracker.xlsx")))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: workspace.folder.url("kpi-tracker.xlsx")
        )
        // The workspace's other data sets are missing: their files are looked for at every load.
        let (first, read) = try workspace.load()
        #expect(first.workspace.kpis.count == 4)
        #expect(read.filter { $0 == "kpi-tracker.xlsx" }.count == 1)
        let (again, none) = try workspace.load()
        #expect(!none.contains("kpi-tracker.xlsx"))
        #expect(everything(again) == everything(try workspace.fresh()))

        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -30)], ofItemAtPath: workspace.folder.url("kpi-tracker.xlsx")
        )
        let (touched, reread) = try workspace.load()
        #expect(reread.filter { $0 == "kpi-tracker.xlsx" }.count == 1)
        #expect(everything(touched) == everything(try workspace.fresh()))
    }
}
