/// Word-wrapped text. Paragraphs (line breaks in the text) are kept; a word longer than the
/// width is broken by display width, never inside a character.
public enum TextBlock {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            var currentWidth = 0
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                var wordWidth = word.displayWidth
                if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
                    current += " " + word
                    currentWidth += 1 + wordWidth
                    continue
                }
                if currentWidth > 0 { lines.append(current) }
                while wordWidth > width {
                    let head = breakPrefix(of: word, width: width)
                    lines.append(head)
                    word = String(word.dropFirst(head.count))
                    wordWidth = word.displayWidth
                }
                current = word
                currentWidth = wordWidth
            }
            lines.append(current)
        }
        return lines
    }

    private static func breakPrefix(of word: String, width: Int) -> String {
        let head = word.prefix(fittingWidth: width)
        return head.isEmpty ? String(word.prefix(1)) : head
    }

    /// Draws wrapped text from the top of `rect`, skipping `offset` lines.
    /// - Returns: the number of lines the whole text takes at this width.
    @discardableResult
    public static func draw(
        _ text: String, into buffer: inout CellBuffer, _ rect: Rect,
        role: StyleRole = .text, offset: Int = 0
    ) -> Int {
        let lines = wrap(text, width: rect.width)
        for (index, line) in lines.dropFirst(offset).prefix(rect.height).enumerated() {
            buffer.put(line, x: rect.x, y: rect.y + index, role: role, clip: rect)
        }
        return lines.count
    }
}
