// Feeds the input to every value parser as one field: numbers in each kind and with either
// decimal separator, dates in each order, periods with and without a fiscal year, the words,
// the empty words; and the whole input to the Windows-1252 reader and the delimiter detection.
import FuzzSupport
@_spi(Fuzzing) import TandemCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ model: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: model, count: size))
    let text = String(decoding: bytes, as: UTF8.self)

    for decimal: Character in [".", ","] {
        for kind in [NumberKind.plain, .money, .percent] {
            let options = ValueOptions(decimal: decimal, percent: kind == .percent ? .fraction : .points)
            switch NumberForms.parse(text, kind: kind, options: options) {
            case .value(let value): require(value.isFinite, "a parsed number is finite: \(text.debugDescription)")
            case .empty: require(EmptyWords.isEmpty(text), "only empty words read as empty")
            case .notAValue(let expected), .needsSetting(_, let expected):
                TerminalSafe.check(expected, "the expected sentence of a number")
            }
        }
    }
    for order in [nil, DateOrder.dmy, .mdy, .ymd] {
        check(DateForms.parse(text, order: order), text)
    }
    for start in [nil, 1, 4, 12] {
        check(PeriodForms.parse(text, options: ValueOptions(dateFormat: .dmy, fiscalYearStart: start)), text)
    }
    let word = WordForms.normalized(text)
    require(!word.hasPrefix(" ") && !word.hasSuffix(" ") && !word.contains("  "), "normalized words are trimmed")
    let extra = [text: "cio"].merging(["*": "joint"]) { mine, _ in mine }  // a literal traps on "*" twice
    _ = WordForms.match(text, builtIn: ["high": "4"], extra: extra, own: ["cio"])

    let utf8 = Windows1252.utf8(from: bytes)
    require(String(validating: utf8, as: UTF8.self) != nil, "Windows-1252 becomes valid UTF-8")
    require(utf8.count <= 3 * bytes.count, "each byte is at most three in UTF-8")
    require(Delimiter.candidates.contains(Delimiter.detect(bytes)), "the delimiter is one of the four")
    return 0
}

private func check(_ read: ValueRead<Day>, _ text: String) {
    switch read {
    case .value(let day):
        let (y, m, d) = day.components
        require(Day(year: y, month: m, day: d) == day, "a parsed date round-trips: \(text.debugDescription)")
    case .empty: require(EmptyWords.isEmpty(text), "only empty words read as empty")
    case .notAValue(let expected), .needsSetting(_, let expected):
        TerminalSafe.check(expected, "the expected sentence of a date")
    }
}
