/// A streaming XML tokenizer over raw bytes: tags, attributes and text as ranges into the buffer,
/// nothing allocated per token, no tree.
///
/// A workbook's sheet part is the one big thing Tandem reads (a 200,000-row sheet is tens of
/// megabytes of XML), and it needs none of what a full parser offers: no validation, no DTD, no
/// namespaces beyond ignoring their prefixes. Measured on the 35 MB sheet of a 200,000-row ×
/// 4-column workbook (`scripts/bench-xlsx`, release build, 2-core machine, median of 7):
/// Foundation's `XMLParser` took 1.17 s only to count its elements; this tokenizer, with the
/// parser building every cell, 0.21 s. So this one, five times faster doing more.
///
/// Declarations, comments, processing instructions and a DOCTYPE (with its internal subset) are
/// skipped. Only the five predefined entities and character references are ever expanded
/// (`XMLText`): an entity declared in a DOCTYPE is not, so no "billion laughs".
///
/// The buffer must outlive the tokenizer: make both inside one `withUnsafeBufferPointer`.
struct XMLTokenizer {
    /// What `next()` found.
    enum Token {
        /// `<name attributes>` or `<name attributes/>`: `name` is the local name (no prefix).
        case start(name: Range<Int>, attributes: Range<Int>, selfClosing: Bool)
        /// `</name>`, local name.
        case end(name: Range<Int>)
        /// Character data between tags, still escaped; `hasReferences` when it holds a `&`.
        case text(Range<Int>, hasReferences: Bool)
        /// The inside of `<![CDATA[ … ]]>`, as it is.
        case cdata(Range<Int>)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next token, or nil at the end of the input.
    /// - Throws: `XMLError` for a tag, comment or section that is never closed, or a `<` that
    ///   starts nothing XML knows.
    mutating func next() throws(XMLError) -> Token? {
        while position < bytes.count {
            if bytes[position] != XMLByte.lessThan { return text() }
            let start = position
            guard start + 1 < bytes.count else { throw XMLError(offset: start, "a `<` at the end") }
            switch bytes[start + 1] {
            case XMLByte.slash:
                return try endTag()
            case XMLByte.question:
                position = try index(after: "?>", from: start + 2, opened: start)
            case XMLByte.exclamation:
                if let token = try declaration(at: start) { return token }
            default:
                return try startTag()
            }
        }
        return nil
    }

    /// Calls `body` with each attribute's local name and its value (still escaped, no quotes).
    func forEachAttribute(in range: Range<Int>, _ body: (Range<Int>, Range<Int>) -> Void) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            while i < end, Self.isSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < end, bytes[i] != XMLByte.equals, !Self.isSpace(bytes[i]) { i += 1 }
            let name = nameStart..<i
            while i < end, bytes[i] != XMLByte.equals { i += 1 }
            i += 1
            while i < end, Self.isSpace(bytes[i]) { i += 1 }
            guard i < end, bytes[i] == XMLByte.quote || bytes[i] == XMLByte.apostrophe else { return }
            let quote = bytes[i]
            let valueStart = i + 1
            i = valueStart
            while i < end, bytes[i] != quote { i += 1 }
            guard i <= end, !name.isEmpty else { return }
            body(localName(name), valueStart..<min(i, end))
            i += 1
        }
    }

    /// True when the bytes in `range` are exactly `literal` (ASCII).
    func matches(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let text = literal.utf8Start
        var offset = 0
        for index in range {
            if bytes[index] != text[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The bytes in `range` as a buffer, for parsers that read a value in place.
    func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[range])
    }

    // MARK: - Tokens

    private mutating func text() -> Token {
        let start = position
        var hasReferences = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == XMLByte.lessThan { break }
            if byte == XMLByte.ampersand { hasReferences = true }
            position += 1
        }
        return .text(start..<position, hasReferences: hasReferences)
    }

    private mutating func startTag() throws(XMLError) -> Token {
        let opened = position
        var i = position + 1
        let nameStart = i
        while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != XMLByte.greaterThan, bytes[i] != XMLByte.slash {
            i += 1
        }
        let name = nameStart..<i
        guard !name.isEmpty else { throw XMLError(offset: opened, "a `<` that starts no tag") }
        let attributesStart = i
        var quote: UInt8 = 0
        while i < bytes.count {
            let byte = bytes[i]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == XMLByte.quote || byte == XMLByte.apostrophe {
                quote = byte
            } else if byte == XMLByte.greaterThan {
                break
            }
            i += 1
        }
        guard i < bytes.count else { throw XMLError(offset: opened, "a tag that is never closed") }
        let selfClosing = i > attributesStart && bytes[i - 1] == XMLByte.slash
        position = i + 1
        return .start(
            name: localName(name), attributes: attributesStart..<(selfClosing ? i - 1 : i),
            selfClosing: selfClosing)
    }

    private mutating func endTag() throws(XMLError) -> Token {
        let opened = position
        var i = position + 2
        let nameStart = i
        while i < bytes.count, bytes[i] != XMLByte.greaterThan, !Self.isSpace(bytes[i]) { i += 1 }
        let name = nameStart..<i
        while i < bytes.count, bytes[i] != XMLByte.greaterThan { i += 1 }
        guard i < bytes.count else { throw XMLError(offset: opened, "an end tag that is never closed") }
        position = i + 1
        return .end(name: localName(name))
    }

    /// `<!-- … -->`, `<![CDATA[ … ]]>` or `<!DOCTYPE …>` (with an internal subset in brackets).
    private mutating func declaration(at start: Int) throws(XMLError) -> Token? {
        if hasPrefix("<!--", at: start) {
            position = try index(after: "-->", from: start + 4, opened: start)
            return nil
        }
        if hasPrefix("<![CDATA[", at: start) {
            let contentStart = start + 9
            position = try index(after: "]]>", from: contentStart, opened: start)
            return .cdata(contentStart..<(position - 3))
        }
        var i = start + 2
        var depth = 0
        while i < bytes.count {
            switch bytes[i] {
            case XMLByte.openBracket: depth += 1
            case XMLByte.closeBracket: depth -= 1
            case XMLByte.greaterThan where depth <= 0:
                position = i + 1
                return nil
            default: break
            }
            i += 1
        }
        throw XMLError(offset: start, "a declaration that is never closed")
    }

    // MARK: - Bytes

    private func localName(_ name: Range<Int>) -> Range<Int> {
        var i = name.upperBound
        while i > name.lowerBound {
            if bytes[i - 1] == XMLByte.colon { return i..<name.upperBound }
            i -= 1
        }
        return name
    }

    private func hasPrefix(_ literal: StaticString, at start: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        return start + count <= bytes.count && matches(start..<(start + count), literal)
    }

    /// The index just past the first `terminator` at or after `from`.
    private func index(after terminator: StaticString, from: Int, opened: Int) throws(XMLError) -> Int {
        let count = terminator.utf8CodeUnitCount
        let first = terminator.utf8Start[0]
        var i = from
        while i + count <= bytes.count {
            if bytes[i] == first, matches(i..<(i + count), terminator) { return i + count }
            i += 1
        }
        throw XMLError(offset: opened, "a `\(terminator)` is missing")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == XMLByte.space || byte == XMLByte.newline || byte == XMLByte.tab || byte == XMLByte.carriageReturn
    }
}
