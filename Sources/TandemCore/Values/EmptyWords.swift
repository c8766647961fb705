/// The words people write in a cell that has no value yet: read as empty everywhere, so a
/// register full of `TBC` and `n/a` loads without one error per cell.
public enum EmptyWords {
    static let words: Set<String> = ["n/a", "na", "-", "–", "—", "tbc", "tbd", "none", "null"]

    /// True for empty text, spaces (no-break ones too, as the number parser trims), or one of the
    /// empty words in any case.
    public static func isEmpty(_ text: Substring) -> Bool {
        let trimmed = text.trimmingCharacters(in: NumberForms.spaces)
        return trimmed.isEmpty || (trimmed.utf8.count <= 4 && words.contains(trimmed.lowercased()))
    }

    public static func isEmpty(_ text: String) -> Bool { isEmpty(text[...]) }

    /// The same on a field's bytes, cheap for the usual field: anything longer than `null` or
    /// starting with a digit is answered without building a string.
    static func isEmpty(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let trimmed = FieldParsing.trimmed(bytes)
        guard let first = trimmed.first else { return true }
        guard trimmed.count <= 6, first < 0x30 || first > 0x39 else { return false }
        // ASCII (`cio`, `open`, `N/A`): compared as bytes, in any case, with no string built.
        guard trimmed.allSatisfy({ $0 < 0x80 }) else { return isEmpty(String(decoding: trimmed, as: UTF8.self)) }
        return asciiWords.contains { Byte.isWord($0, trimmed) }
    }

    /// The empty words written in ASCII, as bytes; the dashes are matched by `words`.
    private static let asciiWords: [[UInt8]] = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
}
