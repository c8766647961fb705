/// Finds the delimiter of a delimited file from its header line: the one of `,` `;` tab `|` that
/// appears most often outside quotes (a comma on a tie). A European Excel writes `;`, because its
/// decimal separator is the comma; headers hold no numbers, so the header line cannot mislead.
public enum Delimiter {
    public static let candidates: [UInt8] = [
        UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|"),
    ]

    public static func detect(_ bytes: [UInt8]) -> UInt8 {
        var counts = [0, 0, 0, 0]
        var quoted = false
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, index < 1 << 20 {
            let byte = bytes[index]
            index += 1
            if byte == Byte.quote {
                quoted.toggle()
            } else if !quoted {
                if byte == Byte.newline || byte == Byte.carriageReturn { break }
                if let found = candidates.firstIndex(of: byte) { counts[found] += 1 }
            }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
        return counts[best] > 0 ? candidates[best] : Byte.comma
    }
}
