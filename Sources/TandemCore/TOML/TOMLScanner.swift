/// Reads TOML bytes one at a time and knows the line and column it is at: whitespace, line
/// ends, comments and UTF-8 checks. The parts of the grammar live in extensions (strings,
/// numbers, dates) and in `TOMLParser`.
struct TOMLScanner {
    let bytes: [UInt8]
    var offset = 0
    private(set) var line = 1
    private var lineStart = 0
    /// The column of an offset on the current line seen last: positions are asked for in order,
    /// so counting on from here keeps a long line linear.
    private var columnMark = (offset: 0, column: 1)

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A byte order mark may start the file; it is no part of the document.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            offset = 3
            lineStart = 3
            columnMark = (3, 1)
        }
    }

    var atEnd: Bool { offset >= bytes.count }

    /// The byte `ahead` places on, or 0 past the end (a real NUL byte is refused where it is met).
    func peek(_ ahead: Int = 0) -> UInt8 {
        let index = offset + ahead
        return index < bytes.count ? bytes[index] : 0
    }

    func peek(is text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let pointer = text.utf8Start
        for index in 0..<count where bytes[offset + index] != pointer[index] { return false }
        return true
    }

    /// The current place (the next byte's).
    mutating func position() -> TOMLPosition { position(at: offset) }

    /// The place of a byte on the current line.
    mutating func position(at target: Int) -> TOMLPosition {
        if columnMark.offset < lineStart || columnMark.offset > target { columnMark = (lineStart, 1) }
        var column = columnMark.column
        var index = columnMark.offset
        while index < target {
            // Continuation bytes are part of the character before them.
            if index < bytes.count, bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        columnMark = (target, column)
        return TOMLPosition(line: line, column: column)
    }

    func error(at position: TOMLPosition, _ message: String) -> TOMLError { TOMLError(position, message) }

    mutating func error(_ message: String) -> TOMLError { TOMLError(position(), message) }

    // MARK: - Whitespace, line ends, comments

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// Spaces and tabs.
    mutating func skipSpaces() {
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset += 1 }
    }

    var atLineEnd: Bool { atEnd || peek() == 0x0A || (peek() == 0x0D && peek(1) == 0x0A) }

    /// Takes one line end (LF or CRLF); false when there is none here.
    mutating func takeNewline() throws(TOMLError) -> Bool {
        switch peek() {
        case 0x0A where !atEnd:
            offset += 1
        case 0x0D where peek(1) == 0x0A:
            offset += 2
        case 0x0D where !atEnd:
            throw error("a carriage return must be followed by a line feed (a line ends with LF or CRLF)")
        default:
            return false
        }
        line += 1
        lineStart = offset
        return true
    }

    /// A `#` comment up to the end of the line (the line end itself stays); false when there is
    /// no comment here.
    mutating func takeComment() throws(TOMLError) -> Bool {
        guard !atEnd, peek() == UInt8(ascii: "#") else { return false }
        offset += 1
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x0A || (byte == 0x0D && peek(1) == 0x0A) { break }
            if byte >= 0x80 {
                offset += try utf8Length()
            } else if byte == 0x09 || (byte >= 0x20 && byte != 0x7F) {
                offset += 1
            } else {
                throw error("\(TOMLError.shown(byte)) is not allowed in a comment")
            }
        }
        return true
    }

    /// Spaces, comments and line ends, as between the values of an array.
    mutating func skipBlankLines() throws(TOMLError) {
        while true {
            skipSpaces()
            if try takeComment() { continue }
            if try takeNewline() { continue }
            return
        }
    }

    /// After a header: spaces, an optional comment, then the line must end.
    mutating func expectLineEnd(after header: String) throws(TOMLError) {
        skipSpaces()
        _ = try takeComment()
        if atEnd { return }
        if try takeNewline() { return }
        throw error(
            "expected the end of the line after \(header), found \(TOMLError.shown(peek())); a header stands alone "
                + "on its line (a # comment may follow)"
        )
    }

    // MARK: - UTF-8

    /// The length of the well-formed UTF-8 character at the current offset (which starts with a
    /// byte from 0x80 on), or an error naming the byte.
    func utf8Length() throws(TOMLError) -> Int {
        let lead = peek()
        func continuation(_ ahead: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            offset + ahead < bytes.count && range.contains(bytes[offset + ahead])
        }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = continuation(1) ? 2 : 0
        case 0xE0: length = continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: length = continuation(1) && continuation(2) ? 3 : 0
        case 0xED: length = continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0  // no surrogates
        case 0xF0: length = continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: length = continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: length = continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: length = 0
        }
        guard length > 0 else {
            var copy = self
            throw copy.error("the file is not valid UTF-8 here (\(TOMLError.shown(lead))); save it as UTF-8")
        }
        return length
    }
}
