/// Reads a TOML 1.0 document (https://toml.io/en/v1.0.0) into a `TOMLTable`, strictly: what the
/// specification calls invalid is an error with its line and column. One pass over the bytes,
/// no backtracking; nesting deeper than `TOMLDocumentBuilder.maxDepth` is an error.
public enum TOMLParser {
    /// Parses UTF-8 text.
    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses bytes, which must be UTF-8 (a byte order mark at the start is allowed).
    public static func parse(bytes: [UInt8]) throws(TOMLError) -> TOMLTable {
        var reader = DocumentReader(scanner: TOMLScanner(bytes))
        try reader.read()
        return reader.builder.finish()
    }
}

/// The grammar above single values: lines, headers, keys, arrays and inline tables.
private struct DocumentReader {
    var scanner: TOMLScanner
    var builder = TOMLDocumentBuilder()
    /// The table that `key = value` lines go into: the last header's, or the root.
    var current = TOMLDocumentBuilder.root

    init(scanner: TOMLScanner) {
        self.scanner = scanner
    }

    mutating func read() throws(TOMLError) {
        while true {
            scanner.skipSpaces()
            if scanner.atEnd { return }
            if try scanner.takeComment() { continue }
            if try scanner.takeNewline() { continue }
            if scanner.peek() == UInt8(ascii: "[") {
                try header()
            } else {
                let keys = try key()
                try keyValue(keys, in: current)
                scanner.skipSpaces()
                _ = try scanner.takeComment()
                if !scanner.atEnd, try !scanner.takeNewline() {
                    throw scanner.error(
                        "expected the end of the line after the value "
                            + "of \(TOMLError.shown(path: keys.map(\.name))), "
                            + "found \(TOMLError.shown(scanner.peek())); put each key = value on its own line"
                    )
                }
            }
        }
    }

    /// `[a.b]` or `[[a.b]]`, then the end of the line.
    mutating func header() throws(TOMLError) {
        let start = scanner.position()
        let isArray = scanner.peek(1) == UInt8(ascii: "[")
        scanner.offset += isArray ? 2 : 1
        let path = try key(in: isArray ? "[[ ]]" : "[ ]")
        let names = TOMLError.shown(path: path.map(\.name))
        if isArray {
            guard scanner.peek(is: "]]") else {
                throw scanner.error("expected ]] to close the header [[\(names)")
            }
            scanner.offset += 2
            current = try builder.appendTable(path, header: start)
        } else {
            guard scanner.peek() == UInt8(ascii: "]") else {
                throw scanner.error("expected ] to close the header [\(names)")
            }
            scanner.offset += 1
            current = try builder.openTable(path, header: start)
        }
        try scanner.expectLineEnd(after: "the header [\(isArray ? "[" : "")\(names)]\(isArray ? "]" : "")")
    }

