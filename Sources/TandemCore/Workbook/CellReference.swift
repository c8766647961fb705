/// A cell's place on a sheet as Excel names it (`F14`): diagnostics say which cell a value came
/// from, in the words the user sees in Excel.
public struct CellReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The most rows and columns a sheet has in Excel (rows 1–1,048,576, columns A–XFD).
    public static let maximumRow = 1_048_576
    public static let maximumColumn = 16_384

    /// 1-based row number, as on the sheet.
    public let row: Int
    /// 1-based column number: 1 is A, 27 is AA.
    public let column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads `F14`, `$F$14` or `f14`; nil for anything else or a place outside Excel's sheet.
    public init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }), let row = parsed.row else { return nil }
        self.init(row: row, column: parsed.column)
    }

    /// The column letters and, when there are digits after them, the row. `row` is nil for a bare
    /// column (`F`); the result is nil when the letters or digits are malformed or out of range.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int?)? {
        var i = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "$") { i += 1 }
        var column = 0
        let lettersStart = i
        while i < bytes.count, let letter = Self.letterValue(bytes[i]) {
            column = column * 26 + letter
            guard column <= maximumColumn else { return nil }
            i += 1
        }
        guard i > lettersStart else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: "$") { i += 1 }
        guard i < bytes.count else { return (column, nil) }
        var row = 0
        while i < bytes.count {
            let byte = bytes[i]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            row = row * 10 + Int(byte - UInt8(ascii: "0"))
            guard row <= maximumRow else { return nil }
            i += 1
        }
        return row >= 1 ? (column, row) : nil
    }

    /// The column's letters: 1 is `A`, 28 is `AB`.
    public static func letters(column: Int) -> String {
        var column = max(1, column)
        var letters: [UInt8] = []
        while column > 0 {
            let remainder = (column - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(remainder))
            column = (column - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    public var description: String { "\(Self.letters(column: column))\(row)" }

    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }

    private static func letterValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte - UInt8(ascii: "A")) + 1
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a")) + 1
        default: nil
        }
    }
}
