import Foundation
import Testing

@testable import TandemCore

/// A baseline file read by the byte-level reader: the fields compared, and for a file that is not
/// a baseline, the messages Foundation's decoder gave before it (the few exceptions are noted).
@Suite struct BaselineReaderTests {
    static let valid = """
        {
          "as_of": "2026-10-20", "organization": "Kestrel", "demo": false,
          "kpis": [{"id": "K1", "name": "Uptime", "owner": "cio", "status": "red", "latest": -1.5e2,
                    "trend": null, "target_interim": true, "unit": "%"}],
          "risks": [{"id": "R1", "title": "Outage", "owner": "coo", "category": "ops", "inherent_score": 20,
                     "residual_score": 12, "band": "high", "above_appetite": true, "status": "open",
                     "target_missed": null, "appetite": 10.5}],
          "initiatives": [{"id": "I1", "name": "WMS", "sponsor": "joint", "stage": "active", "health": "amber",
                           "schedule": {"nested": [1, [2]]}, "due": "2026-12-01", "missed_milestones": ["Go"],
                           "kpis": ["K1"]}],
          "findings": [{"kind": "unaddressed_kpi", "ids": ["K1"], "detail": "x"}],
          "actions": [{"id": "A1", "title": "Fix", "owner": "cio", "status": "open", "due": null, "links": []}],
          "diagnostics": [{"severity": "warning", "file": "kpis.csv", "line": 3, "message": "\\u00e9"}]
        }
        """

    private static func read(_ json: String) throws(LoadFailure) -> Baseline {
        try Baseline(name: "b", bytes: Array(json.utf8), file: "b.json")
    }

    private static func message(_ json: String) -> String? {
        do {
            _ = try read(json)
            return nil
        } catch {
            return error.description
        }
    }

    /// `valid` with one text replaced.
    private static func with(_ old: String, _ new: String) -> String {
        precondition(valid.contains(old))
        return valid.replacingOccurrences(of: old, with: new)
    }

    @Test func theComparedFieldsAreRead() throws {
        let baseline = try Self.read(Self.valid)
        #expect(baseline.asOf.description == "2026-10-20")
        #expect(baseline.kpis.map(\.id) == ["K1"] && baseline.kpis[0].status == .red && baseline.kpis[0].owner == .cio)
        let risk = try #require(baseline.risks.first)
        #expect(risk.residualScore == 12 && risk.band == .high && risk.aboveAppetite && risk.targetMissed == nil)
        let initiative = try #require(baseline.initiatives.first)
        #expect(initiative.sponsor == .joint && initiative.stage == .active && initiative.health == .amber)
        #expect(initiative.due == "2026-12-01" && initiative.missedMilestones == ["Go"] && initiative.kpis == ["K1"])
        #expect(baseline.findings.map(\.kind) == [.unaddressedKPI] && baseline.findings[0].ids == ["K1"])
        #expect(baseline.actions?.map(\.id) == ["A1"] && baseline.actions?[0].due == nil)
    }

    @Test func theDemoReadsAsItWasSaved() throws {
        let card = Scorecard(DemoWorkspace.load(), asOf: Day(iso: "2026-11-20")!)
        let read = try Baseline(name: "b", bytes: Array(ExportDocument.json(card).rendered().utf8), file: "b.json")
        #expect(String(describing: read) == String(describing: Baseline(name: "b", card: card)))
    }

