import Foundation
import TandemCore
import TandemTestSupport
import Testing

/// Terminal control sequences in every text field of the files come out inert in every output:
/// validate, export (still valid JSON), snapshot (plain and coloured), and the brief.
@Suite struct InjectionTests {
    static let attacks = [
        "\u{1B}[2J", "\u{1B}]0;pwned-title\u{07}", "\u{1B}]52;c;ZXZpbA==\u{07}", "\u{202E}", "\u{8}\u{8}",
        "\u{9B}31m", "\u{7F}", "\u{2066}", "\u{1B}[?1049h", "\u{1B}P+q544e\u{1B}\\", "\u{0}",
    ]

    /// `text` with every attack inside it, quoted for CSV.
    static func hostile(_ text: String) -> String {
        "\"" + attacks.joined() + text + attacks.reversed().joined() + "\""
    }

    static func workspace() throws -> TemporaryFolder {
        let h = hostile
        return try TemporaryFolder.workspace([
            "tandem.toml":
                "[organization]\nname = \"Clinic \\u001B]0;pwned-title\\u0007\\u202E\"\nas_of = "
                + "2026-11-20\n[leaders]\ncio = \"Dana\\u001B[2J\"\n",
            "kpis.csv": "id,name,owner,direction,target,warn,unit,domain,description\n"
                + "K1,\(h("Portal uptime")),cio,higher,99.5,99,\(h("%")),\(h("system")),\(h("Line one\nline two"))\n"
                + "K2,\(h("No-show rate")),coo,lower,8,10,%,operational,\n",
            "measurements.csv": DataSet.measurements.csv(
                "K1,2026-09,99.4,,,\(h("note"))", "K1,2026-10,98,", "K2,2026-10,11,", "K2,2026-09,\(h("12")),"),
            "risks.csv":
                "id,title,category,owner,likelihood,impact,status,technical_mitigation,procedural_mitigation,"
                + "last_reviewed,description\n"
                + "R1,\(h("Ransomware")),\(h("cyber")),cio,4,5,open,\(h("Backups")),\(h("Drills")),2026-10-01,"
                + "\(h("desc"))\n",
            "initiatives.csv": "id,name,sponsor,lead,stage,start,due,progress,kpis,risks,capabilities,description\n"
                + "I1,\(h("Portal upgrade")),cio,\(h("Ann")),active,2026-01-01,2026-12-31,40,K1,R1,\(h("portal")),"
                + "\(h("desc"))\n",
            "milestones.csv": DataSet.milestones.csv("I1,\(h("Go-live")),2026-11-01,,yes"),
        ])
    }

