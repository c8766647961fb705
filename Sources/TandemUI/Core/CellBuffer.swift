/// The in-memory screen every view draws into. The terminal, text snapshots and tests all read
/// the same buffer, so what a snapshot shows is what the screen showed.
public struct CellBuffer: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    public let glyphs: Glyphs
    /// Clickable areas and what a click there does, registered by the widgets that draw them.
    public private(set) var targets: [HitTarget] = []

    public init(size: Size, glyphs: Glyphs = .unicode) {
        self.size = size
        self.glyphs = glyphs
        cells = Array(repeating: .blank, count: max(0, size.columns * size.rows))
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.columns, height: size.rows) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.columns, y < size.rows else { return .blank }
        return cells[y * size.columns + x]
    }

    /// Writes text from (x, y), clipped to `clip` (default: the whole buffer), one cell per column.
    /// A wide character that would cross the clip edge is replaced by a space.
    /// - Returns: the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .text, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= area.y, y < area.maxY, y >= 0, y < size.rows else { return x }
        let right = min(area.maxX, size.columns)
        var column = x
        /// Writes one cell; false once the area is full.
        func place(_ content: String, _ width: Int) -> Bool {
            guard width > 0 else { return true }  // controls never reach a cell
            if column >= right { return false }
            if column + width > right {
                if column >= area.x, column >= 0 { set(x: column, y: y, Cell(" ", role: role)) }
                column += 1
                return false
            }
            if column >= area.x, column >= 0 {
                set(x: column, y: y, Cell(content, width: width, role: role))
                if width == 2 { set(x: column + 1, y: y, Cell("", width: 0, role: role)) }
            }
            column += width
            return true
        }
        for character in glyphs.isASCII ? Self.asciiOnly(text) : text {
            // Drawn as the terminal measures it: a cluster it would split is written in parts.
            // One scalar (nearly every character) needs no taking apart.
            let scalars = character.unicodeScalars
            if scalars.count == 1 {
                let scalar = scalars.first!
                guard place(DisplayWidth.shown(scalar), DisplayWidth.of(scalar)) else { return column }
            } else {
                for (content, width) in DisplayWidth.cells(of: character) {
                    guard place(content, width) else { return column }
                }
            }
        }
        return column
    }

    /// Writes spans in a one-row rectangle, cut with an ellipsis when too long.
    /// - Returns: the column after the last one written.
    @discardableResult
    public mutating func put(_ line: Line, in rect: Rect, alignment: Alignment = .left) -> Int {
        guard rect.height > 0, rect.width > 0 else { return rect.x }
        let fitted = Self.fit(line, width: rect.width, ellipsis: glyphs.ellipsis)
        let width = fitted.width
        var x = rect.x
        switch alignment {
        case .left: break
        case .right: x += rect.width - width
        case .center: x += (rect.width - width) / 2
        }
        for span in fitted { x = put(span.text, x: x, y: rect.y, role: span.role, clip: rect) }
        return x
    }

    /// Records what a click inside `rect` is on (later registrations win where they overlap).
    public mutating func register(_ rect: Rect, _ hit: Hit) {
        targets.append(HitTarget(rect: rect, hit: hit))
    }

    /// What a click at (x, y) is on, if anything.
    public func hit(x: Int, y: Int) -> Hit? {
        targets.last { $0.rect.contains(x: x, y: y) }?.hit
    }

    /// Fills a rectangle with blanks in a role.
    public mutating func fill(_ rect: Rect, role: StyleRole = .text) {
        let (xs, ys) = onScreen(rect)
        for y in ys {
            for x in xs { set(x: x, y: y, Cell(" ", role: role)) }
        }
    }

    /// Marks a rectangle as the selected row, keeping each cell's own role.
    public mutating func select(_ rect: Rect) {
        let (xs, ys) = onScreen(rect)
        for y in ys {
            for x in xs { cells[y * size.columns + x].isSelected = true }
        }
    }

    /// The columns and rows of `rect` on screen; empty for a rectangle wholly off it (a tab pushed
    /// past the right edge of a narrow screen), which a range from its start would trap on.
    private func onScreen(_ rect: Rect) -> (Range<Int>, Range<Int>) {
        let (left, top) = (max(0, rect.x), max(0, rect.y))
        return (left..<max(left, min(size.columns, rect.maxX)), top..<max(top, min(size.rows, rect.maxY)))
    }

    /// Sets one cell, clearing the other half of any wide character it overwrites.
    public mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < size.columns, y < size.rows else { return }
        let index = y * size.columns + x
        if cells[index].isContinuation, x > 0 { cells[index - 1] = Cell(" ", role: cells[index - 1].role) }
        if cells[index].width == 2, x + 1 < size.columns, cell.width != 2 {
            cells[index + 1] = Cell(" ", role: cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// Spans cut to `width` columns; the last one that does not fit ends with an ellipsis.
    public static func fit(_ line: Line, width: Int, ellipsis: String = "…") -> Line {
        guard line.width > width else { return line }
        var result: Line = []
        var used = 0
        for span in line {
            let spanWidth = span.width
            if used + spanWidth <= width - ellipsis.displayWidth || (used + spanWidth <= width && span == line.last) {
                result.append(span)
                used += spanWidth
            } else {
                result.append(Span(span.text.truncated(to: width - used, ellipsis: ellipsis), span.role))
                break
            }
        }
        return result
    }

    /// Symbols the views write in text, and their ASCII stand-ins.
    private static let asciiSymbols: [Character: Character] = [
        "·": "-", "—": "-", "–": "-", "…": "~", "×": "x", "→": ">", "←": "<", "↑": "^", "↓": "v",
        "▲": "^", "▼": "v", "●": "*", "○": "o", "⚠": "!", "✓": "v", "▶": ">", "┃": "|",
    ]

    /// Plain ASCII for `--ascii`: accents folded (José → Jose), anything else `?` per column.
    static func asciiOnly(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        // Character by character, so each keeps the width it was measured with.
        return String(
            text.flatMap { character -> [Character] in
                let width = DisplayWidth.of(character)
                if character.isASCII { return [character] }
                if let symbol = asciiSymbols[character], width == 1 { return [symbol] }
                guard width > 0 else { return [] }
                let folded = ASCIIFolding.fold(character)
                if folded.allSatisfy(\.isASCII), folded.count <= width, !folded.isEmpty {
                    return Array(folded) + Array(repeating: " ", count: width - folded.count)
                }
                return Array(repeating: "?", count: width)
            })
    }
}

/// A clickable area of the screen.
public struct HitTarget: Equatable, Sendable {
    public let rect: Rect
    public let hit: Hit
}

/// What a clickable area is, in the buffer's own terms; the app maps it to an action, so the
/// buffer and the widgets know nothing of the app.
public enum Hit: Equatable, Sendable {
    /// A tab, by its number.
    case tab(Int)
    /// Row `index` of a table's items.
    case row(Int)
    /// The count of problems in the files.
    case problems
}
