/// A strict JSON reader over bytes, one token at a time: what `BaselineReader` reads a baseline
/// with, so that a large baseline's fields nobody compares are skipped without being built.
/// RFC 8259 as written: no comments, no trailing commas, no lone surrogates, UTF-8 only.
/// Nesting is bounded, so no input can exhaust the stack; any byte sequence ends in a value or
/// a `Failure`.
struct JSONScanner {
    /// Arrays and objects nested inside the outermost value, at most: as Foundation's parser.
    static let maxDepth = 512

    /// Where and why the bytes stop being JSON.
    struct Failure: Error, Equatable {
        /// Offset of the byte at fault (the length when the input ends too soon).
        let offset: Int
        /// False for plain syntax; true when the limit on nesting is what was hit.
        let tooDeep: Bool
    }

    /// What a value is, in the words Foundation's decoder uses for what it found.
    enum Kind {
        case object, array, string, number, bool, null

        var found: String {
            switch self {
            case .object: "a dictionary"
            case .array: "an array"
            case .string: "a string"
            case .number: "number"
            case .bool: "bool"
            case .null: "null"
            }
        }
    }

    let bytes: [UInt8]
    /// The next byte to read.
    var index = 0

    /// A UTF-8 byte order mark at the start is passed over, as Foundation's decoder did.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    func failure(at offset: Int? = nil) -> Failure { Failure(offset: offset ?? index, tooDeep: false) }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The kind of the value that starts here (after space), without moving past it.
    mutating func peekKind() throws(Failure) -> Kind {
        skipSpace()
        guard index < bytes.count else { throw failure() }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw failure()
        }
    }

    /// Moves past `byte` (after space), or fails there.
    mutating func expect(_ byte: UInt8) throws(Failure) {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { throw failure() }
        index += 1
    }

    /// After `{` or `[` and each member: true when another member follows (its comma consumed),
    /// false at the closing bracket (consumed). `first` is true before the first member.
    mutating func more(closing: UInt8, first: Bool) throws(Failure) -> Bool {
        skipSpace()
        guard index < bytes.count else { throw failure() }
        if bytes[index] == closing {
            index += 1
            return false
        }
        if !first {
            guard bytes[index] == UInt8(ascii: ",") else { throw failure() }
            index += 1
        }
        return true
    }

    /// The end: nothing but space may follow the value.
    mutating func end() throws(Failure) {
        skipSpace()
        guard index == bytes.count else { throw failure() }
    }

    mutating func literal(_ word: StaticString) throws(Failure) {
        skipSpace()
        for byte in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard index < bytes.count, bytes[index] == byte else { throw failure() }
            index += 1
        }
    }

    mutating func bool() throws(Failure) -> Bool {
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    /// A number's text, checked against the grammar: `-? int frac? exp?`.
    mutating func number() throws(Failure) -> Substring {
        Substring(decoding: bytes[try skipNumber()], as: UTF8.self)
    }

    /// Moves past a number, checked as `number()` checks it, without making its text: most of a
    /// baseline's numbers are skipped.
    mutating func skipNumber() throws(Failure) -> Range<Int> {
        skipSpace()
        let start = index
        func digits(_ scanner: inout JSONScanner) throws(Failure) {
            let first = scanner.index
            while scanner.index < scanner.bytes.count, (0x30...0x39).contains(scanner.bytes[scanner.index]) {
                scanner.index += 1
            }
            guard scanner.index > first else { throw scanner.failure() }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            try digits(&self)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            try digits(&self)
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            try digits(&self)
        }
        return start..<index
    }

    /// Moves past one value of any kind, checking it as strictly as if it were read.
    mutating func skipValue(depth: Int = 0) throws(Failure) {
        switch try peekKind() {
        case .string: try skipString()
        case .number: _ = try skipNumber()
        case .bool: _ = try bool()
        case .null: try literal("null")
        case .array:
            guard depth <= Self.maxDepth else { throw Failure(offset: index, tooDeep: true) }
            index += 1
            var first = true
            while try more(closing: UInt8(ascii: "]"), first: first) {
                first = false
                try skipValue(depth: depth + 1)
            }
        case .object:
            guard depth <= Self.maxDepth else { throw Failure(offset: index, tooDeep: true) }
            index += 1
            var first = true
            while try more(closing: UInt8(ascii: "}"), first: first) {
                first = false
                try skipString()
                try expect(UInt8(ascii: ":"))
                try skipValue(depth: depth + 1)
            }
        }
    }
}
