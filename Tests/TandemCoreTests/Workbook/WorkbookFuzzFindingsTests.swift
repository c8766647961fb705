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

    /// xlsx-container, after the fix above: an empty entry (`_rels/.rels`, 0 bytes) whose local
    /// header's extra field ran 33,317 bytes past the end of the file. Its byte range was empty,
    /// so the range check let it through, and taking the slice trapped.
    @Test func emptyEntryWhoseDataStartsPastTheEndIsADamagedContainer() throws {
        let bytes = try WorkbookFixtures.bytes("fuzz-findings/empty-entry-past-the-end.xlsx")
        #expect(throws: WorkbookError.damagedContainer(reason: "the data of _rels/.rels lies outside the file")) {
            try Workbook(bytes: bytes)
        }
    }
}
