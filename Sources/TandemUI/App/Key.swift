/// A key press, as the terminal backend decodes it and as `--keys` names it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, f1

    /// Names for `--keys` and the help overlay; single characters stand for themselves.
    public static let names: [String: Key] = [
        "Up": .up, "Down": .down, "Left": .left, "Right": .right,
        "PgUp": .pageUp, "PageUp": .pageUp, "PgDn": .pageDown, "PageDown": .pageDown,
        "Home": .home, "End": .end, "Enter": .enter, "Esc": .escape, "Escape": .escape,
        "Tab": .tab, "BTab": .backTab, "S-Tab": .backTab, "Backspace": .backspace, "Space": .character(" "), "F1": .f1,
    ]

    /// Parses a key sequence such as `"3 j j Enter"` or `"/ warehouse Enter"`: names become keys,
    /// single characters are keys, and longer words are typed character by character.
    public static func sequence(_ text: String) -> [Key] {
        text.split(separator: " ").flatMap { word -> [Key] in
            if let key = names[String(word)] { return [key] }
            return word.map(Key.character)
        }
    }
}
