import Testing

@testable import TandemCore

/// The fast path of `risks.csv` reads every row as the careful path does: the same risks, field
/// for field, and the same diagnostics, on rows written every way people write them.
@Suite struct PlainRiskRowsTests {
    static let header =
        "id,title,category,owner,likelihood,impact,score,residual_likelihood,residual_impact,residual_score,"
        + "target_likelihood,target_impact,target_score,target_date,status,technical_mitigation,"
        + "procedural_mitigation,last_reviewed,description"

    /// Plain rows, and each way a row can leave the plain path.
    static let rows = [
        "R1,Ransomware,cyber,cio,4,5,,3,4,,2,3,,2027-03-31,mitigating,EDR,Drills,2026-10-01,Plain",
        "R2,Upper case words,Cyber,CIO,4,5,20,3,4,12,,,,,OPEN,,,2026-10-01,",
        "R3,Score only,privacy,coo,,,16,,,9,,,4,,,,,2026-09-01,",
        "R4,Disagreeing score,vendor,joint,4,5,19,,,,,,,,,,,,",
        "R5,Half a pair,change,cio,4,,,,,,,,,,,,,,",
        "R6,Half a residual pair,change,cio,4,4,,3,,,,,,,,,,,",
        "R7,Half a target pair,change,cio,4,4,,3,3,,2,,,,,,,,",
        "R8,Closed above target,cyber,cio,2,2,,1,1,,3,3,,,closed,,,,",
        "R9,No owner,cyber,,2,2,,,,,,,,,,,,,",
        "R10,Owner word,cyber,IT,2,2,,,,,,,,,in progress,,,,",
        "R11,Empty words,cyber,cio,n/a,2,,TBC,,,,,,n/a,,N/A,-,none,tbd",
        "R12,\"Quoted, with \"\"quotes\"\"\",cyber,cio,2,2,,,,,,,,,,,,,",
        "R13,Spaces around , cyber ,cio, 2 ,2,,,,,,,,,,,,,",
        "R14,Line breaks,cyber,cio,2,2,,,,,,,,,,\"Patch\nweekly\",\"Review\r\nmonthly\",,\"Two\nlines\"",
        "R15,Non-ASCII: café £ “quotes”,opérationnel,cio,2,2,,,,,,,,,,,,,",
        "R16,Out of range,cyber,cio,6,2,,,,,,,,,,,,,",
        "R17,A day-first date,cyber,cio,2,2,,,,,,,,,,,,03/04/2026,",
        "R18,Bad date,cyber,cio,2,2,,,,,,,,2026-02-30,,,,,",
        "R1,Duplicate id,cyber,cio,2,2,,,,,,,,,,,,,",
        "R;19,Id with a semicolon,cyber,cio,2,2,,,,,,,,,,,,,",
        ",No id,cyber,cio,2,2,,,,,,,,,,,,,",
        "R20,,cyber,cio,2,2,,,,,,,,,,,,,",
        "R21,Control \u{1B}[31mred,cyber,cio,2,2,,,,,,,,,,,,,",
        "R22,Decimal,cyber,cio,2.0,2,,,,,,,,,,,,,",
        "R23,Leading zero,cyber,cio,02,2,,,,,,,,,,,,,",
        "R24,Unknown status,cyber,cio,2,2,,,,,,,,,retired,,,,",
        "R25,Words for levels,cyber,cio,Likely,Major,,,,,,,,,,,,,",
        "R26,Broken \"quote,cyber,cio,2,2,,,,,,,,,,,,,",
        "R27,Too few fields,cyber,cio,2",
        "R28,\"\",cyber,cio,2,2,,,,,,,,,,,,,",
    ]

    static func read(_ text: String, plainRows: Bool, settings: Settings = Settings(organization: "Test")) throws -> (
        String, String
    ) {
        let csv = try #require(try DataFile(.risks, source: .own(.risks), bytes: Array(text.utf8)))
        var diagnostics: [Diagnostic] = []
        let (risks, ids) = RiskRows.load(csv, settings: settings, into: &diagnostics, plainRows: plainRows)
        return (
            "\(risks)",
            "\(diagnostics)\n\(ids.loaded.entries.sorted { $0.id < $1.id })\n\(ids.leftOut.sorted { $0.key < $1.key })"
        )
    }

    @Test func bothPathsReadEveryRowAlike() throws {
        let text = ([Self.header] + Self.rows).joined(separator: "\n") + "\n"
        let fast = try Self.read(text, plainRows: true)
        let careful = try Self.read(text, plainRows: false)
        #expect(fast.0 == careful.0)
        #expect(fast.1 == careful.1)
        #expect(fast.0.contains("Ransomware"))  // the plain rows did load
    }

    @Test func bothPathsReadAnotherMatrixAlike() throws {
        var settings = Settings(organization: "Test")
        (settings.likelihoodLevels, settings.impactLevels) = (10, 10)
        let rows = ["R1,Big,cyber,cio,10,10,100,9,9,,,,,,,,,,", "R2,Small,cyber,cio,7,8,,,,,,,,,,,,,"]
        let text = ([Self.header] + rows).joined(separator: "\n") + "\n"
        let fast = try Self.read(text, plainRows: true, settings: settings)
        let careful = try Self.read(text, plainRows: false, settings: settings)
        #expect(fast == careful)
    }

