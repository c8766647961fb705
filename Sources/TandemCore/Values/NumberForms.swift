/// Numbers as people type them in spreadsheets: `"$1,200"`, `(350)`, `95%`, `£1.2m`, `1.234,5`.
///
/// The loader reads plain numbers with `FieldParsing.number`, on bytes, and comes here only when
/// that says no: a million measurements never pay for this. Nothing is guessed: the decimal
/// separator is `decimal`, and a comma that does not group thousands is an error, not a decimal.
public enum NumberForms {
    static let symbols: [String] = ["US$", "$", "£", "€", "¥"]
    static let codes: Set<String> = [
        "USD", "GBP", "EUR", "JPY", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "INR", "CNY", "HKD", "SGD",
        "ZAR", "PLN", "CZK", "BRL", "MXN",
    ]
    static let spaces: String = " \t\u{A0}\u{202F}"

    /// The field's number, scaled for its column.
    /// - Parameters:
    ///   - kind: money columns accept `k`/`m`/`bn` and take `moneyScale`; percent columns take
    ///     `percent`.
    ///   - expected: what the column expects, for the message when this is not a number.
    public static func parse(
        _ text: String, kind: NumberKind = .plain, options: ValueOptions = ValueOptions(),
        expected: String = "a number"
    ) -> ValueRead<Double> {
        guard text.utf8.count <= 200 else { return .notAValue(expected: expected) }
        var s = Substring(text).trimmingCharacters(in: spaces)[...]
        if EmptyWords.isEmpty(s) { return .empty }
        var written = Written()
        if s.hasPrefix("("), s.hasSuffix(")") {
            written.negative = true
            s = s.dropFirst().dropLast().trimmingCharacters(in: spaces)[...]
        }
        guard written.takePrefix(&s) else { return .notAValue(expected: expected) }
        if !written.negative, s.hasPrefix("("), s.hasSuffix(")") {  // $(1,200)
            written.negative = true
            s = s.dropFirst().dropLast().trimmingCharacters(in: spaces)[...]
        }
        guard written.takeSuffix(&s) else { return .notAValue(expected: expected) }
        let core: String
        switch digits(s, decimal: options.decimal) {
        case .some(.some(let digits)): core = digits
        case .some(nil): return .notAValue(expected: expected + groupingHint(options.decimal))
        case nil: return .notAValue(expected: expected)
        }
        let bytes = Array(core.utf8)
        guard case .number(var value) = bytes.withUnsafeBufferPointer(FieldParsing.number) else {
            return .notAValue(expected: expected)
        }
        if written.scale != 1 {
            guard kind == .money || written.currency else {
                return .notAValue(
                    expected: expected + " (k, m and bn are read in budget, spent and forecast, or after a "
                        + "currency, e.g. £1.2m)")
            }
            value = times(value, written.scale)
        }
        value = scaled(value, kind: kind, options: options, percentSign: written.percent, suffixed: written.scale != 1)
        guard value.isFinite else { return .notAValue(expected: expected) }
        return .value(written.negative ? -value + 0.0 : value)
    }

    /// What the column's settings do to a number read: `percent = "fraction"` multiplies a
    /// percent column's numbers written without `%` by 100; `money_scale` multiplies money
    /// written without `k`, `m` or `bn` (`£1.2m` in a "£m" column is still 1.2 million).
    public static func scaled(
        _ value: Double, kind: NumberKind, options: ValueOptions, percentSign: Bool = false, suffixed: Bool = false
    ) -> Double {
        switch kind {
        case .percent where options.percent == .fraction && !percentSign: times(value, 100)
        case .money where !suffixed: times(value, options.moneyScale)
        default: value
        }
    }

