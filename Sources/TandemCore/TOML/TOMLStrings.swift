/// The four kinds of TOML strings: "basic" with escapes, 'literal' as written, and the
/// multi-line form of each in triple quotes.
extension TOMLScanner {
    /// A string of any kind starting at the current quote. `multiLineAllowed` is false for keys,
    /// which cannot be multi-line.
    mutating func string(multiLineAllowed: Bool = true) throws(TOMLError) -> String {
        let quote = peek()
        let triple = quote == UInt8(ascii: "\"") ? peek(is: "\"\"\"") : peek(is: "'''")
        if triple {
            guard multiLineAllowed else {
                throw error("a key cannot be a multi-line string; write it in single quotes or \"double quotes\"")
            }
            return try multiLineString(quote: quote)
        }
        return try singleLineString(quote: quote)
    }

    private mutating func singleLineString(quote: UInt8) throws(TOMLError) -> String {
        let start = position()
        offset += 1
        var text: [UInt8] = []
        var plainFrom = offset  // bytes since here are copied as they are
        while true {
            guard !atEnd else {
                throw error(
                    at: start, "this string has no closing \(quote == 0x22 ? "\"" : "'"); close it on the same line")
            }
            let byte = bytes[offset]
            if byte == quote {
                text += bytes[plainFrom..<offset]
                offset += 1
                return String(decoding: text, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") && quote == 0x22 {
                text += bytes[plainFrom..<offset]
                try escape(into: &text)
                plainFrom = offset
            } else if byte >= 0x80 {
                offset += try utf8Length()
            } else if byte == 0x0A || byte == 0x0D {
                throw error(
                    at: start,
                    "this string has no closing \(quote == 0x22 ? "\"" : "'") on its line; close it, or "
                        + "use \(quote == 0x22 ? "\"\"\"" : "'''") for text over several lines"
                )
            } else if byte == 0x09 || (byte >= 0x20 && byte != 0x7F) {
                offset += 1
            } else {
                throw error(
                    "\(TOMLError.shown(byte)) is not allowed in a string; write it as an escape such as \\u0001 in "
                        + "\"double quotes\""
                )
            }
        }
    }

    private mutating func multiLineString(quote: UInt8) throws(TOMLError) -> String {
        let start = position()
        offset += 3
        // A line end right after the opening quotes is not part of the text.
        _ = try takeNewline()
        var text: [UInt8] = []
        var plainFrom = offset
        while true {
            guard !atEnd else {
                throw error(at: start, "this multi-line string has no closing \(quote == 0x22 ? "\"\"\"" : "'''")")
            }
            let byte = bytes[offset]
            if byte == quote {
                var count = 0
                while peek(count) == quote && offset + count < bytes.count { count += 1 }
                if count < 3 {
                    offset += count
                    continue
                }
                // Up to two quotes may stand right before the closing three.
                guard count <= 5 else {
                    throw error(
                        "too many quotes in a row: a multi-line string ends with three, and at most two more may "
                            + "come before them"
                    )
                }
                text += bytes[plainFrom..<(offset + count - 3)]
                offset += count
                return String(decoding: text, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") && quote == 0x22 {
                text += bytes[plainFrom..<offset]
                if try lineEndingBackslash() {
                    plainFrom = offset
                    continue
                }
                try escape(into: &text)
                plainFrom = offset
            } else if byte >= 0x80 {
                offset += try utf8Length()
            } else if byte == 0x0A || byte == 0x0D {
                // CRLF becomes LF, so the text is the same whichever line ends the file uses.
                text += bytes[plainFrom..<offset]
                _ = try takeNewline()
                text.append(0x0A)
                plainFrom = offset
            } else if byte == 0x09 || (byte >= 0x20 && byte != 0x7F) {
                offset += 1
            } else {
                throw error(
                    "\(TOMLError.shown(byte)) is not allowed in a string; write it as an escape such as \\u0001 in "
                        + "\"\"\"double quotes\"\"\""
                )
            }
        }
    }

    /// A backslash that ends its line (spaces may follow it) joins the lines: it, the line end and
    /// all the whitespace and line ends after it are dropped.
    private mutating func lineEndingBackslash() throws(TOMLError) -> Bool {
        var ahead = 1
        while peek(ahead) == 0x20 || peek(ahead) == 0x09 { ahead += 1 }
        guard peek(ahead) == 0x0A || (peek(ahead) == 0x0D && peek(ahead + 1) == 0x0A), offset + ahead < bytes.count
        else { return false }
        offset += ahead
        while true {
            skipSpaces()
            if try !takeNewline() { return true }
        }
    }

    /// One escape after a backslash, appended as UTF-8.
    private mutating func escape(into text: inout [UInt8]) throws(TOMLError) {
        let start = position()
        let letter = peek(1)
        offset += 2
        switch letter {
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "\""): text.append(0x22)
        case UInt8(ascii: "\\"): text.append(0x5C)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = letter == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<digits {
                guard let digit = hexValue(peek()), !atEnd else {
                    throw error(
                        at: start,
                        "\\\(Character(Unicode.Scalar(letter))) must be followed by \(digits) hexadecimal digits, "
                            + "e.g. \(digits == 4 ? "\\u00E9" : "\\U0001F600")"
                    )
                }
                value = value << 4 | UInt32(digit)
                offset += 1
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw error(
                    at: start,
                    "\\\(Character(Unicode.Scalar(letter))) names no Unicode character "
                        + "(U+\(String(value, radix: 16, uppercase: true)) is a surrogate or past U+10FFFF)"
                )
            }
            text += Array(String(Character(scalar)).utf8)
        default:
            let shown =
                letter >= 0x21 && letter < 0x7F
                ? "\\\(Character(Unicode.Scalar(letter)))" : "a backslash before \(TOMLError.shown(letter))"
            throw error(
                at: start,
                "\(shown) is not an escape; use \\\\ for a backslash, or one of \\b \\t \\n \\f \\r \\\" \\uXXXX "
                    + "\\UXXXXXXXX"
            )
        }
    }

    func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
