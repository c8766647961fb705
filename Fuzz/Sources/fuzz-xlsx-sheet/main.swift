// Feeds the input to the sheet parser directly, as a worksheet part: the streaming XML
// tokenizer, cell placement, values, merged ranges. Three shared strings, one with a line break;
// the input's length picks the date system, so both are reached.
import FuzzSupport
@_spi(Fuzzing) import TandemCore
import WorkbookChecks

private let strings = ["Name", "Residual\nLikelihood", "£1.2m"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parser = SheetParser(sharedStrings: strings, uses1904Dates: size % 2 == 1)
    do {
        let sheet = try parser.parse(bytes, name: "Fuzz")
        SheetChecks.check(sheet)
        let cells = sheet.rows.reduce(0) { $0 + $1.cells.count }
        require(cells <= size, "at most one cell per byte")
    } catch {
        require(error.offset >= 0 && error.offset <= size, "an error's offset \(error.offset) is in the part")
        TerminalSafe.check(error.reason, "a sheet error")
    }
    return 0
}
