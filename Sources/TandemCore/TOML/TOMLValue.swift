/// A place in a TOML file, as an editor shows it: 1-based line, and 1-based column counted in
/// characters (Unicode scalars), so that a message can point at it.
public struct TOMLPosition: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "line \(line), column \(column)" }
}

/// A calendar date as written in TOML (`2026-11-20`), already checked to exist.
public struct TOMLDate: Hashable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int
}

/// A time of day as written in TOML (`09:30:00.25`); digits of a fraction beyond nanoseconds
/// are dropped, as the specification allows.
public struct TOMLTime: Hashable, Sendable {
    public let hour: Int
    public let minute: Int
    public let second: Int
    public let nanosecond: Int
}

/// One TOML value. Tables and arrays hold their children with the places they were written.
public enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case boolean(Bool)
    /// `1979-05-27T07:32:00-07:00`; the offset in minutes east of UTC (`Z` is 0).
    case offsetDateTime(TOMLDate, TOMLTime, offsetMinutes: Int)
    case localDateTime(TOMLDate, TOMLTime)
    case localDate(TOMLDate)
    case localTime(TOMLTime)
    case array(TOMLArray)
    case table(TOMLTable)

    public var string: String? { if case .string(let text) = self { text } else { nil } }
    public var integer: Int64? { if case .integer(let number) = self { number } else { nil } }
    public var float: Double? { if case .float(let number) = self { number } else { nil } }
    public var boolean: Bool? { if case .boolean(let flag) = self { flag } else { nil } }
    public var table: TOMLTable? { if case .table(let table) = self { table } else { nil } }
    public var array: TOMLArray? { if case .array(let array) = self { array } else { nil } }
}

/// A TOML array: a static `[1, 2]` or the tables of `[[name]]` headers, in order, each with the
/// place it starts.
public struct TOMLArray: Equatable, Sendable {
    public let elements: [TOMLValue]
    public let positions: [TOMLPosition]
}

/// A key of a table with its value and where both were written.
public struct TOMLEntry: Equatable, Sendable {
    public let value: TOMLValue
    /// Where the key is written: for a table, the name in the header that defines it (or first
    /// mentions it), for a dotted key its last part.
    public let keyPosition: TOMLPosition
    /// Where the value starts: for a table defined by a header, the header's `[`.
    public let valuePosition: TOMLPosition
}

/// A TOML table (the whole document is one): its keys in the order they were written.
public struct TOMLTable: Equatable, Sendable {
    /// The keys in the order they first appear in the file.
    public let keys: [String]
    /// Where each key's entry is in `entries`.
    let index: [String: Int]
    /// In the order of `keys`.
    let entries: [TOMLEntry]

    init(keys: [String], index: [String: Int], entries: [TOMLEntry]) {
        self.keys = keys
        self.index = index
        self.entries = entries
    }

    public subscript(key: String) -> TOMLValue? { index[key].map { entries[$0].value } }

    /// The key's value with the places of the key and the value.
    public func entry(_ key: String) -> TOMLEntry? { index[key].map { entries[$0] } }

    public var isEmpty: Bool { keys.isEmpty }
}
