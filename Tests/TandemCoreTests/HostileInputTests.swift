import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// The hostile inputs of the hardening issue, one by one: each loads or gives a clear diagnostic,
/// never a crash. Time and memory bounds are measured with the release binary and written in
/// docs/HARDENING.md; no timing is asserted here.
@Suite struct HostileInputTests {
    static func load(_ fixture: WorkspaceFixture) throws -> LoadedWorkspace { try fixture.load() }

    static func messages(_ loaded: LoadedWorkspace) -> [String] { loaded.diagnostics.map(\.description) }

    @Test func aMillionBadRowsAreCountedNotEachListed() throws {
        let garbage = String(repeating: "x\n", count: 200_000)
        let loaded = try Self.load(WorkspaceFixture().rows("measurements.csv", garbage))
        let listed = loaded.diagnostics.filter { $0.file == "measurements.csv" }
        #expect(listed.count == RowProblems.listed + 1)
        #expect(
            listed.last?.message.hasPrefix(
                "\(200_000 - RowProblems.listed) more rows with errors are left out and not listed") == true)
        #expect(loaded.rowsLeftOut.first { $0.file == "measurements.csv" }?.rows == 200_000)
    }

    @Test func repeatedIdsAndPeriodsAreCappedLikeOtherProblems() throws {
        let kpis = String(repeating: "K9,Again,cio,higher,99,98,,%,system,monthly,,\n", count: 5_000)
        let values = String(repeating: "K1,2026-01,5,\n", count: 5_000)
        let loaded = try Self.load(WorkspaceFixture().rows("kpis.csv", kpis).rows("measurements.csv", values))
        for file in ["kpis.csv", "measurements.csv"] {
            #expect(loaded.diagnostics.count { $0.file == file } <= RowProblems.listed + 1, "\(file)")
        }
        #expect(loaded.rowsLeftOut.first { $0.file == "kpis.csv" }?.rows == 4_999)
    }

    @Test func aFiftyMegabyteFieldLoadsAndIsShortenedInMessages() throws {
        let huge = String(repeating: "x", count: 50 * 1024 * 1024)
        let described = try Self.load(
            WorkspaceFixture().rows("kpis.csv", "K1,Uptime,cio,higher,99,98,,%,system,monthly,,\"\(huge)\""))
        #expect(
            Self.messages(described) == [
                "kpis.csv:2: description: is 50 MB long; expected at most 16 KB of text: only its start is kept"
            ])
        // Cut, so that opening its detail wraps 16 KB, not 50 MB, into lines.
        #expect(described.workspace.kpis.first?.description == String(repeating: "x", count: 16 * 1024) + "…")

        let big = String(repeating: "x", count: 1024 * 1024)
        let asTarget = try Self.load(
            WorkspaceFixture().rows("kpis.csv", "K1,Uptime,cio,higher,\(big),98,,%,system,monthly,,"))
        let message = try #require(Self.messages(asTarget).first)
        #expect(
            message
                == "kpis.csv:2: target: \"\(String(repeating: "x", count: 40))…\" is not a number; expected a number")
    }

    @Test func aRowWithAHundredThousandColumnsKeepsTheColumnsItKnows() throws {
        let extra = String(repeating: ",z", count: 100_000)
        let loaded = try Self.load(
            WorkspaceFixture().rows("kpis.csv", "K1,Uptime,cio,higher,99,98,,%,system,monthly,,\(extra)"))
        #expect(loaded.workspace.kpis.map(\.id) == ["K1"])
        #expect(loaded.errorCount == 0)
    }

    @Test func aMillionEmptyLinesAreSkipped() throws {
        let blank = String(repeating: "\n", count: 1_000_000)
        let fixture = WorkspaceFixture().with(
            "measurements.csv",
            WorkspaceFixture.measurementsHeader + "\n" + blank + WorkspaceFixture.measurementRow + "\n")
        let loaded = try Self.load(fixture)
        #expect(loaded.errorCount == 0)
        #expect(loaded.workspace.kpis.first?.history.count == 1)
    }

    @Test func anUnbalancedQuoteAtTheEndOfTheFileNamesTheLineItOpened() throws {
        let loaded = try Self.load(
            WorkspaceFixture().with(
                "measurements.csv",
                WorkspaceFixture.measurementsHeader + "\nK1,2026-10,99.5,\nK1,2026-09,99,\"never closed\n"))
        #expect(
            Self.messages(loaded) == [
                "measurements.csv:3: a quoted field opened on line 3 is never closed; expected a closing \" before "
                    + "the end of the file"
            ])
        #expect(loaded.workspace.kpis.first?.history.count == 1)
    }

    @Test func aByteOrderMarkInTheMiddleIsDropped() throws {
        let loaded = try Self.load(
            WorkspaceFixture().rows("kpis.csv", "\u{FEFF}K1,Up\u{FEFF}time,cio,higher,99,98,,%,system,monthly,,"))
        #expect(loaded.errorCount == 0)
        #expect(loaded.workspace.kpis.first?.id == "K1")
        #expect(loaded.workspace.kpis.first?.name == "Uptime")
    }

    @Test(arguments: [
        ("1e309", "is not a finite number"), ("NaN", "is not a finite number"), ("-inf", "is not a finite number"),
        ("0x10", "is not a number"), ("1,5", ""),
    ])
    func numbersThatAreNotFiniteAreErrors(_ value: String, _ problem: String) throws {
        let loaded = try Self.load(WorkspaceFixture().rows("measurements.csv", "K1,2026-10,\"\(value)\","))
        if problem.isEmpty {
            #expect(loaded.errorCount == 1)  // "1,5" quoted is one field, and not a number either
        } else {
            #expect(Self.messages(loaded) == ["measurements.csv:2: value: \"\(value)\" \(problem); expected a number"])
        }
    }

    @Test func negativeZeroIsZero() throws {
        let loaded = try Self.load(WorkspaceFixture().rows("measurements.csv", "K1,2026-10,-0,"))
        #expect(loaded.errorCount == 0)
        let value = try #require(loaded.workspace.kpis.first?.history.first?.value)
        #expect(value == 0)
        let card = Scorecard(loaded, asOf: day("2026-11-20"))
        #expect(!ExportDocument.json(card).rendered().contains("-0,"))
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "2026-00-10", "20261001", "2026-1-32", "2025-02-29"])
    func datesThatDoNotExistAreErrors(_ date: String) throws {
        let loaded = try Self.load(
            WorkspaceFixture().rows("risks.csv", "R1,Outage,cyber,cio,3,4,2,3,open,Backups,Drills,\(date),"))
        let messages = Self.messages(loaded).filter { $0.hasPrefix("risks.csv") }
        #expect(messages.count == 1)
        #expect(
            messages.first?.hasPrefix(
                "risks.csv:2: last_reviewed: \"\(date)\" is not a valid date; expected a date as YYYY-MM-DD") == true,
            "\(messages)")
    }

    @Test func idsWithSpacesAndEmojiLoadAndLink() throws {
        let loaded = try Self.load(
            WorkspaceFixture()
                .rows(
                    "kpis.csv", "K 1,Uptime,cio,higher,99,98,,%,system,monthly,,",
                    "K🚚,Trucks,coo,higher,5,4,,,ops,monthly,,"
                )
                .rows("measurements.csv", "K 1,2026-10,99.5,", "K🚚,2026-10,6,")
                .rows("initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,100,50,,,K 1;K🚚,R1,,,"))
        #expect(loaded.errorCount == 0, "\(Self.messages(loaded))")
        #expect(loaded.workspace.kpis.map(\.id) == ["K 1", "K🚚"])
        #expect(loaded.workspace.initiatives.first?.kpis == ["K 1", "K🚚"])
    }

    @Test func aVeryLongNameLoadsCutWithAWarning() throws {
        let name = String(repeating: "Näme ", count: 20_000)
        let loaded = try Self.load(
            WorkspaceFixture().rows("kpis.csv", "K1,\(name),cio,higher,99,98,,%,system,monthly,,"))
        #expect(loaded.errorCount == 0)
        #expect(
            Self.messages(loaded) == [
                "kpis.csv:2: name: is 117 KB long; expected at most 16 KB of text: only its start is kept"
            ])
        let loadedName = try #require(loaded.workspace.kpis.first?.name)
        #expect(
            loadedName.hasPrefix("Näme Näme") && loadedName.hasSuffix("…") && loadedName.utf8.count <= 16 * 1024 + 3)
    }

    @Test func aLongListOfIdsIsNotCut() throws {
        let ids = (0..<4000).map { "K\($0)" }
        let loaded = try Self.load(
            WorkspaceFixture()
                .with(
                    "kpis.csv",
                    ([WorkspaceFixture.kpisHeader] + ids.map { "\($0),N,cio,higher,1,0,,,,monthly,," }).joined(
                        separator: "\n") + "\n"
                )
                .rows(
                    "initiatives.csv",
                    "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,100,50,,,\(ids.joined(separator: ";")),R1,,,"))
        #expect(loaded.workspace.initiatives.first?.kpis.count == 4000)
    }

    @Test func controlCharactersInAValueAreShownAsSymbolsInTheMessage() throws {
        let loaded = try Self.load(WorkspaceFixture().rows("measurements.csv", "K1,2026-10,\u{1B}[31m5\u{7},"))
        #expect(Self.messages(loaded) == ["measurements.csv:2: value: \"␛[31m5␇\" is not a number; expected a number"])
    }
}
