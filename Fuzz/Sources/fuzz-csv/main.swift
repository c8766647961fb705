// Feeds the input to the CSV reader as a whole file: every record, every field's bytes, text and
// blankness, and the number, date and period parsers on every field.
import FuzzSupport
@_spi(Fuzzing) import TandemCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ model: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: model, count: size))
    var lastLine = 0
    var records = 0
    CSVReader(bytes: bytes).forEachRecord { record in
        records += 1
        require(record.count >= 1, "a record has at least one field")
        require(record.line > lastLine, "records start on increasing lines")
        lastLine = record.line
        for index in -1...record.count {
            let raw = record.rawBytes(index)
            let text = record.text(index)
            let blank = record.isBlank(index)
            guard index >= 0, index < record.count else {
                require(raw.isEmpty && text.isEmpty && blank, "a field out of range is empty")
                continue
            }
            require(raw.count <= size)
            require(text.utf8.count <= 3 * raw.count, "invalid bytes become U+FFFD at most")
            _ = TextSanitizer.clean(text)
            _ = TextSanitizer.clean(text, keepNewlines: true)
            if case .number(let value) = FieldParsing.number(raw) {
                require(value.isFinite, "a parsed number is finite")
            }
            if let day = FieldParsing.day(raw) {
                let (y, m, d) = day.components
                require(Day(year: y, month: m, day: d) == day, "a parsed date round-trips")
            }
            if let day = FieldParsing.periodEnd(raw) {
                let (y, m, d) = day.components
                require(Day(year: y, month: m, day: d) == day, "a period end round-trips")
            }
        }
        return true
    }
    require(records <= size, "at most one record per byte")
    return 0
}