    @Test func aGeneratedRegisterReadsAlikeBothWaysAndAllOfItPlain() throws {
        var generator = WorkspaceGenerator()
        generator.risks = 2_000
        let text = try #require(generator.files()["risks.csv"])
        let fast = try Self.read(text, plainRows: true)
        let careful = try Self.read(text, plainRows: false)
        #expect(fast == careful)

        let csv = try #require(try DataFile(.risks, source: .own(.risks), bytes: Array(text.utf8)))
        let (columns, matrix) = (RiskRows.Columns(csv), RiskMatrix(Settings(organization: "Test")))
        var (rows, plain) = (0, 0)
        csv.forEachRecordAfterHeader { record in
            rows += 1
            if RiskRows.plainRisk(record, columns, matrix) != nil { plain += 1 }
        }
        #expect(rows == 2_000 && plain == rows)
    }

    /// A register large enough to be read on two cores, with the rows each way of reading must
    /// get right in the pieces read apart: an id repeated from an earlier piece and within its
    /// own, and a row only the careful path reads.
    @Test func aLargeRegisterReadOnTwoCoresReadsAsOneCarefulReadDoes() throws {
        var lines = [Self.header]
        for row in 0..<14_000 {
            lines.append(
                "R\(row),Risk number \(row),cyber,cio,3,4,,2,3,,1,2,,2027-03-31,open,EDR and drills,Reviews,,Text")
            switch row {
            case 9_000: lines.append("R100,Repeats an id of the first part,cyber,cio,2,2,,,,,,,,,,,,,")
            case 9_500: lines.append("R9400,Repeats an id of its own part,cyber,cio,2,2,,,,,,,,,,,,,")
            case 10_000: lines.append("R-words,Words for levels,cyber,cio,Likely,Major,,,,,,,,,,,,,")
            default: break
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        #expect(text.utf8.count > CSVReader.twoCoresFrom)
        let fast = try Self.read(text, plainRows: true)
        let careful = try Self.read(text, plainRows: false)
        #expect(fast.0 == careful.0)
        #expect(fast.1 == careful.1)
        #expect(fast.1.contains("duplicate id \"R100\"") && fast.1.contains("duplicate id \"R9400\""))
    }

    /// The same when pieces' guesses of where a record starts are wrong (a quoted field holding
    /// line breaks runs across them): what was read of them is dropped, and this thread reads on.
    @Test func aLargeRegisterWithAFieldAcrossPieceStartsReadsAlike() throws {
        func rows(_ range: Range<Int>) -> [String] {
            range.map { "R\($0),Risk number \($0),cyber,cio,3,4,,2,3,,1,2,,2027-03-31,open,EDR,Reviews,,Text" }
        }
        // Its lines look like rows: pieces starting in it read risks from them before they are dropped.
        let longText = (0..<8_000).map { "Q\($0),Quoted row,cyber,cio,2,2,,,,,,,,,,,,," }.joined(separator: "\n")
        let lines =
            [Self.header] + rows(0..<5_000) + ["R-long,Long,cyber,cio,2,2,,,,,,,,,,,,,\"\(longText)\""]
            + rows(5_000..<13_000)
        let text = lines.joined(separator: "\n") + "\n"
        let fast = try Self.read(text, plainRows: true)
        let careful = try Self.read(text, plainRows: false)
        #expect(fast.0 == careful.0)
        #expect(fast.1 == careful.1)
        #expect(fast.0.contains("Risk number 12999"))
    }

    /// A large file whose header comes after the first piece's start (a megabyte of blank lines
    /// first) is read on one core, alike.
    @Test func aHeaderPastTheFirstPieceReadsAlike() throws {
        let rows = (0..<2_000).map { "R\($0),Risk number \($0),cyber,cio,3,4,,2,3,,1,2,,2027-03-31,open,EDR,,,Text" }
        let text = String(repeating: "\n", count: 1_200_000) + ([Self.header] + rows).joined(separator: "\n") + "\n"
        #expect(text.utf8.count > CSVReader.twoCoresFrom)
        let fast = try Self.read(text, plainRows: true)
        #expect(fast == (try Self.read(text, plainRows: false)))
        #expect(fast.0.contains("Risk number 1999"))
    }

    /// A risk keeps its scores and dates small, and gives back what was set: nil only for nil,
    /// never for a value, however far out of any matrix.
    @Test func aRiskGivesBackItsScoresAndDates() {
        var risk = Risk(id: "R1", title: "T", category: "cyber", owner: .cio, likelihood: 4, impact: nil)
        #expect(MemoryLayout<Risk>.stride <= 144)
        #expect(risk.likelihood == 4 && risk.impact == nil && risk.targetDate == nil)
        (risk.residualScore, risk.targetScore) = (100, Int.min)
        (risk.targetDate, risk.lastReviewed) = (Day(ordinal: 20_000), Day(ordinal: Int.min))
        #expect(risk.residualScore == 100 && risk.targetScore != nil)
        #expect(risk.targetDate == Day(ordinal: 20_000) && risk.lastReviewed != nil)
    }
}
