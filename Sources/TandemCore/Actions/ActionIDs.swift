/// Action ids as Tandem makes them: `A-` and a number of at least three digits.
public enum ActionIDs {
    public static let prefix = "A-"

    /// One past the highest `A-NNN` among `ids` (`A-001` when there is none). Never a gap left by
    /// a deleted row: a baseline may still name that id, and a new action under it would read
    /// there as the old one.
    public static func next(after ids: some Sequence<String>) -> String {
        var highest = 0
        for id in ids where id.hasPrefix(prefix) {
            let digits = id.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let number = Int(digits)
            else { continue }
            highest = max(highest, number)
        }
        let digits = String(highest + 1)
        return prefix + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
