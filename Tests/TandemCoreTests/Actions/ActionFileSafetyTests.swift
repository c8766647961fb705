import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

#if canImport(Glibc)
    import Glibc
#endif

/// What keeps the editor from writing a file it reads differently from the loader, from waiting
/// for ever, from losing a spreadsheet's save, and from writing formulas.
@Suite struct ActionFileSafetyTests {
    private let header = DataSet.actions.header

    private func action(_ title: String = "New", assignee: String = "") throws -> NewAction {
        try NewAction(title: title, owner: "cio", assignee: assignee, due: "2026-12-05", asOf: asOf, known: [])
    }

    /// The loader leaves out line 2 and reads A-002; the editor used to read on to the end of the
    /// file from the open quote, so it saw no A-002 and added a second one.
    @Test func aQuoteLeftOpenOverLineEndsIsRefusedNamingItsLine() throws {
        let folder = try TemporaryFolder()
        let before = header + "\nA-001,\"Agree contract,coo,,,open,,,,\nA-002,Valid,cio,,,open,,,,\n"
        try folder.write("actions.csv", before)
        let file = ActionFile(workspace: folder.path)
        #expect(throws: ActionFileError.openQuote(file: "actions.csv", line: 2)) { try file.add(action()) }
        #expect(throws: ActionFileError.openQuote(file: "actions.csv", line: 2)) {
            try file.setStatus(of: "A-002", to: .dropped)
        }
        #expect(folder.read("actions.csv") == before)
        let message = ActionFileError.openQuote(file: "actions.csv", line: 2).description
        #expect(message.hasPrefix("actions.csv:2: a quote opened on this line"))
        #expect(message.contains("in a spreadsheet"))
    }

    /// Text after a closing quote that ran over a line end: the loader recovers at the next line
    /// here too, so this is refused as well.
    @Test func textAfterAQuoteOverLineEndsIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("actions.csv", header + "\nA-001,Old,cio,,,open,,,,\"a\nb\"c\nA-002,X,cio\n")
        #expect(throws: ActionFileError.openQuote(file: "actions.csv", line: 2)) {
            try ActionFile(workspace: folder.path).add(action())
        }
    }

    /// A quote broken on one line reads the same in both (the loader reports it, the row is
    /// left out), and the next id is counted over the id the loader read there: A-009, not the
    /// editor's `A-009"x`.
    @Test func theNextIDIsCountedOverTheIDsTheLoaderReads() throws {
        let folder = try TemporaryFolder()
        let before = header + "\nA-001,One,cio\n\"A-009\"x,Broken,cio\n"
        try folder.write("actions.csv", before)
        #expect(try ActionFile(workspace: folder.path).add(action()) == "A-010")
    }

    /// Random files of quotes, commas and line ends: whenever the editor accepts a file, it finds
    /// the records the loader finds, on the same lines, with the same fields.
    @Test func theEditorReadsEveryFileItAcceptsAsTheLoaderDoes() {
        var source = SplitMix64(seed: 20_261_120)
        var random = SeededRandom { source.next() }
        let pieces = ["a", "b", "\"", "\"\"", ",", "\n", "\r\n", "\r", " "]
        var accepted = 0
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            let bytes = Array(text.joined().utf8)
            let table = TextTable(bytes: bytes)
            guard table.openQuoteLine == nil else { continue }
            accepted += 1
            var loaded: [(line: Int, fields: [String]?)] = []
            CSVReader(bytes: bytes).forEachRecord { record in
                loaded.append((record.line, record.problem == nil ? (0..<record.count).map(record.text) : nil))
                return true
            }
            let edited = table.records.map { ($0.line, $0.broken ? nil : $0.fields.map(table.text)) }
            #expect(loaded.map(\.line) == edited.map(\.0), "\(text)")
            #expect(loaded.map(\.fields) == edited.map(\.1), "\(text)")
        }
        #expect(accepted > 1000)
    }

    /// A title or name starting like a formula is written with a `'` in front, so a spreadsheet
    /// shows it as text instead of running it; ids, dates and words Tandem writes stay as they are.
    @Test func aValueStartingLikeAFormulaIsWrittenAsText() throws {
        let folder = try TemporaryFolder()
        let file = ActionFile(workspace: folder.path)
        try file.add(action("=HYPERLINK(\"http://x\",\"Click\")", assignee: "@Sam"))
        try file.add(action("-5% cost, +2 staff", assignee: "+Ann"))
        try file.add(action("Plain"))
        let rows = folder.read("actions.csv")!.split(separator: "\n").dropFirst()
        #expect(
            rows == [
                "A-001,\"'=HYPERLINK(\"\"http://x\"\",\"\"Click\"\")\",cio,'@Sam,2026-12-05,open,,2026-11-20,,",
                "A-002,\"'-5% cost, +2 staff\",cio,'+Ann,2026-12-05,open,,2026-11-20,,",
                "A-003,Plain,cio,,2026-12-05,open,,2026-11-20,,",
            ])
    }
}
