/// The words people use for Tandem's own (`IT` for cio, `In progress` for mitigating, `Likely`
/// for 4), matched in any case with spaces, `_`, `-` and `/` alike (`Amber/Green`). A data set's
/// own words (`[sources.X.values]`) add to these and win over them.
public enum WordForms {
    /// Lowercased, `_` and `-` as spaces, every run of white space one space, trimmed.
    public static func normalized(_ text: String) -> String {
        if let ascii = normalizedASCII(text) { return ascii }
        var words: [Substring] = []
        for part in text.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" || $0.isWhitespace }) {
            words.append(part)
        }
        return words.joined(separator: " ")
    }

    /// `normalized` for ASCII text (nearly every field), on bytes: the Unicode white-space and case
    /// lookups cost more than the rest of reading a risk row. Nil for any other text.
    private static func normalizedASCII(_ text: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            // White space as `Character.isWhitespace` has it in ASCII: tab to carriage return, space.
            if byte == 0x5F || byte == 0x2D || byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(0x20) }
            pendingSpace = false
            output.append(Byte.lowercased(byte))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Tandem's word for `text` (or a rating's number as text): the data set's own `extra` words
    /// first, then `builtIn`, then Tandem's `own` words as they are, and last `extra["*"]`, which
    /// stands for any other non-empty word; nil when none has it.
    public static func match(
        _ text: String, builtIn: [String: String], extra: [String: String] = [:], own: Set<String> = []
    ) -> String? {
        let word = wordKey(text)
        guard !word.isEmpty else { return nil }
        for (key, value) in extra where key != "*" && wordKey(key) == word { return value }
        if let value = builtIn[word] { return value }
        if own.contains(word) { return word }
        return extra["*"]
    }

    /// A value's word as compared: normalized, with `/` as a space too (`Amber/Green`). Header
    /// names keep their `/`.
    static func wordKey(_ text: String) -> String {
        normalized(text.utf8.contains(UInt8(ascii: "/")) ? text.replacing("/", with: " ") : text)
    }

    /// The built-in words for an enumeration, by type: the synonyms of SPEC-SOURCES.md.
    static func builtIn(for type: Any.Type) -> [String: String] {
        if type == Owner.self { return owner }
        if type == Direction.self { return direction }
        if type == RiskStatus.self { return riskStatus }
        if type == Stage.self { return stage }
        if type == Rating.self { return reportedRating }
        return [:]
    }

    static let owner = [
        "it": "cio", "technology": "cio", "operations": "coo", "ops": "coo", "both": "joint", "shared": "joint",
    ]
    static let direction = [
        "up": "higher", "increase": "higher", "higher is better": "higher",
        "down": "lower", "decrease": "lower", "lower is better": "lower",
    ]
    static let riskStatus = [
        "in progress": "mitigating", "treating": "mitigating", "tolerated": "accepted", "tolerate": "accepted",
        "retired": "closed",
    ]
    static let stage = [
        "in progress": "active", "in flight": "active", "delivery": "active", "planned": "proposed",
        "pipeline": "proposed", "on hold": "paused", "complete": "done", "completed": "done", "stopped": "cancelled",
    ]
    static let reportedRating = [
        "amber green": "amber-green", "amber red": "amber-red", "g": "green", "a": "amber", "r": "red",
        "a g": "amber-green", "a r": "amber-red", "ag": "amber-green", "ar": "amber-red",
    ]
    static let levels = ["very low": "1", "low": "2", "medium": "3", "high": "4", "very high": "5"]
    static let likelihood = levels.merging([
        "rare": "1", "unlikely": "2", "possible": "3", "likely": "4", "almost certain": "5",
    ]) { $1 }
    static let impact = levels.merging([
        "insignificant": "1", "negligible": "1", "minor": "2", "moderate": "3", "major": "4", "severe": "5",
        "catastrophic": "5",
    ]) { $1 }

    /// The rating words of a likelihood or impact column, by its name; nil for other columns.
    static func rating(column: String) -> [String: String]? {
        if column.hasSuffix("likelihood") { return likelihood }
        if column.hasSuffix("impact") { return impact }
        return nil
    }
}
