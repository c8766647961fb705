import Testing

@_spi(Fuzzing) @testable import TandemCore

/// Files that are not workbooks Tandem can read: each is refused with a message that names the
/// format and says what to do.
@Suite struct WorkbookErrorTests {
    private func error(_ body: () throws -> Void) -> WorkbookError? {
        do {
            try body()
            return nil
        } catch let error as WorkbookError {
            return error
        } catch {
            Issue.record("not a WorkbookError: \(error)")
            return nil
        }
    }

    @Test func excel97WorkbookIsRefusedWithSaveAsAdvice() throws {
        let bytes = try WorkbookFixtures.bytes("excel-97.xls")
        let found = error { _ = try Workbook(bytes: bytes) }
        #expect(found == .unsupportedFormat(.excel97))
        #expect(
            found?.description
                == "is an Excel 97–2003 workbook (.xls), or an encrypted workbook, which Tandem cannot read; "
                + "expected an .xlsx workbook: open it in Excel and save it as .xlsx (Excel Workbook) or CSV "
                + "(without a password)")
    }

    @Test func encryptedWorkbookIsToldFromExcel97ByItsEncryptionInfoStream() throws {
        let found = error { _ = try WorkbookFixtures.open("encrypted.xlsx") }
        #expect(found == .unsupportedFormat(.encrypted))
        #expect(found?.description.contains("encrypted (password-protected) Excel workbook") == true)
        #expect(found?.description.contains("save it as .xlsx (Excel Workbook) or CSV") == true)
    }

    @Test func openDocumentSpreadsheetIsRefusedByItsMimetype() throws {
        let bytes = try WorkbookFixtures.bytes("spreadsheet.ods")
        #expect(WorkbookFormat.sniff(bytes) == .openDocument)
        let found = error { _ = try Workbook(bytes: bytes) }
        #expect(found == .unsupportedFormat(.openDocument))
        #expect(found?.description.hasPrefix("is an OpenDocument spreadsheet (.ods)") == true)
    }

    @Test func csvThatIsReallyAWorkbookIsRecognised() throws {
        #expect(WorkbookFormat.sniff(try WorkbookFixtures.bytes("workbook-saved-as.csv")) == .zip)
        #expect(WorkbookFormat.sniff(try WorkbookFixtures.bytes("excel-97.xls")) == .excel97)
        #expect(WorkbookFormat.sniff(Array("id,name\nK1,Revenue\n".utf8)) == .other)
        #expect(
            WorkbookError.workbookNamedAsText(.zip).description
                == "is an Excel workbook (.xlsx) or another zip file, not delimited text; expected CSV text: "
                + "name the file .xlsx if it is a workbook, or open it in Excel and save it as CSV")
        #expect(WorkbookError.workbookNamedAsText(.excel97).description.contains("Excel 97–2003"))
    }

    @Test func missingSheetListsTheSheetsThereAre() throws {
        let workbook = try WorkbookFixtures.open("portfolio.xlsx")
        let found = error { _ = try workbook.sheet(named: "Corporate") }
        #expect(found == .missingSheet("Corporate", available: ["Cover", "GMPP Portfolio", "Lists"]))
        #expect(
            found?.description == "has no sheet \"Corporate\"; its sheets are \"Cover\", \"GMPP Portfolio\", \"Lists\"")
    }

    @Test func truncatedWorkbookIsADamagedContainer() throws {
        let bytes = try WorkbookFixtures.bytes("portfolio.xlsx")
        let found = error { _ = try Workbook(bytes: Array(bytes.prefix(bytes.count * 2 / 3))) }
        guard case .damagedContainer = found else {
            Issue.record("expected a damaged container, got \(String(describing: found))")
            return
        }
        #expect(found?.description.contains("save it as .xlsx (Excel Workbook) or CSV again") == true)
    }

    @Test func flippedByteInsideASheetIsCaughtByInflateOrChecksum() throws {
        var bytes = try WorkbookFixtures.bytes("dates-1904.xlsx")
        let archive = try WorkbookArchive(bytes: bytes)
        #expect(archive.contains("xl/worksheets/sheet1.xml"))
        // The sheet's deflated data starts after its local header; damage every byte of it in turn
        // until one is caught: a corrupt stream or a checksum that does not match, never a crash.
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: name) }) + name.count
        bytes[start + 20] ^= 0x55
        let found = error { _ = try Workbook(bytes: bytes).sheet() }
        guard case .damagedContainer = found else {
            Issue.record("expected a damaged container, got \(String(describing: found))")
            return
        }
    }

    @Test func zipBombIsRefusedBeforeItInflates() throws {
        let workbook = try WorkbookFixtures.open("zip-bomb.xlsx")
        let found = error { _ = try workbook.sheet() }
        guard case .partTooLarge(let part, let compressed, let inflated) = found else {
            Issue.record("expected a part too large, got \(String(describing: found))")
            return
        }
        #expect(part == "xl/worksheets/sheet1.xml")
        #expect(compressed < 20_000 && inflated > 11_000_000)
        #expect(found?.description.contains("it looks like a zip bomb") == true)
    }

    @Test func partThatInflatesPastItsAnnouncedSizeIsRefusedWhileInflating() throws {
        let workbook = try WorkbookFixtures.open("lying-header.xlsx")
        let found = error { _ = try workbook.sheet() }
        guard case .partTooLarge(_, _, let inflated) = found else {
            Issue.record("expected a part too large, got \(String(describing: found))")
            return
        }
        #expect(inflated == 1000)
    }

    @Test func zipWithoutAWorkbookSaysWhatItIs() throws {
        #expect(
            error { _ = try WorkbookFixtures.open("document.xlsx") } == .notAWorkbook(found: "it is a Word document"))
        #expect(error { _ = try Workbook(bytes: []) } == .notAWorkbook(found: "the file is empty"))
        let text = error { _ = try Workbook(bytes: Array("id,name\n".utf8)) }
        #expect(text == .notAWorkbook(found: "it is not a zip container, as every .xlsx workbook is"))
    }

    @Test func partSizeLimitAllowsTenMegabytesThenAHundredTimesUpTo512() {
        #expect(PartSizeLimit.allowance(compressedSize: 1_000) == 10_000_000)
        #expect(PartSizeLimit.allowance(compressedSize: 1_000_000) == 100_000_000)
        #expect(PartSizeLimit.allowance(compressedSize: 100_000_000) == 512_000_000)
        #expect(PartSizeLimit.allowance(compressedSize: .max) == 512_000_000)
    }

    @Test func errorsNeverPrintControlCharactersFromTheFile() {
        let error = WorkbookError.missingSheet("\u{1B}[2J", available: ["a\u{7}"])
        #expect(error.description == "has no sheet \"␛[2J\"; its sheets are \"a␇\"")
    }
}
