import TandemCore
import TandemTestSupport
import Testing

/// What `tandem trust` lists as the files a manifest names outside its folder.
@Suite struct OutsideFilesTests {
    @Test func absoluteHomeAndClimbingPathsAreOutsideAndTheRestInside() throws {
        let folder = try TemporaryFolder()
        try folder.makeFolder("a")
        let manifest = """
            [organization]
            name = "K"
            [sources.risks]
            file = "/r.xlsx"
            [sources.kpis]
            file = "a/../kpis.csv"
            [sources.actions]
            file = "a/../../a.csv"
            [sources.initiatives]
            file = "~/i.csv"
            [sources.milestones]
            file = "./a/m.csv"
            """
        #expect(
            OutsideFiles.named(in: Array(manifest.utf8), folder: folder.path) == [
                "/r.xlsx", "~/i.csv", "a/../../a.csv",
            ]
        )
        #expect(OutsideFiles.named(in: Array("[sources\n".utf8), folder: folder.path).isEmpty)
    }
}
