/// A date or period split into its numbers and words, whatever separates them: `31-Mar- 2022`,
/// `31 Mar 2022` and `31/Mar/2022` are the same three tokens, so each form is one pattern.
enum ValueToken: Equatable {
    /// The number and how many digits were written (`26` is a year only in a two-digit place).
    case number(Int, digits: Int)
    /// Lowercased letters.
    case word(String)

    /// The tokens, or nil when the text holds anything but digits, letters and separators.
    static func split(_ text: Substring) -> [ValueToken]? {
        guard text.utf8.count <= 64 else { return nil }
        var tokens: [ValueToken] = []
        var number = 0
        var digits = 0
        var word = ""
        func flush() {
            if digits > 0 { tokens.append(.number(number, digits: digits)) }
            if !word.isEmpty { tokens.append(.word(word)) }
            (number, digits, word) = (0, 0, "")
        }
        for character in text {
            if character.isASCIIDigit {
                if !word.isEmpty { flush() }
                guard digits < 9 else { return nil }
                number = number * 10 + Int(character.asciiValue! - 0x30)
                digits += 1
            } else if character.isLetter {
                if digits > 0 { flush() }
                word += character.lowercased()
            } else if " -/.,\u{A0}".contains(character) {
                flush()
            } else {
                return nil
            }
        }
        flush()
        return tokens
    }
}

/// Month names in English, full or in three letters (`Sept` too).
enum MonthNames {
    static let full = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// The month's number (1–12), or nil.
    static func month(_ word: String) -> Int? {
        if let index = full.firstIndex(of: word) { return index + 1 }
        if word == "sept" { return 9 }
        guard word.count == 3 else { return nil }
        return full.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }
}
