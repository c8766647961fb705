import Foundation
import TandemTestSupport
import Testing

/// `tandem export --format json`: the computed workspace, as SPEC.md § Export names it.
@Suite struct ExportCommandTests {
    private static func items(_ json: [String: Any], _ key: String) throws -> [[String: Any]] {
        try #require(json[key] as? [[String: Any]], "no \(key) array")
    }

    @Test func exportsTheBuiltInDemo() throws {
        let result = try TandemProcess.run(["export", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let json = try result.json()
        #expect(json["as_of"] as? String == "2026-11-20")
        #expect(json["demo"] as? Bool == true)
        #expect(try Self.items(json, "kpis").count == 20)
        #expect(try Self.items(json, "risks").count == 16)
        #expect(try Self.items(json, "initiatives").count == 12)
        #expect(try Self.items(json, "diagnostics").isEmpty)
        let kinds = Set(try Self.items(json, "findings").compactMap { $0["kind"] as? String })
        #expect(
            kinds == [
                "low_adoption", "one_sided_mitigation", "optimistic_report", "paired_kpis_diverge",
                "possible_duplication", "unaddressed_kpi", "unanchored_initiative", "unowned_decision",
            ])
        let statuses = Set(try Self.items(json, "kpis").compactMap { $0["status"] as? String })
        #expect(statuses == ["green", "amber", "red", "stale", "no_data"])
    }

    @Test func theFormatDefaultsToJSON() throws {
        let result = try TandemProcess.run(["export"])
        #expect(result.status == 0, "\(result)")
        #expect(try result.json()["as_of"] as? String == "2026-11-20")
    }

    @Test func exportsAHandWrittenFolder() throws {
        let folder = try TemporaryFolder.workspace()
        let result = try TandemProcess.run(["export", folder.path, "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let json = try result.json()
        #expect(json["as_of"] as? String == "2026-11-20")
        #expect(json["organization"] as? String == "Test Clinic")
        #expect(json["demo"] as? Bool == false)

        let kpis = try Self.items(json, "kpis")
        #expect(kpis.map { $0["id"] as? String } == ["K1", "K2"])
        #expect(kpis.map { $0["status"] as? String } == ["green", "red"])
        #expect((kpis[0]["latest"] as? NSNumber)?.doubleValue == 99.6)
        #expect((kpis[0]["previous"] as? NSNumber)?.doubleValue == 99.4)
        #expect(kpis[1]["trend"] as? String == "up")

        let risks = try Self.items(json, "risks")
        #expect(risks.map { ($0["inherent_score"] as? NSNumber)?.intValue } == [20, 6])
        #expect(risks.map { ($0["residual_score"] as? NSNumber)?.intValue } == [15, 6])
        #expect(risks.map { $0["band"] as? String } == ["high", "medium"])
        #expect(risks.map { $0["above_appetite"] as? Bool } == [true, false])

        let initiatives = try Self.items(json, "initiatives")
        #expect(initiatives.map { $0["id"] as? String } == ["I1", "I2"])
        #expect(initiatives.map { $0["stage"] as? String } == ["active", "active"])
        #expect(initiatives[0]["milestones"] is NSNull)

        let findings = try Self.items(json, "findings")
        #expect(findings.map { $0["kind"] as? String } == ["paired_kpis_diverge"])
        #expect(findings.first?["ids"] as? [String] == ["K1", "K2"])
        #expect(try Self.items(json, "diagnostics").isEmpty)
    }

    @Test func asOfOnTheCommandLineWinsOverTheManifest() throws {
        let folder = try TemporaryFolder.workspace()
        let result = try TandemProcess.run(["export", folder.path, "--as-of", "2026-10-15"])
        #expect(result.status == 0, "\(result)")
        let json = try result.json()
        #expect(json["as_of"] as? String == "2026-10-15")
        let kpis = try Self.items(json, "kpis")
        #expect((kpis[0]["latest"] as? NSNumber)?.doubleValue == 99.4)
        #expect(kpis[0]["previous"] is NSNull)
    }

    @Test func rowsWithErrorsAreLeftOutAndListedUnderDiagnostics() throws {
        let folder = try TemporaryFolder.workspace([
            "risks.csv": WorkspaceText.risks + "R3,Flood,operational,coo,7,2,,,open,a,b,2026-10-01,\n"
        ])
        let result = try TandemProcess.run(["export", folder.path])
        #expect(result.status == 0, "\(result)")
        let json = try result.json()
        #expect(try Self.items(json, "risks").count == 2)
        let diagnostics = try Self.items(json, "diagnostics")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == "risks.csv")
        #expect((diagnostics.first?["line"] as? NSNumber)?.intValue == 4)
        #expect(diagnostics.first?["column"] as? String == "likelihood")
    }

    @Test func theConformanceWorkspaceExportsItsExpectedResults() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TandemCoreTests/Fixtures/northwind").path
        let result = try TandemProcess.run(["export", fixtures, "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let actual = try result.json()
        let expectedData = try #require(FileManager.default.contents(atPath: fixtures + "/expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
        for section in ["kpis", "risks", "initiatives"] {
            let want = try Self.items(expected, section)
            let got = try Self.items(actual, section)
            #expect(got.map { $0["id"] as? String } == want.map { $0["id"] as? String })
            for key in ["status", "band", "health", "schedule", "cost", "review_overdue", "above_appetite"] {
                let wanted = want.map { $0[key].map { "\($0)" } }
                let gotten = got.map { $0[key].map { "\($0)" } }
                #expect(gotten == wanted, "\(section).\(key)")
            }
        }
        let findings = { (json: [String: Any]) in
            try Self.items(json, "findings").map { "\($0["kind"] ?? "") \($0["ids"] ?? "")" }
        }
        #expect(try findings(actual) == findings(expected))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try TandemProcess.run(["export", "--format", "xml"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("'xml' is invalid for '--format <format>'"))
    }

    @Test func aBadAsOfDateIsAUsageError() throws {
        let result = try TandemProcess.run(["export", "--as-of", "2026-13-01"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("--as-of \"2026-13-01\" is not a date; expected YYYY-MM-DD, e.g. 2026-11-20"))
    }

    @Test func aWorkspaceThatCannotLoadExitsTwo() throws {
        let folder = try TemporaryFolder.workspace([
            "kpis.csv": nil, "measurements.csv": nil, "risks.csv": nil, "initiatives.csv": nil, "milestones.csv": nil,
        ])
        let result = try TandemProcess.run(["export", folder.path])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("tandem: cannot load the workspace: no data set to show"))
    }

    @Test func aDataSetTheWorkspaceLacksIsNull() throws {
        let folder = try TemporaryFolder.workspace(["risks.csv": nil])
        let result = try TandemProcess.run(["export", folder.path])
        #expect(result.status == 0, "\(result)")
        let json = try result.json()
        #expect(json["risks"] is NSNull)
        #expect(json["kpis"] is [Any])
    }
}
