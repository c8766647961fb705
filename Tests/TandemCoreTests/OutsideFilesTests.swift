import TandemCore
import Testing

/// What `tandem trust` lists as the files a manifest names outside its folder.
@Suite struct OutsideFilesTests {
    @Test func absoluteHomeAndClimbingPathsAreOutside() {
        for file in ["/data/r.csv", "~/r.csv", "~other/r.csv", "../r.csv", "a/../../r.csv", "./../r.csv"] {
            #expect(OutsideFiles.isOutside(file), "\(file)")
        }
        for file in ["r.csv", "a/r.csv", "a/../r.csv", "./a/./r.csv", "a//b.csv"] {
            #expect(!OutsideFiles.isOutside(file), "\(file)")
        }
    }

    @Test func theSourcesFilesAreListedInOrder() {
        let manifest = """
            organization = "K"
            [sources.risks]
            file = "/r.xlsx"
            [sources.kpis]
            file = "kpis.csv"
            [sources.actions]
            file = "../a.csv"
            """
        #expect(OutsideFiles.named(in: Array(manifest.utf8)) == ["/r.xlsx", "../a.csv"])
        #expect(OutsideFiles.named(in: Array("[sources\n".utf8)).isEmpty)
        #expect(OutsideFiles.named(in: Array("sources = 1\n[sources2]\nfile = \"/x\"\n".utf8)).isEmpty)
    }
}
