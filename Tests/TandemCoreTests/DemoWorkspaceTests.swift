import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// The built-in demo is the first thing anyone sees: it must load clean and show every status,
/// band, health and finding at least once.
@Suite struct DemoWorkspaceTests {
    private static let loaded = DemoWorkspace.load()
    private static let card = Scorecard(loaded, asOf: loaded.workspace.settings.asOf ?? asOf)

    @Test func theEmbeddedDemoIsTheFilesInDemoFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Demo").path)
        #expect(onDisk.sorted() == DemoFiles.files.keys.sorted())
        for (name, text) in DemoFiles.files {
            let file = try String(contentsOf: root.appendingPathComponent("Demo/\(name)"), encoding: .utf8)
            #expect(file == text + "\n", "Demo/\(name) changed: run scripts/embed-demo")
        }
    }

    @Test func loadsWithoutAnyDiagnostic() {
        #expect(Self.loaded.diagnostics.map(\.description) == [])
        #expect(Self.card.diagnostics.map(\.description) == [])
        #expect(Self.card.rowsLeftOut.isEmpty)
    }

    @Test func isMarkedAsTheDemoAndHasItsOwnAsOfDate() {
        #expect(Self.loaded.workspace.origin == .demo)
        #expect(Self.loaded.workspace.settings.organization == "Kestrel Freight")
        #expect(Self.loaded.workspace.settings.asOf == day("2026-11-20"))
    }

    @Test func holdsEveryFileOfAWorkspace() {
        #expect(
            DemoWorkspace.files.keys.sorted() == [
                "actions.csv", "initiatives.csv", "kpis.csv", "measurements.csv", "milestones.csv", "risks.csv",
                "tandem.toml",
            ])
    }

    @Test func showsEveryKPIStatus() {
        #expect(Set(Self.card.kpis.map(\.status)) == Set(KPIStatus.allCases))
    }

    @Test func showsEveryRiskBand() {
        #expect(Set(Self.card.risks.map(\.band)) == Set(RiskBand.allCases))
    }

    @Test func showsRisksAboveAppetiteOverdueAndClosed() {
        #expect(Self.card.risks.contains { $0.aboveAppetite })
        #expect(Self.card.risks.contains { $0.reviewOverdue })
        #expect(Self.card.risks.contains { $0.isClosed })
    }

    @Test func showsEveryInitiativeHealth() {
        #expect(Set(Self.card.initiatives.compactMap(\.health)) == Set(RAG.allCases))
        #expect(Set(Self.card.initiatives.map(\.initiative.stage)) == Set(Stage.allCases))
    }

    @Test func showsEveryFindingKind() {
        // Unowned decisions need the baseline: the previous meeting's.
        let compared = Self.card.compared(with: DemoWorkspace.previousMeeting()).card
        #expect(Set(compared.findings.map(\.kind)) == Set(FindingKind.allCases))
    }

    @Test func loadsTheSameFromDisk() throws {
        let folder = try TemporaryFolder()
        for (name, text) in DemoWorkspace.files { try folder.write(name, text + "\n") }
        let fromDisk = try WorkspaceLoader.load(FolderFiles(path: folder.path))
        #expect(fromDisk.diagnostics == [])
        let card = Scorecard(fromDisk, asOf: Self.card.asOf)
        #expect(card.kpis.map(\.status) == Self.card.kpis.map(\.status))
        #expect(card.findings == Self.card.findings)
    }
}
