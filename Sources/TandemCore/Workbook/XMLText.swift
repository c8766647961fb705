/// Turns escaped XML character data into its bytes: the five predefined entities (`&amp;`
/// `&lt;` `&gt;` `&quot;` `&apos;`) and character references (`&#163;`, `&#xA3;`).
///
/// Nothing else is expanded: an entity a DOCTYPE declares stays as it is written, so a workbook
/// cannot grow itself through entities. A reference to no character (`&#0;`, a surrogate, past
/// U+10FFFF) becomes U+FFFD.
enum XMLText {
    /// Appends the unescaped bytes of `raw` to `output`.
    static func appendUnescaped(_ raw: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var i = 0
        while i < raw.count {
            let byte = raw[i]
            guard byte == XMLByte.ampersand, let (consumed, scalar) = reference(in: raw, at: i) else {
                output.append(byte)
                i += 1
                continue
            }
            appendUTF8(scalar, to: &output)
            i += consumed
        }
    }

    /// The text of `raw` as a string, unescaped when `hasReferences`; invalid UTF-8 becomes U+FFFD.
    static func string(_ raw: UnsafeBufferPointer<UInt8>, hasReferences: Bool) -> String {
        guard hasReferences else { return String(decoding: raw, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        appendUnescaped(raw, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The reference starting at `start` (an `&`): how many bytes it takes and the scalar it
    /// stands for; nil when it is not one of the references XML defines.
    private static func reference(in raw: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, UInt32)? {
        var end = start + 1
        while end < raw.count, raw[end] != XMLByte.semicolon, end - start <= 12 { end += 1 }
        guard end < raw.count, raw[end] == XMLByte.semicolon else { return nil }
        let name = UnsafeBufferPointer(rebasing: raw[(start + 1)..<end])
        let consumed = end - start + 1
        if name.first == XMLByte.hash { return characterReference(name).map { (consumed, $0) } }
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return (consumed, 0x26)
        case "lt": return (consumed, 0x3C)
        case "gt": return (consumed, 0x3E)
        case "quot": return (consumed, 0x22)
        case "apos": return (consumed, 0x27)
        default: return nil
        }
    }

    /// `#163` or `#xA3`: the scalar, U+FFFD for a number that is no character, nil when not a
    /// number at all.
    private static func characterReference(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var i = 1
        var radix: UInt32 = 10
        if i < name.count, name[i] == UInt8(ascii: "x") || name[i] == UInt8(ascii: "X") {
            radix = 16
            i += 1
        }
        guard i < name.count else { return nil }
        var value: UInt32 = 0
        while i < name.count {
            guard let digit = digitValue(name[i], radix: radix) else { return nil }
            value = min(value * radix + digit, 0x11_0000)
            i += 1
        }
        let isCharacter = value != 0 && value < 0x11_0000 && !(0xD800...0xDFFF).contains(value)
        return isCharacter ? value : 0xFFFD
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x1_0000:
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (scalar >> 18)))
            output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
