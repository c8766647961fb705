/// A box with a title in its top edge; the focused one is drawn in its own role.
public enum Frame {
    /// Draws the box and returns the area inside it.
    @discardableResult
    public static func draw(
        into buffer: inout CellBuffer, _ rect: Rect, title: Line = [],
        focused: Bool = false, footer: Line = []
    ) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let g = buffer.glyphs
        let role: StyleRole = focused ? .borderFocused : .border
        let horizontal = String(repeating: g.horizontal, count: rect.width - 2)
        buffer.put(g.topLeft + horizontal + g.topRight, x: rect.x, y: rect.y, role: role)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put(g.vertical, x: rect.x, y: y, role: role)
            buffer.put(g.vertical, x: rect.maxX - 1, y: y, role: role)
        }
        buffer.put(g.bottomLeft + horizontal + g.bottomRight, x: rect.x, y: rect.maxY - 1, role: role)
        if !title.isEmpty, rect.width > 6 {
            let titled =
                [Span(" ", role)] + title.map { Span($0.text, focused && $0.role == .title ? .borderFocused : $0.role) }
                + [Span(" ", role)]
            buffer.put(titled, in: Rect(x: rect.x + 2, y: rect.y, width: rect.width - 4, height: 1))
        }
        if !footer.isEmpty, rect.width > 6 {
            let line = [Span(" ", role)] + footer + [Span(" ", role)]
            buffer.put(
                line, in: Rect(x: rect.x + 2, y: rect.maxY - 1, width: rect.width - 4, height: 1), alignment: .right)
        }
        return rect.inset(by: 1)
    }
}
