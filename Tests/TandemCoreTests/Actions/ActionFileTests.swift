import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct ActionFileTests {
    private let known: Set<String> = ["R05", "K1"]

    private func action(_ title: String = "Agree, \"fast\"", assignee: String = "Sam") throws -> NewAction {
        try NewAction(
            title: title, owner: "coo", assignee: assignee, due: "2026-12-05", links: ["R05"], asOf: asOf,
            known: known)
    }

    private func bytes(_ folder: TemporaryFolder, _ name: String = "actions.csv") -> [UInt8] {
        FileManager.default.contents(atPath: folder.url(name)).map { Array($0) } ?? []
    }

    private let row = "\"Agree, \"\"fast\"\"\",coo,Sam,2026-12-05,open,,2026-11-20,R05,"

    @Test func createsTheFileWithAHeaderWhenThereIsNone() throws {
        let folder = try TemporaryFolder()
        let id = try ActionFile(workspace: folder.path).add(action())
        #expect(id == "A-001")
        #expect(folder.read("actions.csv") == ActionFile.columns.joined(separator: ",") + "\nA-001,\(row)\n")
    }

    @Test func appendsInTheFilesOwnColumnOrderLineEndAndBOM() throws {
        let folder = try TemporaryFolder()
        let before = "\u{FEFF}Title,ID,Owner,extra,Due,links,Assignee\r\n\"Two\r\nlines\",A-002,cio,x,2026-12-01,,\r\n"
        try folder.write("actions.csv", before)
        let id = try ActionFile(workspace: folder.path).add(action())
        #expect(id == "A-003")
        #expect(folder.read("actions.csv") == before + "\"Agree, \"\"fast\"\"\",A-003,coo,,2026-12-05,R05,Sam\r\n")
    }

    @Test func aMissingFinalLineEndIsAddedBeforeTheRow() throws {
        let folder = try TemporaryFolder()
        let before = "id,title,owner,due,links,assignee\nA-001,Old,cio,,,"
        try folder.write("actions.csv", before)
        try ActionFile(workspace: folder.path).add(action("New"))
        #expect(folder.read("actions.csv") == before + "\nA-002,New,coo,2026-12-05,R05,Sam\n")
    }

    @Test func aValueWithNoColumnToHoldItIsRefusedAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        let before = "id,title,owner,due\nA-001,Old,cio,\n"
        try folder.write("actions.csv", before)
        #expect(
            throws: ActionFileError.missingColumns(
                file: "actions.csv", columns: ["assignee", "links"], needed: "the action gives a value for")
        ) { try ActionFile(workspace: folder.path).add(action()) }
        #expect(folder.read("actions.csv") == before)
    }

    @Test func markingChangesOnlyThatRowsStatusAndDone() throws {
        let folder = try TemporaryFolder()
        let header = "id,title,status,done,\"owner\"\r\nA-001,\"One, two\",open,,cio\r\n"
        let before = header + "A-002,\"Say \"\"hi\"\"\",\"open\",,coo\r\n"
        try folder.write("actions.csv", before)
        let file = ActionFile(workspace: folder.path)
        #expect(try file.setStatus(of: "A-002", to: .done(asOf)))
        let done = header + "A-002,\"Say \"\"hi\"\"\",done,2026-11-20,coo\r\n"
        #expect(folder.read("actions.csv") == done)
        #expect(try file.setStatus(of: "A-002", to: .done(asOf)) == false)
        try file.setStatus(of: "A-002", to: .open)
        #expect(folder.read("actions.csv") == before.replacingOccurrences(of: "\"open\",,coo", with: "open,,coo"))
        try file.setStatus(of: "A-001", to: .dropped)
        #expect(folder.read("actions.csv")!.contains("\r\nA-001,\"One, two\",dropped,,cio\r\n"))
    }

    @Test func aShortRowGainsTheFieldsUpToTheOnesWritten() throws {
        let folder = try TemporaryFolder()
        try folder.write("actions.csv", "id,title,owner,due,status,done,note\nA-001,Old,cio\n")
        try ActionFile(workspace: folder.path).setStatus(of: "A-001", to: .done(asOf))
        #expect(folder.read("actions.csv") == "id,title,owner,due,status,done,note\nA-001,Old,cio,,done,2026-11-20\n")
    }

    @Test func aHeaderWithoutStatusIsSaidSoAndNeverRewritten() throws {
        let folder = try TemporaryFolder()
        let before = "id,title,owner\nA-001,Old,cio\n"
        try folder.write("actions.csv", before)
        let file = ActionFile(workspace: folder.path)
        #expect(throws: ActionFileError.self) { try file.setStatus(of: "A-001", to: .done(asOf)) }
        do {
            try file.setStatus(of: "A-001", to: .dropped)
        } catch {
            #expect(error.description.hasPrefix("actions.csv has no column \"status\", which marking an action"))
            #expect(error.description.contains("add it to the header row"))
        }
        #expect(folder.read("actions.csv") == before)
    }

    /// Without a `done` column the status is all the row says: "Done" in any case is done already.
    @Test func aRowAlreadyDoneInAFileWithoutADoneColumnIsLeftAsItWas() throws {
        let folder = try TemporaryFolder()
        let before = "id,title,owner,status\nA-001,Old,cio,Done\nA-002,New,cio,open\n"
        try folder.write("actions.csv", before)
        let file = ActionFile(workspace: folder.path)
        #expect(try file.setStatus(of: "A-001", to: .done(asOf)) == false)
        #expect(folder.read("actions.csv") == before)
        // An open row still needs the column for its date.
        #expect(
            throws: ActionFileError.missingColumns(
                file: "actions.csv", columns: ["done"], needed: "marking an action done writes")
        ) { try file.setStatus(of: "A-002", to: .done(asOf)) }
        #expect(folder.read("actions.csv") == before)
    }

    @Test func anUnknownIDIsSaidSo() throws {
        let folder = try TemporaryFolder()
        try folder.write("actions.csv", "id,title,owner,status,done\nA-001,Old,cio,,\n")
        #expect(throws: ActionFileError.noSuchAction(file: "actions.csv", id: "A-009")) {
            try ActionFile(workspace: folder.path).setStatus(of: "A-009", to: .open)
        }
    }

    @Test func aReadOnlyFileIsRefusedWithWhereToAddItInstead() throws {
        let folder = try TemporaryFolder()
        let before = ActionFile.columns.joined(separator: ",") + "\n"
        try folder.write("actions.csv", before)
        #expect(chmod(folder.url("actions.csv"), 0o444) == 0)
        #expect(throws: ActionFileError.readOnly(file: "actions.csv")) {
            try ActionFile(workspace: folder.path).add(action())
        }
        #expect(folder.read("actions.csv") == before)
        #expect(ActionFileError.readOnly(file: "actions.csv").description.contains("add the action in"))
    }

    @Test func aLinkedFileIsEditedWhereItIsAndTheLinkStays() throws {
        let folder = try TemporaryFolder()
        try folder.makeFolder("shared")
        try folder.write("shared/actions.csv", ActionFile.columns.joined(separator: ",") + "\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url("actions.csv"), withDestinationPath: "shared/actions.csv")
        try ActionFile(workspace: folder.path).add(action())
        #expect(folder.read("shared/actions.csv")!.hasSuffix("A-001,\(row)\n"))
        #expect(
            (try? FileManager.default.destinationOfSymbolicLink(atPath: folder.url("actions.csv")))
                == "shared/actions.csv")
    }

    /// Each add reads the file again under the lock: a row saved meanwhile (by a spreadsheet, or
    /// a second Tandem) is kept, and the new id follows it.
    @Test func anEditMadeMeanwhileIsKept() throws {
        let folder = try TemporaryFolder()
        let file = ActionFile(workspace: folder.path)
        try file.add(action("First"))
        let edited = folder.read("actions.csv")! + "A-005,Typed in a spreadsheet,cio,,,open,,,,\n"
        try folder.write("actions.csv", edited)
        #expect(try file.add(action("Second")) == "A-006")
        #expect(folder.read("actions.csv")!.hasPrefix(edited))
    }

    @Test func addsFromManyThreadsAtOnceAllLand() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path
        let new = try action()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<10 { try ActionFile(workspace: path).add(new) }
                }
            }
            try await group.waitForAll()
        }
        let lines = folder.read("actions.csv")!.split(separator: "\n")
        #expect(lines.count == 81)
        let ids = lines.dropFirst().map { $0.prefix(5) }
        #expect(Set(ids).count == 80)
        #expect(ids.last == "A-080")
    }
}
