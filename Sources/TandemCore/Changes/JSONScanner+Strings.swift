/// Strings: the one part of JSON where bytes must be checked one by one (UTF-8, escapes,
/// control characters), so a hostile baseline cannot put malformed text on the screen.
extension JSONScanner {
    /// A string's text, escapes resolved. The bytes must be valid UTF-8 and escapes well formed,
    /// a surrogate only as half of a pair.
    mutating func string() throws(Failure) -> String {
        let (range, escaped) = try scanString()
        guard escaped else { return String(decoding: bytes[range], as: UTF8.self) }
        return unescape(range)
    }

    mutating func skipString() throws(Failure) { _ = try scanString() }

    /// Which of `names` the string here is, nil for none, as comparing its text would say. A
    /// plain ASCII string (a key, nearly always) is compared as bytes with ASCII names
    /// (`asBytes`, the names' UTF-8), with no text made.
    mutating func stringIndex(in names: [String], asBytes: [[UInt8]]) throws(Failure) -> Int? {
        let (range, escaped) = try scanString()
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            let key = UnsafeBufferPointer(rebasing: buffer[range])
            guard !escaped, !key.contains(where: { $0 >= 0x80 }) else {
                return names.firstIndex(of: escaped ? unescape(range) : String(decoding: key, as: UTF8.self))
            }
            return asBytes.firstIndex { $0.count == key.count && $0.elementsEqual(key) }
        }
    }

    /// Checks a string and moves past it: the range between its quotes, and whether it has escapes.
    private mutating func scanString() throws(Failure) -> (Range<Int>, escaped: Bool) {
        try expect(UInt8(ascii: "\""))
        let start = index
        var escaped = false
        while true {
            guard index < bytes.count else { throw failure() }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return (start..<index - 1, escaped)
            case UInt8(ascii: "\\"):
                escaped = true
                try scanEscape()
            case 0..<0x20: throw failure()
            case 0x20..<0x80: index += 1
            default:
                guard let length = Self.utf8Length(bytes, at: index) else { throw failure() }
                index += length
            }
        }
    }

    /// At a backslash: moves past one escape, a surrogate pair counting as one.
    private mutating func scanEscape() throws(Failure) {
        index += 1
        guard index < bytes.count else { throw failure() }
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 1
        case UInt8(ascii: "u"):
            let escape = index - 1
            let unit = try hex4()
            if (0xDC00...0xDFFF).contains(unit) { throw failure(at: escape) }
            guard (0xD800...0xDBFF).contains(unit) else { return }
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw failure(at: escape) }
            index += 1
            guard (0xDC00...0xDFFF).contains(try hex4()) else { throw failure(at: escape) }
        default: throw failure()
        }
    }

    /// At the `u` of `\uXXXX`: the code unit, moving past it.
    private mutating func hex4() throws(Failure) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            index += 1
            guard index < bytes.count, let digit = Self.hexDigit(bytes[index]) else { throw failure() }
            value = value << 4 | UInt16(digit)
        }
        index += 1
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The text of a string `scanString` has checked, so every escape in it is well formed.
    private func unescape(_ range: Range<Int>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(range.count)
        var at = range.lowerBound
        func unit(_ at: Int) -> UInt32 { (1...4).reduce(0) { $0 << 4 | UInt32(Self.hexDigit(bytes[at + $1])!) } }
        while at < range.upperBound {
            guard bytes[at] == UInt8(ascii: "\\") else {
                text.append(bytes[at])
                at += 1
                continue
            }
            let letter = bytes[at + 1]
            at += 2
            switch letter {
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = unit(at - 1)
                at += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    scalar = 0x10000 + (scalar - 0xD800) << 10 + (unit(at + 1) - 0xDC00)
                    at += 6
                }
                text.append(contentsOf: String(Unicode.Scalar(scalar)!).utf8)
            default: text.append(letter)  // " \ /
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The length of the well-formed UTF-8 sequence that starts at `at` (not ASCII), or nil:
    /// no overlong forms, no surrogates, nothing above U+10FFFF.
    static func utf8Length(_ bytes: [UInt8], at: Int) -> Int? {
        func byte(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            at + offset < bytes.count && range.contains(bytes[at + offset])
        }
        switch bytes[at] {
        case 0xC2...0xDF: return byte(1) ? 2 : nil
        case 0xE0: return byte(1, 0xA0...0xBF) && byte(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return byte(1) && byte(2) ? 3 : nil
        case 0xED: return byte(1, 0x80...0x9F) && byte(2) ? 3 : nil
        case 0xF0: return byte(1, 0x90...0xBF) && byte(2) && byte(3) ? 4 : nil
        case 0xF1...0xF3: return byte(1) && byte(2) && byte(3) ? 4 : nil
        case 0xF4: return byte(1, 0x80...0x8F) && byte(2) && byte(3) ? 4 : nil
        default: return nil
        }
    }
}
