/// Numbers, booleans and dates: the values that are written bare. They are read as one word
/// first (digits, letters, `_ + - . :`), then the word is checked against the grammar, so that
/// a message can quote it whole.
extension TOMLScanner {
    /// The bare word starting here. A date followed by a space and a time (`1979-05-27 07:32:00`)
    /// is one word: TOML allows the space in place of the `T`.
    mutating func bareWord() -> ArraySlice<UInt8> {
        let start = offset
        func isWordByte(_ byte: UInt8) -> Bool {
            TOMLScanner.isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":")
        }
        while offset < bytes.count, isWordByte(bytes[offset]) { offset += 1 }
        if offset - start == 10, peek() == 0x20, TOMLDateTimeReader.isDate(bytes[start..<offset]),
            isDigit(peek(1)), isDigit(peek(2)), peek(3) == UInt8(ascii: ":")
        {
            offset += 1
            while offset < bytes.count, isWordByte(bytes[offset]) { offset += 1 }
        }
        return bytes[start..<offset]
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// A number, boolean or date written bare, starting at the current byte.
    mutating func bareValue() throws(TOMLError) -> TOMLValue {
        let start = position()
        let word = bareWord()
        guard !word.isEmpty else {
            throw error(
                "expected a value (text in quotes, a number, true or false, a date, [ for a list or { for a table), "
                    + "found \(TOMLError.shown(peek()))"
            )
        }
        let shown = String(decoding: word.prefix(40), as: UTF8.self)
        if word.elementsEqual("true".utf8) { return .boolean(true) }
        if word.elementsEqual("false".utf8) { return .boolean(false) }
        if let value = TOMLDateTimeReader.value(word) {
            switch value {
            case .success(let value): return value
            case .failure(let reason): throw error(at: start, "\"\(shown)\" is not a valid date or time: \(reason)")
            }
        }
        switch TOMLNumberReader.value(word) {
        case .success(let value): return value
        case .failure(let reason): throw error(at: start, "\"\(shown)\" is not a value: \(reason)")
        }
    }
}

/// Integers (decimal, `0x`, `0o`, `0b`, with `_` between digits) and floats (`1.5`, `1e-3`,
/// `inf`, `nan`) checked against the TOML 1.0 grammar.
enum TOMLNumberReader {
    static let expected = "expected a number such as 42, -1_000, 0xFF, 3.14 or 1e6, true or false, or text in quotes"

    static func value(_ word: ArraySlice<UInt8>) -> Result<TOMLValue, TOMLWordProblemReason> {
        var rest = word
        var negative = false
        var signed = false
        if let first = rest.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            signed = true
            rest = rest.dropFirst()
        }
        if rest.elementsEqual("inf".utf8) { return .success(.float(negative ? -.infinity : .infinity)) }
        if rest.elementsEqual("nan".utf8) { return .success(.float(negative ? -.nan : .nan)) }
        guard let first = rest.first, first >= 0x30 && first <= 0x39 else { return .failure(.init(expected)) }

        if first == UInt8(ascii: "0"), rest.count > 1, let radix = radix(rest[rest.startIndex + 1]) {
            guard !signed else { return .failure(.init("a hexadecimal, octal or binary number cannot have a sign")) }
            return integer(rest.dropFirst(2), radix: radix, negative: false)
        }
        // Split into the whole part, the fraction and the exponent, and check each.
        let exponentAt = rest.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        let mantissa = rest[..<(exponentAt ?? rest.endIndex)]
        let dotAt = mantissa.firstIndex(of: UInt8(ascii: "."))
        let whole = mantissa[..<(dotAt ?? mantissa.endIndex)]
        guard digitsAreWellFormed(whole) else { return .failure(.init(digitProblem(whole))) }
        if whole.count > 1, whole.first == UInt8(ascii: "0") {
            return .failure(.init("a number cannot start with 0 (leading zeros are not allowed)"))
        }
        if let dotAt {
            let fraction = mantissa[(dotAt + 1)...]
            guard !fraction.isEmpty, digitsAreWellFormed(fraction) else {
                return .failure(.init("a decimal point must have digits on both sides, e.g. 0.5"))
            }
        }
        if let exponentAt {
            var exponent = rest[(exponentAt + 1)...]
            if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                exponent = exponent.dropFirst()
            }
            guard !exponent.isEmpty, digitsAreWellFormed(exponent) else {
                return .failure(.init("an exponent must be digits, e.g. 1e6 or 2.5E-3"))
            }
        }
        if dotAt == nil && exponentAt == nil {
            return integer(whole, radix: 10, negative: negative)
        }
        let text = String(decoding: word.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        guard let number = Double(text) else { return .failure(.init(expected)) }
        guard number.isFinite else { return .failure(.init("too large for a floating-point number")) }
        return .success(.float(number))
    }

    private static func radix(_ byte: UInt8) -> Int64? {
        switch byte {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    /// Digits with single underscores between them, nothing else.
    private static func digitsAreWellFormed(_ digits: ArraySlice<UInt8>, radix: Int64 = 10) -> Bool {
        guard let first = digits.first, let last = digits.last, first != UInt8(ascii: "_"), last != UInt8(ascii: "_")
        else { return false }
        var previous: UInt8 = 0
        for byte in digits {
            if byte == UInt8(ascii: "_") {
                if previous == UInt8(ascii: "_") { return false }
            } else if digitValue(byte).map({ $0 >= radix }) ?? true {
                return false
            }
            previous = byte
        }
        return true
    }

    private static func digitProblem(_ digits: ArraySlice<UInt8>) -> String {
        if digits.contains(UInt8(ascii: "_")) { return "an underscore must stand between two digits, e.g. 1_000" }
        return expected
    }

    private static func digitValue(_ byte: UInt8) -> Int64? {
        switch byte {
        case 0x30...0x39: Int64(byte - 0x30)
        case 0x41...0x46: Int64(byte - 0x41 + 10)
        case 0x61...0x66: Int64(byte - 0x61 + 10)
        default: nil
        }
    }

    private static func integer(_ digits: ArraySlice<UInt8>, radix: Int64, negative: Bool) -> Result<
        TOMLValue, TOMLWordProblemReason
    > {
        guard digitsAreWellFormed(digits, radix: radix) else {
            let kind =
                radix == 16
                ? "hexadecimal digits (0-9, A-F)"
                : radix == 8 ? "octal digits (0-7)" : radix == 2 ? "binary digits (0 and 1)" : "digits"
            return .failure(
                .init(
                    digits.contains(UInt8(ascii: "_")) && radix != 10
                        ? "an underscore must stand between two digits" : "expected \(kind)"))
        }
        // Built negative, so that -9223372036854775808 fits.
        var value: Int64 = 0
        for byte in digits where byte != UInt8(ascii: "_") {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (next, overflow2) = shifted.subtractingReportingOverflow(digitValue(byte)!)
            guard !overflow1, !overflow2 else {
                return .failure(
                    .init("too large for a 64-bit integer (from -9223372036854775808 to 9223372036854775807)"))
            }
            value = next
        }
        if !negative {
            guard value != .min else {
                return .failure(
                    .init("too large for a 64-bit integer (from -9223372036854775808 to 9223372036854775807)"))
            }
            value = -value
        }
        return .success(.integer(value))
    }
}

/// Why a word is not a number or date: the end of a sentence for the user.
struct TOMLWordProblemReason: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
