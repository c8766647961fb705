import Foundation
import TandemCore
import TandemTestSupport
import Testing

/// The meeting rhythm with the real binary and real files: save a baseline, change the files,
/// then see the changes in the snapshot and the brief.
@Suite struct MeetingWorkflowTests {
    static let measurements = DataSet.measurements.csv(
        "K1,2026-09,99.6,", "K1,2026-10,98.5,", "K2,2026-09,7,", "K2,2026-10,7.5,")
    static let milestones = DataSet.milestones.csv("I1,Go-live,2026-11-01,,yes")

    /// The workspace at the last meeting (2026-10-20): K1 green, I2 anchored to no KPI.
    static func lastMeeting() throws -> TemporaryFolder {
        try TemporaryFolder.workspace([
            "tandem.toml": WorkspaceText.manifest.replacingOccurrences(of: "2026-11-20", with: "2026-10-20"),
            "measurements.csv": measurements,
            "milestones.csv": milestones,
            "initiatives.csv": WorkspaceText.initiatives.replacingOccurrences(
                of: "20000,,,K2,,I1", with: "20000,,,,,I1"),
        ])
    }

    /// A month on: K1's October value counts (red), R3 raised, I1 due three months later and its
    /// go-live missed, I2 names K2 (its finding resolved).
    static func monthLater(_ folder: TemporaryFolder) throws {
        try folder.write("tandem.toml", WorkspaceText.manifest)
        try folder.write(
            "risks.csv",
            WorkspaceText.risks + "R3,Key supplier exit,vendor,coo,4,5,4,5,open,,Second source,2026-11-10,\n")
        try folder.write(
            "initiatives.csv",
            WorkspaceText.initiatives.replacingOccurrences(of: "2026-01-01,2026-12-31", with: "2026-01-01,2027-03-31"))
    }

