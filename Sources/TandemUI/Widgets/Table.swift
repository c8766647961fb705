/// A column of a table. Its width is decided per screen from what it holds (see
/// `Table.widths(for:rows:)`): at least the smaller of `minWidth` and its content, then as wide as
/// its content where there is room, more important columns first.
public struct TableColumn: Sendable {
    public var title: String
    /// The width it is drawn at before its content is known.
    public var width: Int
    /// The narrowest it may be cut to before it is left out.
    public var minWidth: Int
    /// Takes the room no column's content needs.
    public var flexible: Bool
    /// Long text that may be cut (a reason, a description); a cut name or figure instead makes
    /// room by leaving out a less important column.
    public var cuttable: Bool
    /// Cut from the start rather than the end (a chart whose latest value is on the right).
    public var keepsEnd: Bool
    public var alignment: Alignment
    /// When the table is too narrow, columns with the lowest priority are left out first, and
    /// where room is short the most important columns get their content's width first.
    public var priority: Int

    public init(
        _ title: String, width: Int, minWidth: Int? = nil, flexible: Bool = false, cuttable: Bool = false,
        keepsEnd: Bool = false, alignment: Alignment = .left, priority: Int = 5
    ) {
        self.title = title
        self.cuttable = cuttable
        self.keepsEnd = keepsEnd
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

    /// An item row whose cells are not filled in yet.
    var isEmpty: Bool { if case .item(let cells) = self { cells.isEmpty } else { false } }
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
    /// Columns below this priority are extras, left out to keep a name or a figure whole.
    static let extraPriority = 5

    public init(columns: [TableColumn], rows: [TableRow], selected: Int? = nil, offset: Int = 0) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
    }

    /// The widths given to each column in `width` columns (0 for a column left out), from the
    /// content of `rows` (the ones on screen): nothing is cut while another column has room it
    /// does not need. Columns that do not fit even cut short are left out, least important first.
    public func widths(for width: Int, rows shown: ArraySlice<TableRow>? = nil) -> [Int] {
        let content = columns.indices.map { index in
            (shown ?? rows[...]).reduce(columns[index].title.displayWidth) { widest, row in
                guard case .item(let cells) = row, index < cells.count, !cells[index].isEmpty else { return widest }
                return max(widest, cells[index].width)
            }
        }
        // Without content to measure (no rows yet), the columns' own widths.
        let unmeasured = shown == nil && rows.allSatisfy { !$0.isItem || $0.isEmpty }
        let natural = columns.indices.map { unmeasured ? columns[$0].width : content[$0] }
        let floor = columns.indices.map { min(columns[$0].minWidth, natural[$0]) }
        let byPriority = columns.indices.sorted { (columns[$0].priority, -$0) > (columns[$1].priority, -$1) }

        var left: Set<Int> = []
        while true {
            let widths = fit(width, natural: natural, floor: floor, order: byPriority.filter { !left.contains($0) })
            // A name or figure cut short makes room by leaving out the least important column
            // shown that matters less than it, among those that are only extra (priority below 5).
            let cut = columns.indices.filter { widths[$0] > 0 && widths[$0] < natural[$0] && !columns[$0].cuttable }
            guard let most = cut.map({ columns[$0].priority }).max(),
                let least = byPriority.last(where: { widths[$0] > 0 }),
                columns[least].priority < min(most, Self.extraPriority)
            else { return widths }
            left.insert(least)
        }
    }

    /// Columns in `order` at their floor while they fit; then figures, then text, grow to their
    /// content, most important first; what is left goes to the flexible columns.
    private func fit(_ width: Int, natural: [Int], floor: [Int], order: [Int]) -> [Int] {
        var widths = Array(repeating: 0, count: columns.count)
        var used = 0
        for index in order {
            let need = max(1, floor[index]) + (used == 0 ? 0 : gap)
            guard used + need <= width else { continue }
            widths[index] = max(1, floor[index])
            used += need
        }
        var spare = width - used
        for flexible in [false, true] {
            for index in order where widths[index] > 0 && columns[index].flexible == flexible && spare > 0 {
                let grow = min(spare, natural[index] - widths[index])
                if grow > 0 {
                    widths[index] += grow
                    spare -= grow
                }
            }
        }
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
        let content = rect.inset(left: 2)
        let body = content.inset(top: 1)
        let first = visibleOffset(height: body.height)
        let widths = widths(
            for: rect.width - 2, rows: rows[min(first, rows.count)..<min(rows.count, first + body.height)])
        drawCells(columns.map { [Span($0.title, .header)] }, widths: widths, into: &buffer, content.row(0))
        var itemNumber = rows[..<min(first, rows.count)].count(where: \.isItem)
        for (line, index) in (first..<min(rows.count, first + body.height)).enumerated() {
            let rowRect = body.row(line)
            switch rows[index] {
            case .group(let heading):
                buffer.put(heading, in: rowRect.inset(left: -1))
            case .item(let cells):
                drawCells(cells, widths: widths, into: &buffer, rowRect)
                buffer.register(Rect(x: rect.x, y: rowRect.y, width: rect.width, height: 1), .row(itemNumber))
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
            var cell = index < cells.count ? cells[index] : []
            if columns[index].keepsEnd, cell.count == 1, cell[0].width > width {
                cell = [Span(cell[0].text.suffix(fittingWidth: width), cell[0].role)]
            }
            buffer.put(cell, in: Rect(x: x, y: rect.y, width: width, height: 1), alignment: columns[index].alignment)
            x += width + gap
        }
    }
}