    /// A key, dotted or not: bare (`a-b_1`), "basic" or 'literal' parts joined by dots, with
    /// spaces allowed around the dots. Ends before what follows it (spaces skipped).
    mutating func key(in context: String? = nil) throws(TOMLError) -> [(name: String, position: TOMLPosition)] {
        var parts: [(name: String, position: TOMLPosition)] = []
        while true {
            scanner.skipSpaces()
            let position = scanner.position()
            let byte = scanner.peek()
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                parts.append((try scanner.string(multiLineAllowed: false), position))
            } else {
                let start = scanner.offset
                while !scanner.atEnd, TOMLScanner.isBareKeyByte(scanner.peek()) { scanner.offset += 1 }
                guard scanner.offset > start else {
                    let found = scanner.atLineEnd ? "the end of the line" : TOMLError.shown(byte)
                    let after = parts.isEmpty ? "" : " after the dot"
                    if let context {
                        throw scanner.error(
                            "expected a table name\(after) inside \(context), found \(found); a name is letters, "
                                + "digits, _ and - (ASCII only) or text in quotes"
                        )
                    }
                    throw scanner.error(
                        "expected a key\(after), found \(found); a key is letters, digits, _ and - (ASCII only) or "
                            + "text in quotes, followed by = and a value"
                    )
                }
                parts.append((String(decoding: scanner.bytes[start..<scanner.offset], as: UTF8.self), position))
            }
            guard parts.count <= TOMLDocumentBuilder.maxDepth else {
                throw scanner.error(
                    at: position, "this key has more than \(TOMLDocumentBuilder.maxDepth) parts; flatten it")
            }
            scanner.skipSpaces()
            guard scanner.peek() == UInt8(ascii: "."), !scanner.atEnd else { return parts }
            scanner.offset += 1
        }
    }

    /// `= value` after a key, set in `table`.
    mutating func keyValue(_ keys: [(name: String, position: TOMLPosition)], in table: Int) throws(TOMLError) {
        var name: String { TOMLError.shown(path: keys.map(\.name)) }  // for messages only
        guard scanner.peek() == UInt8(ascii: "="), !scanner.atEnd else {
            let found = scanner.atLineEnd ? "the end of the line" : TOMLError.shown(scanner.peek())
            throw scanner.error("expected '=' after the key \(name), found \(found)")
        }
        scanner.offset += 1
        scanner.skipSpaces()
        if scanner.atLineEnd || scanner.peek() == UInt8(ascii: "#") {
            throw scanner.error("expected a value after '=' for the key \(name)")
        }
        let position = scanner.position()
        let value = try value(depth: builder.depth(of: table) + 1)
        try builder.assign(keys, value, at: position, in: table)
    }

    mutating func value(depth: Int) throws(TOMLError) -> TOMLValue {
        guard depth <= TOMLDocumentBuilder.maxDepth else {
            throw scanner.error("values nest deeper than \(TOMLDocumentBuilder.maxDepth) levels; flatten them")
        }
        switch scanner.peek() {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return .string(try scanner.string())
        case UInt8(ascii: "["):
            return try array(depth: depth)
        case UInt8(ascii: "{"):
            return try inlineTable(depth: depth)
        default:
            return try scanner.bareValue()
        }
    }

    /// `[1, 2, 3]`: values of any kinds, over several lines if need be, a comma after the last allowed.
    mutating func array(depth: Int) throws(TOMLError) -> TOMLValue {
        let start = scanner.position()
        scanner.offset += 1
        var elements: [TOMLValue] = []
        var positions: [TOMLPosition] = []
        while true {
            try scanner.skipBlankLines()
            if scanner.peek() == UInt8(ascii: "]") && !scanner.atEnd { break }
            guard !scanner.atEnd else { throw scanner.error(at: start, "this array has no closing ]") }
            positions.append(scanner.position())
            if scanner.peek() == UInt8(ascii: ",") {
                throw scanner.error("expected a value before ','")
            }
            elements.append(try value(depth: depth + 1))
            try scanner.skipBlankLines()
            if scanner.peek() == UInt8(ascii: ",") && !scanner.atEnd {
                scanner.offset += 1
                continue
            }
            if scanner.peek() == UInt8(ascii: "]") && !scanner.atEnd { break }
            guard !scanner.atEnd else { throw scanner.error(at: start, "this array has no closing ]") }
            throw scanner.error(
                "expected ',' or ']' after a value in the array, found \(TOMLError.shown(scanner.peek()))")
        }
        scanner.offset += 1
        return .array(TOMLArray(elements: elements, positions: positions))
    }

    /// `{ a = 1, b.c = 2 }`: on one line, no comma after the last, closed once written.
    mutating func inlineTable(depth: Int) throws(TOMLError) -> TOMLValue {
        let start = scanner.position()
        scanner.offset += 1
        let table = builder.newInlineTable(depth: depth)
        scanner.skipSpaces()
        if scanner.peek() == UInt8(ascii: "}") && !scanner.atEnd {
            scanner.offset += 1
            return .table(builder.finish(table))
        }
        while true {
            scanner.skipSpaces()
            if scanner.atLineEnd {
                throw scanner.error(
                    at: start,
                    "an inline table { } must end on the line it starts; use a [table] header for a table over "
                        + "several lines"
                )
            }
            let keys = try key()
            try keyValue(keys, in: table)
            scanner.skipSpaces()
            let byte = scanner.peek()
            if scanner.atEnd || scanner.atLineEnd {
                throw scanner.error(
                    at: start,
                    "an inline table { } must end on the line it starts; use a [table] header for a table over "
                        + "several lines"
                )
            }
            scanner.offset += 1
            if byte == UInt8(ascii: "}") { break }
            guard byte == UInt8(ascii: ",") else {
                scanner.offset -= 1
                throw scanner.error(
                    "expected ',' or '}' after a value in the inline table, found \(TOMLError.shown(byte))")
            }
            scanner.skipSpaces()
            if scanner.peek() == UInt8(ascii: "}") {
                throw scanner.error("an inline table cannot have a comma after its last value")
            }
        }
        return .table(builder.finish(table))
    }
}