    /// No C0 control but line breaks, no DEL, C1 or bidi control; no escape at all unless
    /// `colour`, and then only the colour (SGR) sequences Tandem writes itself.
    /// Diagnostics name a bad value with its controls as visible symbols (`␛]0;…`), so there the
    /// payloads' words may show; everywhere else the whole sequence is gone.
    static func expectInert(
        _ output: String, colour: Bool = false, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let isDiagnostic = what.hasPrefix("validate") || what == "export"  // export carries the diagnostics too
        for scalar in output.unicodeScalars {
            let v = scalar.value
            let control =
                (v < 0x20 && v != 0x0A && v != 0x1B) || (0x7F...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
            #expect(!control, "\(what): U+\(String(v, radix: 16))", sourceLocation: sourceLocation)
            if control { return }
        }
        // A payload's words may show only where a diagnostic quotes the bad value, its ESC made
        // a visible symbol just before them (the dashboard lists rows left out with their reason).
        for payload in ["pwned-title", "ZXZpbA==", "544e", "[2J", "?1049h"] {
            var rest = output[...]
            while let range = rest.range(of: payload) {
                let before = output[..<range.lowerBound].suffix(8)
                #expect(
                    isDiagnostic || what.hasPrefix("snapshot"), "\(what): \(payload)", sourceLocation: sourceLocation)
                let symbol = what.hasSuffix("ascii") ? "?" : "␛"  // ASCII screens draw ␛ as ?
                #expect(
                    before.contains(symbol), "\(what): \(payload) without its \(symbol) before it",
                    sourceLocation: sourceLocation)
                rest = output[range.upperBound...]
            }
        }
        let escapes = output.components(separatedBy: "\u{1B}").dropFirst()
        if !colour { #expect(escapes.isEmpty, "\(what): an escape", sourceLocation: sourceLocation) }
        for sequence in escapes {
            // SGR only: ESC [ digits and semicolons m
            let body = sequence.prefix { $0 != "m" }
            #expect(
                sequence.hasPrefix("[") && body.dropFirst().allSatisfy { $0.isNumber || $0 == ";" }
                    && body.count < sequence.count,
                "\(what): ESC\(sequence.prefix(12).debugDescription)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyOutputIsInert() throws {
        let folder = try Self.workspace()
        let runs: [(String, [String])] = [
            ("validate", ["validate", folder.path]),
            ("validate json", ["validate", folder.path, "--format", "json"]),
            ("export", ["export", folder.path]),
            ("brief", ["brief", folder.path]),
            ("brief text", ["brief", folder.path, "--format", "text"]),
            ("snapshot", ["snapshot", folder.path, "--pane", "all", "--size", "160x50"]),
            ("snapshot detail", ["snapshot", folder.path, "--keys", "2 Enter", "--size", "100x60"]),
            ("snapshot ascii", ["snapshot", folder.path, "--pane", "all", "--ascii"]),
        ]
        for (what, arguments) in runs {
            let result = try TandemProcess.run(arguments)
            #expect(result.status == 0 || (what.hasPrefix("validate") && result.status == 1), "\(what): \(result)")
            Self.expectInert(result.stdout, what)
            Self.expectInert(result.stderr, what + " (stderr)")
        }
        let coloured = try TandemProcess.run(["snapshot", folder.path, "--pane", "all", "--color", "always"])
        Self.expectInert(coloured.stdout, colour: true, "snapshot in colour")
    }

    @Test func theTextIsKeptAndTheJSONIsValid() throws {
        let folder = try Self.workspace()
        let export = try TandemProcess.run(["export", folder.path]).json()
        let kpis = try #require(export["kpis"] as? [[String: Any]])
        #expect(kpis.first?["name"] as? String == "Portal uptime")
        #expect(export["organization"] as? String == "Clinic")
        let validate = try TandemProcess.run(["validate", folder.path, "--format", "json"])
        #expect(try JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) is [String: Any])
        // The bad value is named with its control characters as visible symbols.
        #expect(validate.stdout.contains("␛[2J"), "\(validate.stdout)")
    }

    @Test func theBriefEscapesMarkdown() throws {
        let folder = try TemporaryFolder.workspace([
            "kpis.csv": WorkspaceText.kpis.replacingOccurrences(
                of: "Portal uptime", with: "Portal | uptime <script>alert(1)</script> [x](http://e.vil) **bold**"),
            "measurements.csv": WorkspaceText.measurements + "K1,2026-11,90,\n",
            "tandem.toml": WorkspaceText.manifest.replacingOccurrences(of: "2026-11-20", with: "2026-12-20"),
        ])
        let brief = try TandemProcess.run(["brief", folder.path]).stdout
        #expect(
            brief.contains(#"Portal \| uptime \<script\>alert(1)\</script\> \[x\](http://e.vil) \*\*bold\*\*"#),
            "\(brief)")
        // Each table row has as many unescaped pipes as the header of its table.
        var header: Int?
        var rows = 0
        for line in brief.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                header = nil
                continue
            }
            let pipes = zip(line, " " + line).count { $0.0 == "|" && $0.1 != "\\" }
            if let header { #expect(pipes == header, "\(line)") } else { header = pipes }
            rows += 1
        }
        #expect(rows >= 10)  // a few tables, so the check checked something
    }
}
