/// A check of TOML text before it reaches the TOML library. The toml++ parser inside TOMLKit
/// stops the whole process on some malformed table headers (an assertion that release builds
/// keep), e.g. a line holding only `[`, a header with a non-ASCII bare name, or a date followed by
/// a `T` and no time. A half-typed manifest must never take the dashboard down, so those lines
/// are refused here, with their line.
public enum TOMLPreflight {
    /// The first line the TOML library must not see, and why; nil when the text is safe to parse.
    public static func problem(in text: String) -> (line: Int, message: String)? {
        // Split on the byte: a String split on "\n" never splits "\r\n" (one Character), so a
        // CRLF file was one line and its headers after the first went unchecked.
        for (index, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.contains(0) { return (index + 1, "holds a NUL byte; expected text") }
            if let shown = dateTimeWithoutTime(Array(line)) {
                return (index + 1, "\"\(shown)\" is not a date and time; expected a time after the T, e.g. 2026-11-20T09:30:00, or just the date")
            }
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

    /// A date followed by `T` or `t` and then not a digit, e.g. `2026-11-20T:00` (found by
    /// fuzzing): toml++ asserts that a time starts with a digit. Strings are not told apart, so
    /// such text in quotes is refused too, which costs less than a crash.
    static func dateTimeWithoutTime(_ bytes: [UInt8]) -> String? {
        func isDigit(_ i: Int) -> Bool { bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        guard bytes.count >= 12 else { return nil }
        for i in 0...(bytes.count - 12)
        where bytes[i + 10] == UInt8(ascii: "T") || bytes[i + 10] == UInt8(ascii: "t") {
            guard !isDigit(i + 11), bytes[i + 4] == UInt8(ascii: "-"), bytes[i + 7] == UInt8(ascii: "-"),
                  [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ isDigit(i + $0) }) else { continue }
            return String(decoding: bytes[i..<(i + 12)], as: UTF8.self)
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
