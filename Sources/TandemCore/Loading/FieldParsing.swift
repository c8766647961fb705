/// Parsers for the values inside CSV fields, working on bytes: no `String`, no `DateFormatter`.
/// Not API: the SPI lets the fuzz targets in Fuzz/ call the parsers directly.
@_spi(Fuzzing) public enum FieldParsing {
    /// The bytes without leading and trailing spaces or tabs.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == Byte.space || bytes[start] == Byte.tab { start += 1 }
        while end > start, bytes[end - 1] == Byte.space || bytes[end - 1] == Byte.tab { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    public enum NumberResult: Equatable {
        case number(Double)
        case notFinite
        case malformed
    }

    /// Written out, so the table is laid down at build time: one built by a closure was looked up
    /// through a lazy initialiser for every number of a million-row file.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]

    /// A decimal number: optional sign, digits with an optional fraction, optional exponent.
    ///
    /// Short numbers (the usual case) take an exact fast path: at most 15 significant digits and
    /// 22 decimals make `mantissa / 10^k` correctly rounded. Anything longer goes through the
    /// standard library, after the grammar was checked here so that `nan` or hex never slip in.
    public static func number(_ raw: UnsafeBufferPointer<UInt8>) -> NumberResult {
        let bytes = trimmed(raw)
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawPoint = false
        var sawExponent = false
        while i < bytes.count {
            let byte = bytes[i]
            if byte >= 0x30, byte <= 0x39 {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(byte - 0x30) }
                digits += 1
                if sawPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                sawExponent = true
                break
            } else {
                return isNonFiniteWord(bytes) ? .notFinite : .malformed
            }
            i += 1
        }
        guard digits > 0 else { return isNonFiniteWord(bytes) ? .notFinite : .malformed }
        if sawExponent {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
            let exponentStart = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            guard i > exponentStart, i == bytes.count else { return .malformed }
        }
        let value: Double
        if !sawExponent, digits <= 15, fractionDigits <= 22 {
            value = Double(mantissa) / powersOfTen[fractionDigits]
        } else {
            guard let parsed = Double(String(decoding: bytes, as: UTF8.self)) else { return .malformed }
            value = abs(parsed)
        }
        guard value.isFinite else { return .notFinite }
        return .number(negative ? -value + 0.0 : value)  // + 0.0 turns -0 into 0
    }

    private static func isNonFiniteWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (1...9).contains(bytes.count) else { return false }  // "-infinity" is the longest
        var word = String(decoding: bytes, as: UTF8.self).lowercased()
        if word.hasPrefix("-") || word.hasPrefix("+") { word.removeFirst() }
        return ["nan", "inf", "infinity", "∞"].contains(word)
    }

    /// An ISO date `YYYY-MM-DD` that exists in the calendar.
    public static func day(_ raw: UnsafeBufferPointer<UInt8>) -> Day? {
        let bytes = trimmed(raw)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        // Each digit's value, checked once for all: a byte that is not a digit gives over 9. No
        // branch per digit: every row of a million-row file has a date.
        var largest: UInt8 = 0
        func digit(_ index: Int) -> Int {
            let value = bytes[index] &- 0x30
            largest = max(largest, value)
            return Int(value)
        }
        let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let (month, day) = (digit(5) * 10 + digit(6), digit(8) * 10 + digit(9))
        return largest > 9 ? nil : Day(year: year, month: month, day: day)
    }

    /// A measurement period: `YYYY-MM-DD`, `YYYY-MM` (the month's last day) or `YYYY-Qn` (the
    /// quarter's last day).
    public static func periodEnd(_ raw: UnsafeBufferPointer<UInt8>) -> Day? {
        let bytes = trimmed(raw)
        if bytes.count == 10 { return day(bytes) }
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = digits(bytes, 0, 4) else {
            return nil
        }
        let month: Int
        if bytes[5] == UInt8(ascii: "Q") || bytes[5] == UInt8(ascii: "q") {
            guard let quarter = digits(bytes, 6, 1), (1...4).contains(quarter) else { return nil }
            month = quarter * 3
        } else {
            guard let value = digits(bytes, 5, 2) else { return nil }
            month = value
        }
        guard (1...12).contains(month) else { return nil }
        return Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
    }

    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for i in start..<(start + count) {
            let byte = bytes[i]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
