import Testing

@_spi(Fuzzing) @testable import TandemCore

/// Inputs the .xlsx fuzz targets found (Fuzz/, docs/FUZZING.md), kept so they stay fixed. The
/// larger ones are files in Fixtures/workbooks/fuzz-findings.
@Suite struct WorkbookFuzzFindingsTests {
    /// xlsx-container: a workbook whose central directory names local headers past the end of
    /// the file stopped the process inside ZIPFoundation (its in-memory archive checked no
    /// offsets). Tandem now reads the directory itself.
    @Test func localHeadersPastTheEndAreADamagedContainer() throws {
        let bytes = try WorkbookFixtures.bytes("fuzz-findings/local-header-past-the-end.xlsx")
        #expect(throws: WorkbookError.damagedContainer(reason: "its central directory lies outside the file")) {
            try Workbook(bytes: bytes)
        }
    }
}
