import TandemTestSupport
import Testing

@testable import TandemCore

/// Problems that stop a workspace from loading at all: each names its file (and line when there is
/// one) and says what was expected.
@Suite struct LoadFailureTests {
    @Test func theFixtureLoadsWithoutAnyDiagnostic() throws {
        let loaded = try WorkspaceFixture().load()
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.kpis.map(\.id) == ["K1"])
        #expect(loaded.workspace.risks.map(\.id) == ["R1"])
        #expect(loaded.workspace.initiatives.map(\.id) == ["I1"])
        #expect(loaded.workspace.origin == .folder("test"))
    }

    @Test func aMissingManifestFailsTheLoad() {
        let failure = WorkspaceFixture().without("tandem.toml").failure()
        #expect(failure?.file == "tandem.toml")
        #expect(failure?.line == nil)
        #expect(failure?.message.hasPrefix("is missing; expected a manifest") == true)
    }

    @Test(arguments: [DataSet.measurements, .risks, .initiatives])
    func aDataSetThatIsAbsentIsMissingAndTheRestLoads(_ set: DataSet) throws {
        let loaded = try WorkspaceFixture().without(set.fileName).load()
        #expect(loaded.diagnostics.filter { $0.severity == .error } == [])
        #expect(loaded.workspace.missing.contains(set))
        #expect(loaded.workspace.missing.isSuperset(of: [.milestones, .actions]))
    }

    @Test func measurementsWithoutKPIsAreAnErrorThatSaysSo() throws {
        let loaded = try WorkspaceFixture().without("kpis.csv").load()
        #expect(
            loaded.diagnostics.map(\.description) == [
                "measurements.csv: holds values of KPIs, but the workspace has no KPIs data set; expected kpis.csv "
                    + "beside it"
            ])
        #expect(loaded.workspace.missing.isSuperset(of: [.kpis, .measurements]))
        #expect(loaded.workspace.risks.map(\.id) == ["R1"])
    }

    @Test func aWorkspaceWithNoDataSetFailsTheLoad() {
        let failure = WorkspaceFixture().without("kpis.csv").without("measurements.csv").without("risks.csv")
            .without("initiatives.csv").failure()
        #expect(failure?.file == nil)
        #expect(failure?.message.hasPrefix("no data set to show; expected at least one of kpis.csv") == true)
    }

    @Test func milestonesAreOptional() throws {
        let loaded = try WorkspaceFixture().without("milestones.csv").load()
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.initiatives[0].milestones == [])
    }

    @Test(arguments: ["", "\n\n\r\n", "\u{FEFF}"])
    func anEmptyFileIsAnErrorThatNamesItAndTheRestLoads(_ text: String) throws {
        let loaded = try WorkspaceFixture().with("kpis.csv", text).load()
        #expect(
            loaded.diagnostics.map(\.description).first
                == "kpis.csv:1: is empty; expected a header row with the columns id, name, owner, direction, target")
        #expect(loaded.workspace.missing.contains(.kpis))
        #expect(loaded.workspace.initiatives.map(\.id) == ["I1"])
    }

    @Test func aZeroByteFileOnDiskIsAnError() throws {
        let loaded = try WorkspaceLoader.load(ByteFiles(WorkspaceFixture(), replacing: "risks.csv", with: []))
        #expect(
            loaded.diagnostics.map(\.description) == [
                "risks.csv:1: is empty; expected a header row with the columns id, title, category, owner"
            ])
        #expect(loaded.workspace.missing.contains(.risks))
    }

    @Test func aMissingColumnIsAnErrorWithTheHeaderLine() throws {
        let loaded = try WorkspaceFixture().with("kpis.csv", "id,name,owner,direction\nK1,Uptime,cio,higher\n").load()
        let error = try #require(loaded.diagnostics.first)
        #expect(error.location == "kpis.csv:1")
        #expect(
            error.message
                == "the header has no column \"target\"; expected the columns id, name, owner, direction, target "
                + "(in any order); the row holds \"id\", \"name\", \"owner\", \"direction\"")
        #expect(loaded.workspace.missing.contains(.kpis))
    }

    @Test func severalMissingColumnsAreNamedTogether() throws {
        let loaded = try WorkspaceFixture().with("risks.csv", "id,title\nR1,Outage\n").load()
        let error = try #require(loaded.diagnostics.first)
        #expect(error.line == 1)
        #expect(error.message.hasPrefix("the header has no columns \"category\", \"owner\";"))
    }

    @Test func theOnlyDataSetUnreadableFailsTheLoadWithItsReason() {
        let failure = WorkspaceFixture().without("kpis.csv").without("measurements.csv").without("initiatives.csv")
            .with("risks.csv", "id,title\n").failure()
        #expect(failure?.file == "risks.csv")
        #expect(failure?.line == 1)
    }

    @Test func invalidTOMLFailsTheLoadWithItsLine() {
        let failure = WorkspaceFixture().with(
            "tandem.toml", "[organization]\nname = \"N\"\nas_of = 2026-11-20\nthis is not toml\n"
        ).failure()
        #expect(failure?.file == "tandem.toml")
        #expect(failure?.line == 4)
        #expect(failure?.message.hasPrefix("not valid TOML: ") == true)
    }

    @Test func aFolderWhereAFileShouldBeFailsTheLoad() throws {
        let folder = try TemporaryFolder()
        try folder.write("tandem.toml", WorkspaceFixture.manifest)
        try folder.makeFolder("kpis.csv")
        #expect(throws: LoadFailure(file: "kpis.csv", "is a folder; expected a file")) {
            try WorkspaceLoader.load(FolderFiles(path: folder.path))
        }
    }

    @Test func loadsAFolderOnDisk() throws {
        let folder = try TemporaryFolder()
        for (name, text) in WorkspaceFixture().files { try folder.write(name, text) }
        let loaded = try WorkspaceLoader.load(FolderFiles(path: folder.path))
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.origin == .folder(folder.path))
        #expect(loaded.workspace.settings.organization == "Test Clinic")
    }
}
