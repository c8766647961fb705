/// Checks shared by the fuzz targets.
public enum TerminalSafe {
    /// Traps when `text`, which Tandem prints to a terminal as it is (a diagnostic, a theme
    /// warning), holds a control character or a bidirectional override: a data file must never
    /// be able to send escape sequences to the user's terminal.
    public static func check(_ text: String, _ what: @autoclosure () -> String) {
        for scalar in text.unicodeScalars where isUnsafe(scalar.value, allowNewline: false) {
            fatalError(
                "\(what()) holds U+\(String(scalar.value, radix: 16, uppercase: true)): \(text.debugDescription)")
        }
    }

    /// Traps when `text` is anything but printable text, line ends and SGR sequences
    /// (`ESC [ digits;… m`): what `TextRenderer.ansi` promises to write.
    public static func checkSGROnly(_ text: String) {
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                require(scalars.next() == "[", "ESC not followed by [")
                while let next = scalars.next(), next != "m" {
                    require(next == ";" || ("0"..."9").contains(next), "not an SGR sequence: \(text.debugDescription)")
                }
                continue
            }
            require(
                !isUnsafe(scalar.value, allowNewline: true), "a control character outside SGR: \(text.debugDescription)"
            )
        }
    }

    static func isUnsafe(_ value: UInt32, allowNewline: Bool) -> Bool {
        if value == 0x0A { return !allowNewline }
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }
}

/// `precondition` that keeps its message in release builds, where the fuzz targets run.
public func require(
    _ condition: Bool, _ message: @autoclosure () -> String = "",
    file: StaticString = #fileID, line: UInt = #line
) {
    if !condition { fatalError(message(), file: file, line: line) }
}
