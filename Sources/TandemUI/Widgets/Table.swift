/// A column of a table.
public struct TableColumn: Sendable {
    public var title: String
    /// Columns wider than `width` only when `flexible`; never narrower than `minWidth`.
    public var width: Int
    public var minWidth: Int
    public var flexible: Bool
    public var alignment: Alignment
    /// When the table is too narrow, columns with the lowest priority are left out first.
    public var priority: Int

    public init(_ title: String, width: Int, minWidth: Int? = nil, flexible: Bool = false,
                alignment: Alignment = .left, priority: Int = 5) {
        self.title = title
        self.width = width
        self.minWidth = minWidth ?? width
        self.flexible = flexible
        self.alignment = alignment
        self.priority = priority
    }
}

/// A row of a table: an item with one line per column, or a group heading across the width.
public enum TableRow: Sendable {
    case item([Line])
    case group(Line)

    public var isItem: Bool { if case .item = self { true } else { false } }
}

/// A table with a header, a selected row, and scrolling that keeps the selection visible.
public struct Table: Sendable {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// Index into `rows` of the selected row.
    public var selected: Int?
    /// The first row shown, before it is adjusted to keep the selection visible.
    public var offset: Int
    public var gap = 1

    public init(columns: [TableColumn], rows: [TableRow], selected: Int? = nil, offset: Int = 0) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
    }

    /// The widths given to each column in `width` columns (0 for a column left out).
    public func widths(for width: Int) -> [Int] {
        // By priority: fixed columns at their width, flexible ones at their minimum; a column that
        // does not fit is left out rather than every column cut short. What is left widens the
        // flexible columns.
        var widths = Array(repeating: 0, count: columns.count)
        var used = 0
        for index in columns.indices.sorted(by: { (columns[$0].priority, -$0) > (columns[$1].priority, -$1) }) {
            let column = columns[index]
            let gapNeeded = used == 0 ? 0 : gap
            let need = column.flexible ? column.minWidth : column.width
            guard used + gapNeeded + need <= width else { continue }
            widths[index] = need
            used += gapNeeded + need
        }
        var spare = width - used
        let flexible = columns.indices.filter { widths[$0] > 0 && columns[$0].flexible }
        for (position, index) in flexible.enumerated() where spare > 0 {
            let share = position == flexible.count - 1 ? spare : spare / flexible.count
            widths[index] += share
            spare -= share
        }
        return widths
    }
    /// The first row shown in a body of `height` rows, keeping the selection in view.
    public func visibleOffset(height: Int) -> Int {
        guard height > 0 else { return 0 }
        var first = min(max(0, offset), max(0, rows.count - height))
        if let selected {
            if selected < first { first = selected }
            if selected >= first + height { first = selected - height + 1 }
            // Show a group heading right above the selected item when it just scrolled off.
            if height > 1, first > 0, first == selected, case .group = rows[first - 1] { first -= 1 }
        }
        return max(0, first)
    }

    /// Draws the header and the rows that fit. The first column is a gutter that marks the
    /// selected row, so a text snapshot shows the selection without colour.
    public func draw(into buffer: inout CellBuffer, _ rect: Rect) {
        guard rect.height > 0, rect.width > 2 else { return }
        let widths = widths(for: rect.width - 2)
        let content = rect.inset(left: 2)
        drawCells(columns.map { [Span($0.title, .header)] }, widths: widths, into: &buffer, content.row(0))
        let body = content.inset(top: 1)
        let first = visibleOffset(height: body.height)
        var itemNumber = rows[..<min(first, rows.count)].count(where: \.isItem)
        for (line, index) in (first..<min(rows.count, first + body.height)).enumerated() {
            let rowRect = body.row(line)
            switch rows[index] {
            case .group(let heading):
                buffer.put(heading, in: rowRect.inset(left: -1))
            case .item(let cells):
                drawCells(cells, widths: widths, into: &buffer, rowRect)
                buffer.register(Rect(x: rect.x, y: rowRect.y, width: rect.width, height: 1), .select(itemNumber))
                itemNumber += 1
                if index == selected {
                    let full = Rect(x: rect.x, y: rowRect.y, width: rect.width, height: 1)
                    buffer.put(buffer.glyphs.selectionMarker, x: rect.x, y: rowRect.y, role: .accent)
                    buffer.select(full)
                }
            }
        }
    }

    /// Fills in the cells of the item rows a body of `height` rows will show; the others can stay
    /// empty placeholders, so a pane of ten thousand rows formats only the few on screen.
    /// - Parameter cells: the cells of item number `n` (counting items only, not headings).
    public mutating func materialize(height: Int, _ cells: (Int) -> [Line]) {
        let first = visibleOffset(height: height)
        var itemNumber = rows[..<min(first, rows.count)].count(where: \.isItem)
        for index in first..<min(rows.count, first + max(0, height)) where rows[index].isItem {
            rows[index] = .item(cells(itemNumber))
            itemNumber += 1
        }
    }

    /// `12–28 of 40` (items, not group headings), for a frame's footer when not every row fits
    /// in `height` body rows.
    public func scrollLabel(height: Int) -> String? {
        guard rows.count > height, height > 0 else { return nil }
        let first = visibleOffset(height: height)
        let before = rows[..<first].count(where: \.isItem)
        let shown = rows[first..<min(rows.count, first + height)].count(where: \.isItem)
        let total = rows.count(where: \.isItem)
        guard shown > 0 else { return nil }
        return "\(before + 1)–\(before + shown) of \(total)"
    }

    private func drawCells(_ cells: [Line], widths: [Int], into buffer: inout CellBuffer, _ rect: Rect) {
        var x = rect.x
        for (index, width) in widths.enumerated() where width > 0 {
            let cell = index < cells.count ? cells[index] : []
            buffer.put(cell, in: Rect(x: x, y: rect.y, width: width, height: 1), alignment: columns[index].alignment)
            x += width + gap
        }
    }
}
