import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// The export keeps the names and meanings of SPEC.md § Export.
@Suite struct ExportDocumentTests {
    private static func export(_ fixture: WorkspaceFixture) throws -> [String: Any] {
        let card = Scorecard(try fixture.load(), asOf: asOf)
        let object = try JSONSerialization.jsonObject(with: Data(ExportDocument.json(card).rendered().utf8))
        return try #require(object as? [String: Any])
    }

    private static func first(_ document: [String: Any], _ key: String) throws -> [String: Any] {
        try #require((document[key] as? [[String: Any]])?.first)
    }

    @Test func hasTheTopLevelFieldsOfTheSpec() throws {
        let document = try Self.export(WorkspaceFixture())
        for key in ["as_of", "kpis", "risks", "initiatives", "findings", "diagnostics"] {
            #expect(document[key] != nil, "no \(key)")
        }
        #expect(document["as_of"] as? String == "2026-11-20")
        #expect(document["organization"] as? String == "Test Clinic")
    }

    @Test func kpisCarryStatusValuesChangeAndTrend() throws {
        let document = try Self.export(
            WorkspaceFixture().rows("measurements.csv", "K1,2026-09,98.5", "K1,2026-10,99.5"))
        let kpi = try Self.first(document, "kpis")
        #expect(kpi["id"] as? String == "K1")
        #expect(kpi["status"] as? String == "green")
        #expect((kpi["latest"] as? NSNumber)?.doubleValue == 99.5)
        #expect((kpi["previous"] as? NSNumber)?.doubleValue == 98.5)
        #expect((kpi["change"] as? NSNumber)?.doubleValue == 1)
        #expect(kpi["trend"] as? String == "up")
    }

    @Test func onlyAPossibleDuplicationSaysWhatItsInitiativesShare() throws {
        let document = try Self.export(
            WorkspaceFixture().rows(
                "initiatives.csv",
                "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,100,50,,,K1,R1,,portal,",
                "I2,Portal,coo,Bo,active,2026-01-01,2026-12-31,90,,100,50,,,K1,R1,,portal,",
                "I3,Other,coo,Bo,active,2026-01-01,2026-12-31,90,,100,50,,,,R1,,,"))
        let findings = try #require(document["findings"] as? [[String: Any]])
        let duplication = try #require(findings.first { $0["kind"] as? String == "possible_duplication" })
        #expect(duplication["ids"] as? [String] == ["I1", "I2"])
        #expect(duplication["on"] as? [String] == ["K1", "portal"])
        #expect(findings.filter { $0["kind"] as? String != "possible_duplication" }.allSatisfy { $0["on"] == nil })
        #expect(findings.count == 2)  // and I3, unanchored
    }

    @Test func aKPIWithoutDataExportsNulls() throws {
        let document = try Self.export(WorkspaceFixture().rows("measurements.csv"))
        let kpi = try Self.first(document, "kpis")
        #expect(kpi["status"] as? String == "no_data")
        for key in ["latest", "previous", "change", "trend"] {
            #expect(kpi[key] is NSNull, "\(key) is not null")
        }
    }

    @Test func risksCarryScoresBandAppetiteReviewAndStatus() throws {
        let risk = try Self.first(Self.export(WorkspaceFixture()), "risks")
        #expect(risk["id"] as? String == "R1")
        #expect((risk["inherent_score"] as? NSNumber)?.intValue == 12)
        #expect((risk["residual_score"] as? NSNumber)?.intValue == 6)
        #expect(risk["band"] as? String == "medium")
        #expect(risk["above_appetite"] as? Bool == false)
        #expect(risk["review_overdue"] as? Bool == false)
        #expect(risk["status"] as? String == "open")
    }

    @Test func initiativesCarryHealthAndItsParts() throws {
        let initiative = try Self.first(Self.export(WorkspaceFixture()), "initiatives")
        #expect(initiative["id"] as? String == "I1")
        #expect(initiative["stage"] as? String == "active")
        for key in ["health", "schedule", "cost"] {
            #expect(initiative[key] as? String == "green", "\(key)")
        }
        #expect(initiative["milestones"] is NSNull)
        #expect(initiative["points_behind"] is NSNumber)
        #expect(abs(((initiative["forecast_pct"] as? NSNumber)?.doubleValue ?? 0) - (50 / 0.9) / 100 * 100) < 1e-9)
    }

    @Test func findingsCarryKindAndIds() throws {
        let document = try Self.export(
            WorkspaceFixture().rows("initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,,,,,"))
        let finding = try Self.first(document, "findings")
        #expect(finding["kind"] as? String == "unanchored_initiative")
        #expect(finding["ids"] as? [String] == ["I1"])
    }

    @Test func diagnosticsCarrySeverityFileLineColumnAndMessage() throws {
        let document = try Self.export(
            WorkspaceFixture().rows("risks.csv", WorkspaceFixture.riskRow, "R2,X,cyber,cio,7,1,,,,,,,"))
        let diagnostic = try Self.first(document, "diagnostics")
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["file"] as? String == "risks.csv")
        #expect((diagnostic["line"] as? NSNumber)?.intValue == 3)
        #expect(diagnostic["column"] as? String == "likelihood")
        #expect(diagnostic["message"] as? String == #""7" is out of range; expected an integer from 1 to 5"#)
    }

    @Test func aDiagnosticAboutAWholeFileHasANullLine() {
        let value = ExportDocument.diagnostic(
            Diagnostic(.warning, file: "kpis.csv", "holds bytes that are not valid UTF-8"))
        #expect(
            value
                == .object([
                    ("severity", .string("warning")), ("file", .string("kpis.csv")), ("sheet", .null), ("line", .null),
                    ("column", .null), ("message", .string("holds bytes that are not valid UTF-8")),
                ]))
    }
}
