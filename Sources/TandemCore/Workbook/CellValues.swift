/// Turns a cell's raw value (the text of its `<v>`) into what Excel shows, by the cell's type
/// (`t`) and number format: shared string indexes become their text, numbers with a date format
/// become days, numbers with a percent format become percentage points.
struct CellValues {
    let sharedStrings: [String]
    let styles: CellStyles
    let uses1904Dates: Bool

    /// The `t` attribute of a cell. Absent means a number.
    enum Kind {
        case number, sharedString, formulaString, inlineString, boolean, error, isoDate
        /// A type this reader does not know: its value is read as text.
        case other

        init(_ tokenizer: XMLTokenizer, _ value: Range<Int>) {
            if tokenizer.matches(value, "s") {
                self = .sharedString
            } else if tokenizer.matches(value, "n") {
                self = .number
            } else if tokenizer.matches(value, "str") {
                self = .formulaString
            } else if tokenizer.matches(value, "inlineStr") {
                self = .inlineString
            } else if tokenizer.matches(value, "b") {
                self = .boolean
            } else if tokenizer.matches(value, "e") {
                self = .error
            } else if tokenizer.matches(value, "d") {
                self = .isoDate
            } else {
                self = .other
            }
        }
    }

    /// The cell that `raw` (unescaped) stands for.
    /// - Throws: a reason, when a shared string index points past the table.
    func cell(kind: Kind, style: Int, raw: UnsafeBufferPointer<UInt8>) throws(CellProblem) -> WorkbookCell {
        switch kind {
        case .number:
            return number(raw, format: styles.format(style: style))
        case .sharedString:
            guard let index = CellStyles.integer(FieldParsing.trimmed(raw)), index < sharedStrings.count else {
                let text = TextSanitizer.visible(String(decoding: raw.prefix(20), as: UTF8.self))
                throw CellProblem("refers to shared string \(text), but the workbook has \(sharedStrings.count)")
            }
            let text = sharedStrings[index]
            return text.isEmpty ? .empty : .text(text)
        case .boolean:
            switch String(decoding: FieldParsing.trimmed(raw), as: UTF8.self) {
            case "1", "true", "TRUE": return .bool(true)
            case "0", "false", "FALSE": return .bool(false)
            default: return Self.text(raw)
            }
        case .error:
            let code = RichText.text(Array(raw))
            return code.isEmpty ? .empty : .error(code)
        case .isoDate:
            let trimmed = FieldParsing.trimmed(raw)
            if let day = FieldParsing.day(UnsafeBufferPointer(rebasing: trimmed.prefix(10))) { return .date(day) }
            return Self.text(raw)
        case .formulaString, .inlineString, .other:
            return Self.text(raw)
        }
    }

    /// A number as its format shows it. A value that is not a number (a damaged file) is kept as
    /// text, so that the loader can say what it found.
    func number(_ raw: UnsafeBufferPointer<UInt8>, format: NumberFormat) -> WorkbookCell {
        guard case .number(let value) = FieldParsing.number(raw) else {
            return FieldParsing.trimmed(raw).isEmpty ? .empty : Self.text(raw)
        }
        switch format {
        case .general:
            return .number(value)
        case .date:
            return SerialDate.day(value, uses1904Dates: uses1904Dates).map { .date($0) } ?? .number(value)
        case .percent:
            return .percent(Self.percentagePoints(value))
        }
    }

    /// `value` × 100 as Excel displays it: to 15 significant digits, the most Excel shows. So
    /// 0.746 is 74.6, and 0.08749999999999999 (how some writers store 0.0875) is 8.75, not
    /// 8.749999999999998.
    static func percentagePoints(_ value: Double) -> Double {
        excelPrecision(value * 100)
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }

    /// `value` rounded to 15 significant digits. The rounded digits are an integer below 10^15
    /// and the power of ten at most 10^22, both exact in a Double, so their quotient is the
    /// Double nearest to the 15-digit decimal. Values of 10^15 and more, or below 10^-8, are
    /// left as they are.
    static func excelPrecision(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let magnitude = abs(value)
        var decimals = 14 - Int((Double(magnitude.exponent) * 0.301_029_995_663_981_2).rounded(.down))
        for _ in 0..<3 {
            guard (0...22).contains(decimals) else { return value }
            let scaled = (magnitude * powersOfTen[decimals]).rounded()
            if scaled >= 1e15 {
                decimals -= 1
            } else if scaled < 1e14, decimals < 22 {
                decimals += 1
            } else {
                let rounded = scaled / powersOfTen[decimals]
                return value < 0 ? -rounded : rounded
            }
        }
        return value
    }

    static func text(_ raw: UnsafeBufferPointer<UInt8>) -> WorkbookCell {
        let text = RichText.text(Array(raw))
        return text.isEmpty ? .empty : .text(text)
    }
}

/// Why one cell cannot be read, completing "cell F14 …".
struct CellProblem: Error {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