    @Test func textIsCleanedAndEscapesResolved() throws {
        let baseline = try Self.read(Self.with(#""name": "Uptime""#, #""name": "Up\u00e9 \ud83d\ude00 \u001b[2J""#))
        #expect(baseline.kpis[0].name.hasPrefix("Upé 😀"))
        #expect(!baseline.kpis[0].name.unicodeScalars.contains { $0.value == 0x1B })
    }

    /// Keys are matched as bytes where they are plain: one written with escapes, or not in ASCII,
    /// is matched by its text, as before.
    @Test func keysWithEscapesAreTheKeysTheySpell() throws {
        let escaped = try Self.read(
            Self.with(#""residual_score": 12, "band""#, #""residual\u005fscore": 12, "b\u0061nd""#))
        #expect(escaped.risks[0].residualScore == 12 && escaped.risks[0].band == .high)
        let unknown = try Self.read(Self.with(#""band": "high""#, #""band": "high", "bänd": "low""#))
        #expect(unknown.risks[0].band == .high)
    }

    @Test func absentAndNullDataSetsAndOptionalFields() throws {
        let nulls = try Self.read(
            Self.with(#""actions": [{"id""#, #""actions": null, "x": [{"id""#)
                .replacingOccurrences(of: #""kpis": [{"id""#, with: #""kpis": null, "k": [{"id""#)
                .replacingOccurrences(of: #""health": "amber""#, with: #""health": null"#))
        #expect(nulls.kpis.isEmpty && nulls.actions == nil && nulls.initiatives[0].health == nil)
        let whole = try Self.read(Self.with(#""residual_score": 12"#, #""residual_score": 1.2e1"#))
        #expect(whole.risks[0].residualScore == 12)
        // A byte order mark is passed over; of keys given twice, the first counts.
        let marked = try Self.read(
            "\u{FEFF}" + Self.with(#""as_of": "2026-10-20","#, #""as_of": "2026-10-20", "as_of": 1,"#))
        #expect(marked.asOf.description == "2026-10-20")
    }

    /// What Foundation's decoder said for each, through `tandem baseline list` before the reader.
    @Test(arguments: [
        (#""as_of": "2026-10-20""#, #""as_of": 2026"#, "as_of: Expected to decode String but found number instead"),
        (
            #""as_of": "2026-10-20""#, #""as_of": null"#,
            "as_of: Cannot get value of type String -- found null value instead"
        ),
        (#""as_of": "2026-10-20", "#, "", "has no as_of"),
        (
            #""status": "red""#, #""status": "purple""#,
            "kpis[0].status: Cannot initialize KPIStatus from invalid String value purple"
        ),
        (
            #""residual_score": 12"#, #""residual_score": "12""#,
            "risks[0].residual_score: Expected to decode Int but found a string instead"
        ),
        (
            #""residual_score": 12"#, #""residual_score": null"#,
            "risks[0].residual_score: Cannot get value of type Int -- found null value instead"
        ),
        (
            #""above_appetite": true"#, #""above_appetite": "yes""#,
            "risks[0].above_appetite: Expected to decode Bool but found a string instead"
        ),
        (
            #""target_missed": null"#, #""target_missed": "x""#,
            "risks[0].target_missed: Expected to decode Bool but found a string instead"
        ),
        (
            #"[{"id": "K1""#, #"[null, {"id": "K1""#,
            "kpis[0]: Cannot get keyed decoding container -- found null value instead"
        ),
        (
            #"[{"id": "K1""#, #"[5, {"id": "K1""#,
            "kpis[0]: Expected to decode Dictionary<String, Any> but found number instead"
        ),
        (
            #""health": "amber""#, #""health": "blue""#,
            "initiatives[0].health: Cannot initialize RAG from invalid String value blue"
        ),
        (
            #""kpis": ["K1"]"#, #""kpis": "K1""#,
            "initiatives[0].kpis: Expected to decode Array<Any> but found a string instead"
        ),
        (#""ids": ["K1"]"#, #""ids": [1]"#, "findings[0].ids[0]: Expected to decode String but found number instead"),
        (
            #""ids": ["K1"]"#, #""ids": ["K1", null]"#,
            "findings[0].ids[1]: Cannot get value of type String -- found null value instead"
        ),
        (
            #""findings": ["#, #""findings": null, "f": ["#,
            "findings: Cannot get unkeyed decoding container -- found null value instead"
        ),
        (#""findings": ["#, #""f": ["#, "has no findings"),
        (
            #""findings": [{"kind""#, #""findings": ["x", {"kind""#,
            "findings[0]: Expected to decode Dictionary<String, Any> but found a string instead"
        ),
        (
            #""risks": [{"#, #""risks": {}, "r": [{"#,
            "risks: Expected to decode Array<Any> but found a dictionary instead"
        ),
        // In the order fields are declared, wherever each is in the file: as_of before kpis, id before owner.
        (#""as_of": "2026-10-20", "#, #""kpis": 1, "#, "has no as_of"),
        (#"{"id": "K1", "name": "Uptime", "owner": "cio""#, #"{"name": "Uptime", "owner": "x""#, "has no kpis[0].id"),
        (
            #""as_of": "2026-10-20""#, #""as_of": "2026-13-01""#,
            #"as_of "2026-13-01" is not a date; expected YYYY-MM-DD"#
        ),
    ])
    func aWrongFieldIsNamedAsBefore(_ old: String, _ new: String, _ expected: String) {
        let suffix = expected.hasSuffix("YYYY-MM-DD") ? "" : "; expected the JSON that `tandem export` writes"
        #expect(Self.message(Self.with(old, new)) == "b.json: " + expected + suffix)
    }

    /// Bad JSON anywhere comes first, by line and column, even after a wrong field.
    @Test func badJSONIsPlacedByLineAndColumn() {
        let expected = "not valid JSON; expected the JSON that `tandem export` writes"
        #expect(
            Self.message(Self.with(#""as_of": "2026-10-20""#, #""as_of": 5"#) + ",")
                == "b.json:14: column 2: \(expected)")
        #expect(Self.message(Self.valid + "x") == "b.json:14: column 2: \(expected)")
        #expect(Self.message(Self.with(#""demo": false,"#, #""demo": false"#)) == "b.json:3: column 3: \(expected)")
        #expect(Self.message("") == "b.json:1: column 1: \(expected)")
        #expect(Self.message(#"{"as_of": "2026-"#) == "b.json:1: column 17: \(expected)")
        // Foundation let these through; the export never writes them.
        #expect(Self.message(Self.with(#""appetite": 10.5"#, #""appetite": 010.5"#)) != nil)
        #expect(Self.message(Self.with(#""unit": "%""#, #""unit": "%","#)) != nil)
        // Nesting deeper than Foundation's parser allowed, in a field nobody reads.
        let deep = Self.with(#""demo": false"#, #""demo": "# + String(repeating: "[", count: 600))
        let first = deep.split(separator: "\n")[1].firstIndex(of: "[")!.utf16Offset(in: deep.split(separator: "\n")[1])
        // The outermost object and 512 arrays in it are allowed; the 513th array is not.
        #expect(
            Self.message(deep) == "b.json:2: column \(first + 513): not valid JSON (nested more than 512 deep); "
                + "expected the JSON that `tandem export` writes")
    }

    @Test func everyTruncationOfABaselineIsRefusedWithAPlace() {
        let bytes = Array(Self.valid.utf8)
        for count in 0..<bytes.count {
            let message = (try? Baseline(name: "b", bytes: Array(bytes.prefix(count)), file: "b.json")).map { _ in
                "read"
            }
            #expect(message == nil, "\(count)")
        }
    }
}
