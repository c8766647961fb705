/// How much of a split a part takes.
public enum Extent: Sendable {
    /// Exactly this many cells.
    case fixed(Int)
    /// A share of what is left after the fixed parts, never below `min`.
    case flex(Int, min: Int = 0)
}

/// Splits rectangles into rows or columns.
public enum Layout {
    /// Splits `rect` top to bottom.
    public static func rows(_ rect: Rect, _ extents: [Extent], gap: Int = 0) -> [Rect] {
        split(rect.height - gap * max(0, extents.count - 1), extents).enumerated().reduce(into: []) { rects, part in
            let y = rects.last.map { $0.maxY + gap } ?? rect.y
            rects.append(Rect(x: rect.x, y: y, width: rect.width, height: part.element))
        }
    }

    /// Splits `rect` left to right.
    public static func columns(_ rect: Rect, _ extents: [Extent], gap: Int = 0) -> [Rect] {
        split(rect.width - gap * max(0, extents.count - 1), extents).enumerated().reduce(into: []) { rects, part in
            let x = rects.last.map { $0.maxX + gap } ?? rect.x
            rects.append(Rect(x: x, y: rect.y, width: part.element, height: rect.height))
        }
    }

    /// Sizes that add up to `total` (or less when the fixed parts do not fit).
    static func split(_ total: Int, _ extents: [Extent]) -> [Int] {
        var remaining = max(0, total)
        var sizes = Array(repeating: 0, count: extents.count)
        var weights = 0
        for (index, extent) in extents.enumerated() {
            switch extent {
            case .fixed(let size):
                sizes[index] = min(size, remaining)
                remaining -= sizes[index]
            case .flex(let weight, let minimum):
                sizes[index] = min(minimum, remaining)
                remaining -= sizes[index]
                weights += weight
            }
        }
        guard weights > 0, remaining > 0 else { return sizes }
        var handedOut = 0
        var lastFlex = 0
        for (index, extent) in extents.enumerated() {
            guard case .flex(let weight, _) = extent else { continue }
            let share = remaining * weight / weights
            sizes[index] += share
            handedOut += share
            lastFlex = index
        }
        sizes[lastFlex] += remaining - handedOut  // rounding leftovers go to the last flexible part
        return sizes
    }
}
