import Foundation
import TandemCore
import TandemTestSupport
import Testing

/// `tandem validate`: exit 0 without errors, 1 with errors (rows left out), 2 when the workspace
/// cannot be loaded; every problem printed with its file, line and column.
@Suite struct ValidateCommandTests {
    @Test func aCleanWorkspaceExitsZero() throws {
        let folder = try TemporaryFolder.workspace()
        let result = try TandemProcess.run(["validate", folder.path])
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdoutLines == ["OK: Test Clinic: 2 KPIs (4 measurements), 2 risks, 2 initiatives; no problems."])
        #expect(result.stderr == "")
    }

    @Test func withoutAFolderItValidatesTheBuiltInDemo() throws {
        let result = try TandemProcess.run(["validate"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("OK: Kestrel Freight (built-in demo): 20 KPIs"))
    }

    @Test func withoutAFolderItValidatesTheCurrentFolderWhenItHoldsAManifest() throws {
        let folder = try TemporaryFolder.workspace()
        let result = try TandemProcess.run(["validate"], in: folder.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("OK: Test Clinic: "))
    }

    @Test func warningsAloneExitZero() throws {
        let folder = try TemporaryFolder.workspace([
            "tandem.toml": WorkspaceText.manifest + "[kpis]\nwarn_band_pct = \"ten\"\n"
        ])
        let result = try TandemProcess.run(["validate", folder.path])
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdoutLines == [
                "warning: tandem.toml:5: kpis.warn_band_pct: expected a number from 0 to 100; using the default 10",
                "0 errors, 1 warning. Loaded 2 KPIs (4 measurements), 2 risks, 2 initiatives.",
            ])
    }

    @Test func errorsExitOneAndSayWhichRowsWereLeftOut() throws {
        let folder = try TemporaryFolder.workspace([
            "risks.csv": WorkspaceText.risks + "R3,Flood,operational,coo,7,2,,,open,a,b,2026-10-01,\n"
        ])
        let result = try TandemProcess.run(["validate", folder.path])
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdoutLines == [
                #"error: risks.csv:4: likelihood: "7" is out of range; expected an integer from 1 to 5"#,
                "1 error, 0 warnings. Loaded 2 KPIs (4 measurements), 2 risks, 2 initiatives. Rows left out: "
                    + "risks.csv 1.",
            ])
    }

    @Test func everyKindOfRowErrorIsNamedWithFileLineAndColumn() throws {
        let folder = try TemporaryFolder.workspace([
            "kpis.csv": WorkspaceText.kpis + """
                K3,Triage time,joint,lower,NaN,,,minutes,operational,daily,,
                K4,Patching,cio,sideways,95,90,,%,system,monthly,,
                K1,Duplicate,cio,higher,1,,,,,,,
                K5,Broken quote,cio,higher,"95,90,,%,system,monthly,,

                """,
            "measurements.csv": WorkspaceText.measurements + "K9,2026-10,5,\nK1,2026-02-30,99,\nK2,2026-08,1e309,\n",
            "risks.csv": WorkspaceText.risks
                + "R3,Flood,operational,coo,7,2,,,open,a,b,2026-10-01,\nR4,\"Quoted\"x,vendor,cio,1,1,,,open,a,b,,\n",
            "initiatives.csv": WorkspaceText.initiatives + """
                I3,Kiosk,coo,,active,2026-12-01,2026-06-01,0,,,,,,K1,,,,
                I4,Chatbot,cio,,active,2026-01-01,2026-12-31,10,,,,,,K1;K7,R1;R9,I8,,
                I5,Billing,cfo,,started,2026-01-01,2026-12-31,10,,,,,,K1,,,,

                """,
            "milestones.csv": DataSet.milestones.csv("I1,Go live,2026-12-01,,perhaps", "I9,Orphan,2026-12-01,,yes"),
        ])
        let result = try TandemProcess.run(["validate", folder.path])
        #expect(result.status == 1, "\(result)")
        let lines = result.stdoutLines
        let expected = [
            #"error: kpis.csv:4: target: "NaN" is not a finite number; expected a number"#,
            #"error: kpis.csv:5: direction: "sideways" is not allowed; expected one of higher, lower"#,
            #"error: kpis.csv:6: id: duplicate id "K1" (first on line 2); expected each id once"#,
            #"error: kpis.csv:7: a quoted field opened on line 7 is never closed; expected a closing " before the "#
                + #"end of the file"#,
            #"error: measurements.csv:6: kpi: unknown KPI "K9"; expected an id from kpis.csv"#,
            #"error: measurements.csv:7: period: "2026-02-30" is not a valid period; expected YYYY-MM-DD, YYYY-MM "#
                + #"or YYYY-Qn, e.g. 2026-10 or 2026-Q3"#,
            #"error: measurements.csv:8: value: "1e309" is not a finite number; expected a number"#,
            #"error: risks.csv:4: likelihood: "7" is out of range; expected an integer from 1 to 5"#,
            "error: risks.csv:5: unexpected text after a closing quote; expected a comma or the end of the line",
            "error: initiatives.csv:4: due: 2026-06-01 is not after the start 2026-12-01; expected a due date later "
                + "than start",
            #"error: initiatives.csv:5: kpis: unknown KPI "K7"; expected ids from kpis.csv separated by ";""#,
            #"error: initiatives.csv:5: risks: unknown risk "R9"; expected ids from risks.csv separated by ";""#,
            #"error: initiatives.csv:6: sponsor: "cfo" is not allowed; expected one of cio, coo, joint"#,
            #"error: initiatives.csv:6: stage: "started" is not allowed; expected one of proposed, active, paused, "#
                + #"done, cancelled"#,
            #"error: milestones.csv:2: key: "perhaps" is not allowed; expected yes or no"#,
            #"error: milestones.csv:3: initiative: unknown initiative "I9"; expected an id from initiatives.csv"#,
        ]
        for line in expected {
            #expect(lines.contains(line), "missing: \(line)\n\(result.stdout)")
        }
        #expect(
            lines.last
                == "\(expected.count) errors, 0 warnings. Loaded 2 KPIs (4 measurements), 2 risks, 2 initiatives. "
                + "Rows left out: kpis.csv 4, measurements.csv 3, risks.csv 2, initiatives.csv 3, milestones.csv 2."
        )
    }

    @Test func dependingOnAnUnknownInitiativeIsNamed() throws {
        let folder = try TemporaryFolder.workspace([
            "initiatives.csv": WorkspaceText.initiatives
                + "I3,Kiosk,coo,,active,2026-01-01,2026-12-31,50,,,,,,K1,,I8,,\n"
        ])
        let result = try TandemProcess.run(["validate", folder.path])
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdoutLines.first
                == #"error: initiatives.csv:4: depends_on: unknown initiative "I8"; expected ids from "#
                + #"initiatives.csv separated by ";""#
        )
    }

    @Test func anUnknownPairIsNamed() throws {
        let folder = try TemporaryFolder.workspace([
            "kpis.csv": WorkspaceText.kpis + "K3,Triage,joint,lower,15,,,min,operational,daily,K8,\n"
        ])
        let result = try TandemProcess.run(["validate", folder.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdoutLines.first == #"error: kpis.csv:4: pair: unknown KPI "K8"; expected an id from kpis.csv"#)
    }

    @Test func jsonOutputListsEveryDiagnostic() throws {
        let folder = try TemporaryFolder.workspace([
            "risks.csv": WorkspaceText.risks + "R3,Flood,operational,coo,7,2,,,open,a,b,2026-10-01,\n",
            "tandem.toml": WorkspaceText.manifest + "[theme]\ndark = true\n",
        ])
        let result = try TandemProcess.run(["validate", folder.path, "--format", "json"])
        #expect(result.status == 1, "\(result)")
        let json = try result.json()
        #expect(json["ok"] as? Bool == false)
        #expect((json["errors"] as? NSNumber)?.intValue == 1)
        #expect((json["warnings"] as? NSNumber)?.intValue == 1)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        let error = try #require(diagnostics.last)
        #expect(error["severity"] as? String == "error")
        #expect(error["file"] as? String == "risks.csv")
        #expect((error["line"] as? NSNumber)?.intValue == 4)
        #expect(error["column"] as? String == "likelihood")
        #expect(error["message"] as? String == #""7" is out of range; expected an integer from 1 to 5"#)
        #expect(diagnostics.first?["severity"] as? String == "warning")
        #expect((diagnostics.first?["line"] as? NSNumber)?.intValue == 4)
    }

    @Test func jsonOutputForACleanWorkspace() throws {
        let folder = try TemporaryFolder.workspace()
        let result = try TandemProcess.run(["validate", folder.path, "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let json = try result.json()
        #expect(json["ok"] as? Bool == true)
        #expect((json["errors"] as? NSNumber)?.intValue == 0)
        #expect((json["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func valuesAfterTheAsOfDateAreAWarning() throws {
        let folder = try TemporaryFolder.workspace()
        let result = try TandemProcess.run(["validate", folder.path, "--as-of", "2026-10-15"])
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdoutLines.first
                == "warning: measurements.csv: period: 2 values are dated after the as-of date 2026-10-15 and not "
                + "counted yet (K1, K2); expected periods ending on or before the as-of date"
        )
    }

    // MARK: - Exit 2: cannot load at all

    @Test func aDataSetTheWorkspaceLacksIsNoProblem() throws {
        let folder = try TemporaryFolder.workspace(["risks.csv": nil])
        let result = try TandemProcess.run(["validate", folder.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains(", no risks, "), "\(result)")
    }

    @Test func aMissingManifestExitsTwo() throws {
        let folder = try TemporaryFolder.workspace(["tandem.toml": nil])
        let result = try TandemProcess.run(["validate", folder.path])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("\(folder.path)/tandem.toml: is missing; expected a manifest"))
    }

    @Test func anEmptyFileIsAnErrorAndTheRestLoads() throws {
        let folder = try TemporaryFolder.workspace(["measurements.csv": ""])
        let result = try TandemProcess.run(["validate", folder.path])
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.hasPrefix(
                "error: measurements.csv:1: is empty; expected a header row with the columns kpi, period\n"),
            "\(result)")
    }

    @Test func aMissingColumnIsAnErrorWithTheHeaderLine() throws {
        let folder = try TemporaryFolder.workspace([
            "initiatives.csv": "id,name,start,progress\nI1,X,2026-01-01,5\n"
        ])
        let result = try TandemProcess.run(["validate", folder.path])
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.hasPrefix(
                "error: initiatives.csv:1: the header has no column \"sponsor\"; expected the columns id, name, "
                    + "sponsor (in any order); the row holds \"id\", \"name\", \"start\", \"progress\"\n"),
            "\(result)")
    }

    @Test func invalidTOMLExitsTwoWithItsLine() throws {
        let folder = try TemporaryFolder.workspace([
            "tandem.toml": "[organization]\nname = \"Test\"\nas_of = 2026-11-20\nleaders = [\n"
        ])
        let result = try TandemProcess.run(["validate", folder.path])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("tandem: cannot load the workspace: \(folder.path)/tandem.toml:"))
        #expect(result.stderr.contains("not valid TOML"))
    }

    @Test func aLoadFailureInJSONIsAnObjectToo() throws {
        let folder = try TemporaryFolder.workspace(["tandem.toml": nil])
        let result = try TandemProcess.run(["validate", folder.path, "--format", "json"])
        #expect(result.status == 2, "\(result)")
        let json = try result.json()
        #expect(json["ok"] as? Bool == false)
        #expect((json["failure"] as? String)?.hasSuffix("tandem.toml: is missing; expected a manifest") == false)
        #expect((json["failure"] as? String)?.contains("tandem.toml: is missing; expected a manifest") == true)
    }

    @Test func aFolderThatDoesNotExistExitsTwo() throws {
        let folder = try TemporaryFolder()
        let result = try TandemProcess.run(["validate", folder.url("nowhere")])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("\(folder.url("nowhere")): no such folder; expected a workspace folder"))
    }

    // MARK: - Usage errors

    @Test(arguments: ["2026-02-30", "tomorrow", "2026-1-5", "20261120"])
    func aBadAsOfDateIsAClearUsageError(_ value: String) throws {
        let result = try TandemProcess.run(["validate", "--as-of", value])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("--as-of \"\(value)\" is not a date; expected YYYY-MM-DD, e.g. 2026-11-20"))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try TandemProcess.run(["validate", "--format", "yaml"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("yaml"))
    }
}
