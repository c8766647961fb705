/// Makes text from data files safe to show: no control characters, no terminal escape sequences,
/// no bidirectional overrides. Applied once, where text enters the engine, so no view ever has to
/// think about it.
public enum TextSanitizer {
    /// - Parameter keepNewlines: keep line breaks (for descriptions shown as paragraphs); otherwise
    ///   they become spaces.
    /// - Returns: the text, cleaned and trimmed of surrounding white space.
    public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            // Printable ASCII, the usual case: trim spaces by bytes, without Unicode lookups.
            guard utf8.first == 0x20 || utf8.last == 0x20 else { return text }
            let bytes = utf8.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
            return String(decoding: Array(bytes), as: UTF8.self)
        }
        return trimmedSpaces(stripped(text, keepNewlines: keepNewlines))
    }

    /// Whole output made inert at the boundary where it leaves the program (a brief, a report):
    /// the same characters removed as by `clean`, but line breaks and spacing kept as laid out.
    /// Text from the files is already clean; this guards every path that might not be.
    public static func inert(_ text: String) -> String {
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return text }
        return stripped(text, keepNewlines: true)
    }

    private static func stripped(_ text: String, keepNewlines: Bool) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x1B:  // ESC: drop the whole sequence it starts
                pending = skipEscapeSequence(after: pending, in: &scalars)
            case 0x9B:  // C1 CSI
                pending = skipControlSequence(from: pending, in: &scalars)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:  // C1 OSC, DCS, SOS, PM, APC
                pending = skipControlString(from: pending, in: &scalars)
            case 0x0A:
                output.append(keepNewlines ? "\n" : " ")
            case 0x0D:  // CRLF is one break (its LF follows); a lone CR is a break of its own
                if pending != "\n" { output.append(keepNewlines ? "\n" : " ") }
            case 0x09, 0x2028, 0x2029:
                output.append(keepNewlines && scalar.value != 0x09 ? "\n" : " ")
            case 0x00...0x1F, 0x7F...0x9F:
                break
            case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
                break  // bidi marks, embeddings, overrides and isolates; stray BOMs
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// The text with every control character made visible and inert, for messages about a value:
    /// C0 controls as their symbols (`␛` for ESC, `␀` for NUL), DEL as `␡`, C1 controls, bidi
    /// controls and line separators as `�`.
    public static func visible(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F: output.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: output.append("\u{2421}")
            case 0x80...0x9F, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0xFEFF:
                output.append("\u{FFFD}")
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    /// After ESC: CSI (`ESC [`), OSC/DCS/SOS/PM/APC strings (`ESC ] P X ^ _`), or a two-character
    /// sequence. Returns the first scalar after the sequence.
    private static func skipEscapeSequence(
        after next: Unicode.Scalar?, in scalars: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        guard let next else { return nil }
        switch next {
        case "[": return skipControlSequence(from: scalars.next(), in: &scalars)
        case "]", "P", "X", "^", "_": return skipControlString(from: scalars.next(), in: &scalars)
        default: return scalars.next()
        }
    }

    /// Parameters and intermediates up to the final byte (0x40–0x7E).
    private static func skipControlSequence(
        from first: Unicode.Scalar?, in scalars: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        var current = first
        while let scalar = current {
            if (0x40...0x7E).contains(scalar.value) { return scalars.next() }
            if !(0x20...0x3F).contains(scalar.value) { return current }  // malformed: stop here
            current = scalars.next()
        }
        return nil
    }

    /// A string terminated by BEL, ST (`ESC \`) or C1 ST.
    private static func skipControlString(
        from first: Unicode.Scalar?, in scalars: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        var current = first
        while let scalar = current {
            switch scalar.value {
            case 0x07, 0x9C: return scalars.next()
            case 0x1B:
                let next = scalars.next()
                return next == "\\" ? scalars.next() : next
            default: current = scalars.next()
            }
        }
        return nil
    }

    private static func trimmedSpaces(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        if first == text.startIndex, text.index(after: last) == text.endIndex { return text }
        return String(text[first...last])
    }
}
