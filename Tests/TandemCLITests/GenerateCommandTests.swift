import Foundation
import TandemTestSupport
import Testing

/// `tandem generate` writes only what its own `validate` accepts, and bounds what it builds.
@Suite struct GenerateCommandTests {
    @Test func periodsThatWouldRunPastYearOneAreRefused() throws {
        let folder = try TemporaryFolder()
        let result = try TandemProcess.run(["generate", folder.url("g"), "--kpis", "1", "--periods", "800000"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--periods 800000 is out of range; expected 0 to 100000"))
        #expect(!FileManager.default.fileExists(atPath: folder.url("g")))
    }

    @Test func theWholeIsBoundedNotOnlyEachCount() throws {
        let folder = try TemporaryFolder()
        let result = try TandemProcess.run(["generate", folder.url("g"), "--kpis", "10000000", "--periods", "100000"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("must each be at most 20000000 rows"))
    }

    @Test func whatItWritesValidates() throws {
        let folder = try TemporaryFolder()
        #expect(try TandemProcess.run(["generate", folder.url("g"), "--kpis", "3", "--periods", "3000"]).status == 0)
        let validated = try TandemProcess.run(["validate", folder.url("g")])
        #expect(validated.status == 0, "\(validated)")
    }
}
