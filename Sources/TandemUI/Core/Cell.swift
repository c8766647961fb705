/// One column of the screen: a character (a whole grapheme cluster), its display width, and what
/// it means. A wide character fills two cells: the first holds it with width 2, the second is a
/// continuation with width 0 and no text.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: Int
    public var role: StyleRole
    /// Part of the selected row: drawn with the selection background, keeping its own colour.
    public var isSelected: Bool

    public init(_ text: String = " ", width: Int = 1, role: StyleRole = .text, isSelected: Bool = false) {
        self.text = text
        self.width = width
        self.role = role
        self.isSelected = isSelected
    }

    public static let blank = Cell()
    static let continuation = Cell("", width: 0)

    public var isContinuation: Bool { width == 0 }
}
