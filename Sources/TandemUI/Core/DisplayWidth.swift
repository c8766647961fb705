/// How many terminal columns text takes, measured as the terminal will: by the C library's
/// `wcwidth`, which ncurses and tmux use (`TerminalWidths`, generated from it). Where a cluster
/// would be drawn differently by different terminals (an emoji with a presentation selector, a
/// ZWJ sequence) it is drawn as its parts, each at its own width, so the cell buffer and the
/// screen always agree on where every character is.
public enum DisplayWidth {
    /// The width of one grapheme cluster: the sum of the cells it is drawn as.
    public static func of(_ character: Character) -> Int {
        if character.isASCII { return character.asciiValue! < 0x20 || character.asciiValue! == 0x7F ? 0 : 1 }
        let scalars = character.unicodeScalars
        if scalars.count == 1 { return of(scalars.first!) }  // the usual case: no cluster to take apart
        return scalars.reduce(0) { $0 + (isDropped($1) ? 0 : of($1)) }
    }

    /// The width of a single scalar as a base character; one that cannot be printed is drawn as
    /// `�` (1 column).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0x300 { return value <= 0x9F ? 0 : 1 }  // Latin: no lookup needed
        let width = terminalWidth(value)
        return width < 0 ? 1 : width  // drawn as `�`
    }

    /// The cells a grapheme cluster is drawn as: each printable base scalar with the marks that
    /// combine with it. Variation selectors, joiners and other format characters are left out
    /// (terminals disagree on them); a scalar the terminal cannot print becomes `�`.
    public static func cells(of character: Character) -> [(text: String, width: Int)] {
        var cells: [(text: String, width: Int)] = []
        for scalar in character.unicodeScalars where !isDropped(scalar) {
            let width = of(scalar)
            if width > 0 {
                cells.append((shown(scalar), width))
            } else if !cells.isEmpty, scalar.value > 0x9F {
                cells[cells.count - 1].text.unicodeScalars.append(scalar)  // a combining mark
            }
        }
        return cells
    }

    /// A base scalar as it is drawn: itself, or `�` when the terminal cannot print it.
    static func shown(_ scalar: Unicode.Scalar) -> String {
        scalar.value < 0x300 || terminalWidth(scalar.value) >= 0 ? String(scalar) : "\u{FFFD}"
    }

    /// The width of a string, in columns.
    public static func of(_ text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Joiners, variation selectors (text or emoji presentation) and other format characters.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x200D || (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value) { return true }
        return value > 0x7F && scalar.properties.generalCategory == .format
    }

    /// `wcwidth` of the scalar: 0, 1, 2, or -1 when not printable.
    static func terminalWidth(_ value: UInt32) -> Int {
        let ranges = TerminalWidths.ranges
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.first {
                high = middle - 1
            } else if value > range.last {
                low = middle + 1
            } else {
                return Int(range.width)
            }
        }
        return 1
    }
}

extension String {
    /// Display width in terminal columns.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// Cut to at most `width` columns, ending in `…` when something was cut. Never splits a
    /// character: a wide character that does not fit is left out whole.
    public func truncated(to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        let room = width - ellipsis.displayWidth
        guard room >= 0 else { return String(repeating: ".", count: width) }
        return prefix(fittingWidth: room) + ellipsis
    }

    /// Cut after its last whole word that fits `width` columns, ending in `…` (and in no stray
    /// punctuation) when something was cut; cut at a character where no word fits.
    public func truncated(atWordTo width: Int) -> String {
        guard displayWidth > width else { return self }
        let head = prefix(fittingWidth: max(0, width - 1))
        guard let space = head.lastIndex(of: " ") else { return truncated(to: width) }
        return String(head[..<space].reversed().drop { " ,;:".contains($0) }.reversed()) + "…"
    }

    /// The longest start of the string that fits in `width` columns, whole characters only.
    public func prefix(fittingWidth width: Int) -> String {
        var result = ""
        var used = 0
        for character in self {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            result.append(character)
            used += w
        }
        return result
    }

    /// The longest end of the string that fits in `width` columns, whole characters only.
    public func suffix(fittingWidth width: Int) -> String {
        var start = endIndex
        var used = 0
        while start > startIndex {
            let previous = index(before: start)
            let w = DisplayWidth.of(self[previous])
            if used + w > width { break }
            used += w
            start = previous
        }
        return String(self[start...])
    }

    /// Padded with spaces (or cut) to exactly `width` columns.
    public func padded(to width: Int, alignment: Alignment = .left, ellipsis: String = "…") -> String {
        let cut = truncated(to: width, ellipsis: ellipsis)
        let gap = max(0, width - cut.displayWidth)
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            return String(repeating: " ", count: gap / 2) + cut + String(repeating: " ", count: gap - gap / 2)
        }
    }
}

/// Where text sits in a space wider than it.
public enum Alignment: Sendable {
    case left, right, center
}
