// Feeds the input to the .xlsx reader as a whole file: the format sniffed, the zip container
// opened (each part inflated by zlib within the zip-bomb limits), every sheet read. A workbook that cannot
// be read must say why in a message safe to print, never crash or hang.
import FuzzSupport
@_spi(Fuzzing) import TandemCore
import WorkbookChecks

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let format = WorkbookFormat.sniff(bytes)
    TerminalSafe.check(WorkbookError.workbookNamedAsText(format).description, "a format message")
    let workbook: Workbook
    do {
        workbook = try Workbook(bytes: bytes)
    } catch {
        TerminalSafe.check(error.description, "a workbook error")
        return 0
    }
    require(!workbook.sheetNames.isEmpty, "an open workbook has a sheet")
    for name in workbook.sheetNames { TerminalSafe.check(name, "a sheet name") }
    for place in workbook.sheetNames.indices {
        do {
            let sheet = try workbook.sheet(at: place)
            require(sheet.name == workbook.sheetNames[place], "a sheet has its name")
            SheetChecks.check(sheet)
        } catch {
            TerminalSafe.check(error.description, "a sheet error")
        }
    }
    do {
        _ = try workbook.sheet(named: "\u{1B}[2J no such sheet")
    } catch {
        TerminalSafe.check(error.description, "a missing sheet error")
    }
    return 0
}
