import Foundation
import TandemTestSupport
import Testing

/// `tandem inspect FILE`: what Tandem makes of a spreadsheet, and the table to paste.
@Suite struct InspectCommandTests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TandemCoreTests/Fixtures/workbooks/\(name)").path
    }

    @Test func aRegisterShowsItsHeadersSamplesAndATableToPaste() throws {
        let result = try TandemProcess.run(["inspect", Self.fixture("council-register.xlsx")])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.prefix(2) == ["Sheets: \"Corporate Risks\" (read)", "Headers on row 4; it looks like risks."])
        #expect(lines.contains("  E  Inherent Likelihood  → likelihood"))
        #expect(lines.contains("       \"Likely\" → 4 · \"Possible\" → 3 · \"Almost certain\" → 5"))
        #expect(lines.contains("  I  Controls in Place  → technical_mitigation"))
        #expect(lines.contains("[sources.risks]"))
        #expect(lines.contains("header_row = 4"))
        #expect(lines.contains("id = \"Risk Ref\""))
        #expect(
            lines.contains(
                "# owner = { \"Director of Digital\" = \"…\", \"Director of Operations\" = \"…\", "
                    + "\"Chief Executive\" = \"…\" }   # cio, coo or joint; \"*\" = any other word"))
    }

    @Test func aTrackerCanBeReadAsWideMeasurements() throws {
        let result = try TandemProcess.run(["inspect", Self.fixture("kpi-tracker.xlsx"), "--as", "measurements"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("it looks like measurements laid out wide (one column per period)"))
        #expect(result.stdout.contains("layout = \"wide\"\n"))
        #expect(result.stdout.contains("kpi = \"KPI ID\"\n"))
    }

    @Test func aFileThatCannotBeReadExitsTwoAndSaysWhy() throws {
        let old = try TandemProcess.run(["inspect", Self.fixture("excel-97.xls")])
        #expect(old.status == 2)
        #expect(old.stderr.contains("excel-97.xls: is an Excel 97–2003 workbook (.xls)"), "\(old)")
        let missing = try TandemProcess.run(["inspect", "no-such-file.xlsx"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("tandem: cannot read no-such-file.xlsx"), "\(missing)")
        let sheet = try TandemProcess.run(["inspect", Self.fixture("council-register.xlsx"), "--sheet", "Nope"])
        #expect(sheet.status == 2)
        #expect(sheet.stderr.contains("has no sheet \"Nope\"; its sheets are \"Corporate Risks\""), "\(sheet)")
    }
}
