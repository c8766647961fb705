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

    @Test(arguments: [
        ("kpis.csv", "id, name, owner, direction, target"),
        ("measurements.csv", "kpi, period"),
        ("risks.csv", "id, title, category, owner, likelihood, impact"),
        ("initiatives.csv", "id, name, sponsor, start, due, progress"),
    ])
    func aMissingRequiredFileFailsTheLoadNamingItsColumns(_ file: String, _ columns: String) {
        let failure = WorkspaceFixture().without(file).failure()
        #expect(
            failure
                == LoadFailure(
                    file: file,
                    "is missing; expected a CSV file with the columns \(columns) (`tandem init DIR` writes an example)")
        )
    }

    @Test func milestonesAreOptional() throws {
        let loaded = try WorkspaceFixture().without("milestones.csv").load()
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.initiatives[0].milestones == [])
    }

    @Test(arguments: ["", "\n\n\r\n", "\u{FEFF}"])
    func anEmptyFileFailsTheLoad(_ text: String) {
        let failure = WorkspaceFixture().with("kpis.csv", text).failure()
        #expect(
            failure
                == LoadFailure(
                    file: "kpis.csv", line: 1,
                    "is empty; expected a header row with the columns id, name, owner, direction, target"))
        #expect(
            failure?.description
                == "kpis.csv:1: is empty; expected a header row with the columns id, name, owner, direction, target")
    }

    @Test func aZeroByteFileOnDiskFailsTheLoad() {
        let files = ByteFiles(WorkspaceFixture(), replacing: "risks.csv", with: [])
        #expect(
            throws: LoadFailure(
                file: "risks.csv", line: 1,
                "is empty; expected a header row with the columns id, title, category, owner, likelihood, impact")
        ) {
            try WorkspaceLoader.load(files)
        }
    }

    @Test func aMissingColumnFailsTheLoadWithTheHeaderLine() {
        let failure = WorkspaceFixture().with("kpis.csv", "id,name,owner,direction\nK1,Uptime,cio,higher\n").failure()
        #expect(
            failure
                == LoadFailure(
                    file: "kpis.csv", line: 1,
                    "the header has no column \"target\"; expected the columns id, name, owner, direction, target "
                        + "(in any order)"
                ))
    }

    @Test func severalMissingColumnsAreNamedTogether() {
        let failure = WorkspaceFixture().with("risks.csv", "id,title,category\nR1,Outage,cyber\n").failure()
        #expect(failure?.line == 1)
        #expect(failure?.message.hasPrefix("the header has no columns \"owner\", \"likelihood\", \"impact\";") == true)
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