    /// `value × factor` as a person would work it out: 512.3 × 10⁶ is 512,300,000, not the
    /// 512,299,999.99999994 binary arithmetic gives. Rounded to 12 significant digits, more than
    /// any figure on a dashboard carries, by a power of ten that is exact in binary.
    static func times(_ value: Double, _ factor: Double) -> Double {
        let product = value * factor
        guard factor != 1, product != 0, product.isFinite else { return product }
        let exponent = Int((abs(product)).exponent10) - 11
        guard (-22...22).contains(exponent) else { return product }
        let power = powersOfTen[abs(exponent)]
        return exponent >= 0 ? (product / power).rounded() * power : (product * power).rounded() / power
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// ", with \",\" only between groups of three digits …": why `1,25` is not a number.
    static func groupingHint(_ decimal: Character) -> String {
        decimal == "."
            ? ", with \",\" only between groups of three digits (1,250); a decimal comma needs decimal = \",\""
            : ", with \".\" or a space only between groups of three digits (1.250), since decimal = \",\""
    }

    /// The ASCII digits with a `.` decimal point; `.some(nil)` when separators are misplaced, nil
    /// when anything else is there.
    static func digits(_ s: Substring, decimal: Character) -> String?? {
        let groupSeparators: Set<Character> = decimal == "." ? [","] : [".", " ", "\u{A0}", "\u{202F}"]
        let parts = s.split(separator: decimal, omittingEmptySubsequences: false)
        guard parts.count <= 2, !s.isEmpty else { return parts.count > 2 ? .some(nil) : nil }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : nil
        if let fraction, fraction.isEmpty || !fraction.allSatisfy(\.isASCIIDigit) { return nil }
        let groups = whole.split(omittingEmptySubsequences: false) { groupSeparators.contains($0) }
        guard groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return .some(nil)
            }
        }
        let integer = groups.joined()
        guard !integer.isEmpty || fraction != nil else { return nil }
        return .some((integer.isEmpty ? "0" : integer) + (fraction.map { "." + $0 } ?? ""))
    }

    /// The signs around the digits, taken off one by one.
    struct Written {
        var negative = false
        var currency = false
        var percent = false
        var scale = 1.0

        /// A sign and a currency, in either order: `-$5`, `$-5`, `USD 5`.
        mutating func takePrefix(_ s: inout Substring) -> Bool {
            var signed = false
            for _ in 0..<2 {
                if let first = s.first, first == "-" || first == "+" || first == "−" {
                    guard !signed else { return false }
                    signed = true
                    if first != "+" { negative.toggle() }
                    s = s.dropFirst()
                } else if let length = NumberForms.currencyPrefix(s) {
                    guard !currency else { return false }
                    currency = true
                    s = s.dropFirst(length)
                } else {
                    break
                }
                s = s.trimmingCharacters(in: NumberForms.spaces)[...]
            }
            return true
        }

        /// `%`, a currency and a scale after the digits: `95%`, `5 EUR`, `1.2m`, `1.2m GBP`.
        mutating func takeSuffix(_ s: inout Substring) -> Bool {
            for _ in 0..<3 {
                if s.hasSuffix("%"), !percent {
                    percent = true
                    s = s.dropLast()
                } else if !currency, let length = NumberForms.currencySuffix(s) {
                    currency = true
                    s = s.dropLast(length)
                } else if scale == 1, let (length, factor) = NumberForms.scaleSuffix(s) {
                    scale = factor
                    s = s.dropLast(length)
                } else {
                    break
                }
                s = s.trimmingCharacters(in: NumberForms.spaces)[...]
            }
            return !(percent && scale != 1)
        }
    }

    static func currencyPrefix(_ s: Substring) -> Int? {
        if let symbol = symbols.first(where: { s.hasPrefix($0) }) { return symbol.count }
        let code = s.prefix(3)
        guard code.count == 3, codes.contains(code.uppercased()) else { return nil }
        return s.dropFirst(3).first?.isLetter == true ? nil : 3
    }

    static func currencySuffix(_ s: Substring) -> Int? {
        if let symbol = symbols.first(where: { s.hasSuffix($0) }) { return symbol.count }
        let code = s.suffix(3)
        guard code.count == 3, codes.contains(code.uppercased()) else { return nil }
        return s.dropLast(3).last?.isLetter == true ? nil : 3
    }

    /// `k`, `m`, `mn`, `bn` in any case, right after a digit or a space.
    static func scaleSuffix(_ s: Substring) -> (Int, Double)? {
        for (suffix, factor) in [("bn", 1e9), ("mn", 1e6), ("m", 1e6), ("k", 1e3)] {
            guard s.count > suffix.count, s.suffix(suffix.count).lowercased() == suffix else { continue }
            let before = s.dropLast(suffix.count).last!
            if before.isASCIIDigit || before == " " || before == "\u{A0}" { return (suffix.count, factor) }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Double {
    /// ⌊log₁₀ |x|⌋ for a finite non-zero x, by counting: no libm needed.
    fileprivate var exponent10: Int {
        var magnitude = abs(self)
        var exponent = 0
        while magnitude >= 10 {
            magnitude /= 10
            exponent += 1
        }
        while magnitude < 1 {
            magnitude *= 10
            exponent -= 1
        }
        return exponent
    }
}