    static func workspaceWithBaseline() throws -> TemporaryFolder {
        let folder = try lastMeeting()
        let saved = try TandemProcess.run(["baseline", "save", folder.path])
        #expect(saved.status == 0, "\(saved)")
        #expect(
            saved.stdout == "Saved baseline 2026-10-20 (as of 2026-10-20): 2 KPIs, 2 risks, 2 initiatives, 1 findings\n"
                + "It is compared from the next as-of date on: changes are measured against the latest baseline "
                + "dated before "
                + "the as-of date, so 20 Oct is compared with an earlier one, if there is one.\n")
        try monthLater(folder)
        return folder
    }

    @Test func theSnapshotMarksWhatChanged() throws {
        let folder = try Self.workspaceWithBaseline()
        let result = try TandemProcess.run(["snapshot", folder.path, "--size", "120x30", "--keys", "c"])
        #expect(result.status == 0, "\(result)")
        let screen = result.stdout
        #expect(screen.hasPrefix(" TANDEM  Test Clinic · as of 20 Nov 2026 · only changes · changes since 2026-10-20"))
        #expect(screen.contains("┌─ Changed since 2026-10-20 · 7 "), "\(screen)")
        // Each change on a line of its own, its words in the order of the columns (whose widths
        // follow the content).
        let lines = screen.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        for line in [
            "↓ worse KPI K1 Portal uptime", "+ new Risk R3 Key supplier exit",
            "↓ worse Initiative I1 Portal upgrade", "↑ resolved Finding Unanchored initiative: I2",
            "~ changed Initiative I2 Reminder calls COO now moves KPI K2",
        ] {
            #expect(lines.contains { $0.contains(line) }, "\(line)")
        }
        let kpis = try TandemProcess.run(["snapshot", folder.path, "--size", "120x30", "--pane", "kpis"]).stdout
        #expect(kpis.contains("↓ Portal uptime"))
        #expect(kpis.contains("● GREEN No-show rate"))
        let detail = try TandemProcess.run(["snapshot", folder.path, "--size", "120x30", "--keys", "4 Enter"]).stdout
        #expect(detail.contains("Since 20 Oct    ↓ worse: health green → red"), "\(detail)")
        #expect(detail.contains("due slipped 2026-12-31 → 2027-03-31"))
        #expect(detail.contains("missed key milestone \"Go-live\" (due 2026-11-01)"))
    }

    @Test func theBriefSaysWhatChangedAndWhatToDecide() throws {
        let folder = try Self.workspaceWithBaseline()
        let result = try TandemProcess.run(["brief", folder.path])
        #expect(result.status == 0, "\(result)")
        let brief = result.stdout
        for expected in [
            "# Test Clinic: leadership brief, 20 Nov 2026\n",
            "**Headline:** KPIs 1 red, 0 amber of 2;",
            "**Since 2026-10-20:** 2 items worse, 3 new, 1 changed otherwise, 1 finding resolved.",
            "| CIO | Portal uptime (K1) | Worse | status green → red |",
            "| COO | Key supplier exit (R3) | New | new risk, critical (score 20), above appetite |",
            "| CIO | Portal upgrade (I1) | Red | on plan | 89% of budget | missed \"Go-live\" (due 2026-11-01) |",
            "| COO | One-sided mitigation: R3 | New | new finding |",
            "| COO | Unanchored initiative: I2 | Resolved | resolved |",
            "| CIO | Portal uptime (K1) | Red | 98.5% | 99.5% | 99.6% (now worse) |",
            "| COO | Key supplier exit (R3) | 20 | Critical | Above the appetite limit of 12 |",
            "## Decisions needed (alignment)",
            "1. **COO:** Key supplier exit (critical) has no technical mitigation.",
            "_Computed by Tandem from the workspace files as of 2026-11-20, compared with baseline 2026-10-20._\n",
        ] {
            #expect(brief.contains(expected), "\(expected)\n---\n\(brief)")
        }
        #expect(!brief.contains("<"), "no raw HTML")
        // The same files and date give the same brief.
        #expect(try TandemProcess.run(["brief", folder.path]).stdout == brief)
    }

    @Test func theBriefAsTextAndToAFile() throws {
        let folder = try Self.workspaceWithBaseline()
        let text = try TandemProcess.run(["brief", folder.path, "--format", "text"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Test Clinic: leadership brief, 20 Nov 2026\n===="))
        #expect(!text.stdout.contains("**") && !text.stdout.contains("|"))

        let target = folder.url("brief.md")
        #expect(try TandemProcess.run(["brief", folder.path, "-o", target]).status == 0)
        let again = try TandemProcess.run(["brief", folder.path, "-o", target])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists (use --force to replace it)"))
        #expect(try TandemProcess.run(["brief", folder.path, "-o", target, "--force"]).status == 0)
    }

    @Test func baselinesAreListedAndNeverReplacedSilently() throws {
        let folder = try Self.workspaceWithBaseline()
        let again = try TandemProcess.run(["baseline", "save", folder.path, "--as-of", "2026-10-20"])
        #expect(again.status == 1)
        #expect(
            again.stderr.contains(
                "baseline \"2026-10-20\" already exists (use --force to replace it, or --name to keep both)"),
            "\(again)")
        #expect(try TandemProcess.run(["baseline", "save", folder.path, "--name", "today.json"]).status == 0)
        let spaced = try TandemProcess.run(["baseline", "save", folder.path, "--name", "q4 review"])
        #expect(spaced.status == 64)
        #expect(
            spaced.stderr.contains(
                "--name \"q4 review\" is not a valid name: use letters, digits, - _ and . (no spaces), up to 64 "
                    + "characters, e.g. --name q4-review"
            ))

        let list = try TandemProcess.run(["baseline", "list", folder.path])
        #expect(list.status == 0, "\(list)")
        #expect(
            list.stdoutLines == [
                "NAME        AS OF       KPIS  RISKS  INITIATIVES  FINDINGS",
                "2026-10-20  2026-10-20     2      2            2         1  ← changes are measured against this one",
                "today       2026-11-20     2      3            2         2  (dated 20 Nov: compared from the next "
                    + "as-of date on)",
            ])
        // --since picks another; a name that does not exist says which do.
        let since = try TandemProcess.run(["snapshot", folder.path, "--since", "today", "--size", "100x30"])
        #expect(since.stdout.contains("changes since today (2026-11-20)"))
        let future = try TandemProcess.run(["brief", folder.path, "--since", "today", "--as-of", "2026-11-01"])
        #expect(future.status == 2)
        #expect(
            future.stderr
                == "tandem: cannot use the baseline: baseline \"today\" is as of 2026-11-20, after the as-of date "
                + "2026-11-01; expected one from before\n"
        )
        let missing = try TandemProcess.run(["brief", folder.path, "--since", "q3"])
        #expect(missing.status == 2)
        #expect(
            missing.stderr
                == "tandem: cannot use the baseline: no baseline named \"q3\" in .tandem/baselines; expected one "
                + "of: 2026-10-20, today\n"
        )
    }

    @Test func aBrokenBaselineIsReportedNotFatal() throws {
        let folder = try Self.workspaceWithBaseline()
        try folder.write(".tandem/baselines/broken.json", "{\"as_of\": 2026}")
        let list = try TandemProcess.run(["baseline", "list", folder.path])
        #expect(list.status == 1)
        #expect(list.stdout.contains("broken      unreadable: .tandem/baselines/broken.json: as_of:"), "\(list)")
        // The dashboard still compares with the good one, and says which file it could not read.
        let snapshot = try TandemProcess.run(["snapshot", folder.path])
        #expect(snapshot.stdout.contains("changes since 2026-10-20"))
        #expect(
            snapshot.stderr
                == "tandem: warning: cannot read baseline .tandem/baselines/broken.json: as_of: Expected to decode "
                + "String but found number instead; expected the JSON that `tandem export` writes; changes are "
                + "measured against 2026-10-20\n",
            "\(snapshot)")
        #expect(
            try TandemProcess.run(["brief", folder.path]).stderr.hasPrefix("tandem: warning: cannot read baseline"))
    }

    @Test func theDemoHasAPreviousMeetingButNoFolderForBaselines() throws {
        let folder = try TemporaryFolder()
        let save = try TandemProcess.run(["baseline", "save"], in: folder.path)
        #expect(save.status == 2)
        #expect(save.stderr.contains("the demo has no folder to keep baselines in"))
        let brief = try TandemProcess.run(["brief"], in: folder.path)
        #expect(brief.stdout.contains("**Since 2026-10-23:**"))
        #expect(brief.stdout.contains("**Demo data:**"))
    }

    @Test func withoutABaselineThereIsNoChangeSection() throws {
        let folder = try TemporaryFolder.workspace()
        let brief = try TandemProcess.run(["brief", folder.path]).stdout
        #expect(!brief.contains("**Since") && !brief.contains("What changed"))
        #expect(!(try TandemProcess.run(["snapshot", folder.path]).stdout.contains("changes since")))
    }
}
