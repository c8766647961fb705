/// A check of TOML text before it reaches the TOML library. The toml++ parser inside TOMLKit
/// stops the whole process on some malformed table headers (an assertion that release builds
/// keep), e.g. a line holding only `[`, a header with a non-ASCII bare name, or a date followed by
/// a `T` and no time. A half-typed manifest must never take the dashboard down, so those lines
/// are refused here, with their line.
public enum TOMLPreflight {
    /// The first line the TOML library must not see, and why; nil when the text is safe to parse.
    public static func problem(in text: String) -> (line: Int, message: String)? {
        var openString: [UInt8]?  // the delimiter of a multi-line string still open
        var previous: UInt8 = 0  // the last byte outside strings and comments that is not a space
        // Split on the byte: a String split on "\n" never splits "\r\n" (one Character), so a
        // CRLF file was one line and its headers after the first went unchecked.
        for (index, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.contains(0) { return (index + 1, "holds a NUL byte; expected text") }
            let startsInString = openString != nil
            let code = values(in: Array(line), openString: &openString)
            if let shown = brokenDateTime(code) {
                return (index + 1, "\"\(shown)\" is not a date and time; expected a date, or a date and a time such as 2026-11-20T09:30:00")
            }
            // toml++ asserts when a list goes on with a "}" or a Unicode line break where a value
            // should start (found by fuzzing): `a = [ }`, `a = [1, }`, `a = [` U+2028.
            for (offset, byte) in code.enumerated() where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") {
                if byte == UInt8(ascii: "}"), previous == UInt8(ascii: "[") || previous == UInt8(ascii: ",") {
                    return (index + 1, "\"\(Character(Unicode.Scalar(previous))) }\" is not a list; expected a value or ] after \(Character(Unicode.Scalar(previous)))")
                }
                if code[offset...].starts(with: [0xC2, 0x85]) || code[offset...].starts(with: [0xE2, 0x80, 0xA8])
                    || code[offset...].starts(with: [0xE2, 0x80, 0xA9]) {
                    return (index + 1, "holds a Unicode line or paragraph separator outside quotes; expected a plain line break")
                }
                previous = byte
            }
            guard !startsInString else { continue }
            // toml++ skips a leading byte order mark, so the first line's header starts after it.
            let bom = index == 0 && line.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let trimmed = line.dropFirst(bom).drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            guard trimmed.first == UInt8(ascii: "[") else { continue }
            if !isTableHeader(Array(trimmed)) {
                let shown = String(decoding: trimmed, as: UTF8.self).prefix(40)
                return (index + 1, "\"\(shown)\" is not a table header; expected a name in brackets such as [risks] (letters, digits, _ and - or a quoted name)")
            }
        }
        return nil
    }

    /// The line as toml++ reads values in it: what is inside strings replaced by `x` (so text in
    /// quotes is never mistaken for a value), the comment cut off. `openString` carries a
    /// multi-line string from one line to the next.
    static func values(in bytes: [UInt8], openString: inout [UInt8]?) -> [UInt8] {
        let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), masked = UInt8(ascii: "x")
        var result: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if let delimiter = openString {
                if delimiter[0] == quote, bytes[i] == UInt8(ascii: "\\") {
                    result += [masked, masked]
                    i += 2
                } else if bytes[i...].starts(with: delimiter) {
                    result += delimiter
                    i += delimiter.count
                    openString = nil
                } else {
                    result.append(masked)
                    i += 1
                }
                continue
            }
            let byte = bytes[i]
            if byte == UInt8(ascii: "#") { break }
            // A quote inside a bare value (`405"-11-20`) is one more character of it to toml++.
            if byte == quote || byte == apostrophe, i == 0 || " \t=[,{.".utf8.contains(bytes[i - 1]) {
                let delimiter = bytes[i...].starts(with: [byte, byte, byte]) ? [byte, byte, byte] : [byte]
                result += delimiter
                i += delimiter.count
                openString = delimiter
                continue
            }
            result.append(byte)
            i += 1
        }
        if openString?.count == 1 { openString = nil }  // a one-line string ends with its line
        return result
    }

    /// Two shapes of a date that make toml++ assert (found by fuzzing): `2026-11-20T` and then not
    /// a digit (it takes the T to start a time, which must start with one), and `2026-11-20 5`
    /// ending after the one digit (it reads on past the end of the value). For the second it
    /// only checks for ten characters (underscores skipped) with dashes at 4 and 7, so neither
    /// does this: `2026-11-2= 0` stops it too.
    static func brokenDateTime(_ code: [UInt8]) -> String? {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isDate(_ chars: ArraySlice<UInt8>) -> Bool {
            chars.count >= 10 && chars.enumerated().prefix(10).allSatisfy { offset, byte in
                offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : isDigit(byte)
            }
        }
        func partOfValue(_ byte: UInt8) -> Bool {
            isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || "-_.+:".utf8.contains(byte)
        }
        let valueEnds: Set<UInt8> = Set(" \t,]}\r".utf8)
        for start in code.indices where isDigit(code[start]) && (start == 0 || !partOfValue(code[start - 1])) {
            var end = start
            while end < code.count, !valueEnds.contains(code[end]) { end += 1 }
            let value = code[start..<end]
            if isDate(value), value.count > 10, value[start + 10] == UInt8(ascii: "T") || value[start + 10] == UInt8(ascii: "t"),
               value.count == 11 || !isDigit(value[start + 11]) {
                return String(decoding: value, as: UTF8.self)
            }
            // toml++ counts characters, not bytes, and only looks at the two dashes here.
            let chars = Array(String(decoding: value, as: UTF8.self).unicodeScalars.filter { $0 != "_" })
            if chars.count == 10, chars[4] == "-", chars[7] == "-", end + 1 < code.count, code[end] == UInt8(ascii: " "), isDigit(code[end + 1]),
               end + 2 == code.count || !isDigit(code[end + 2]) {
                return String(decoding: code[start...(end + 1)], as: UTF8.self)
            }
        }
        return nil
    }

    /// `[name]`, `[a.b]`, `[[name]]`, `["quoted name"]`, with spaces around names and an optional
    /// comment after.
    static func isTableHeader(_ bytes: [UInt8]) -> Bool {
        var i = 0
        func skipSpaces() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 } }
        func expect(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }
        guard expect(UInt8(ascii: "[")) else { return false }
        let array = expect(UInt8(ascii: "["))
        repeat {
            skipSpaces()
            guard i < bytes.count else { return false }
            let quote = bytes[i]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                i += 1
                while i < bytes.count, bytes[i] != quote {
                    if quote == UInt8(ascii: "\""), bytes[i] == UInt8(ascii: "\\") { i += 1 }
                    i += 1
                }
                guard expect(quote) else { return false }
            } else {
                let start = i
                while i < bytes.count, isBareKeyByte(bytes[i]) { i += 1 }
                guard i > start else { return false }
            }
            skipSpaces()
        } while expect(UInt8(ascii: "."))
        guard expect(UInt8(ascii: "]")), !array || expect(UInt8(ascii: "]")) else { return false }
        skipSpaces()
        return i == bytes.count || bytes[i] == UInt8(ascii: "#") || bytes[i] == UInt8(ascii: "\r")
    }

    private static func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}
