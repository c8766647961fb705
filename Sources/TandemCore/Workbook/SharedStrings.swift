/// The workbook's shared string table (`xl/sharedStrings.xml`): most text cells hold only an
/// index into it (`<c t="s"><v>12</v></c>`), so it is read once, before any sheet.
enum SharedStrings {
    /// Every string item in order, cleaned.
    static func parse(_ bytes: [UInt8]) throws(XMLError) -> [String] {
        try bytes.withUnsafeBufferPointer { buffer throws(XMLError) in
            var tokenizer = XMLTokenizer(buffer)
            var strings: [String] = []
            var scratch: [UInt8] = []
            while let token = try tokenizer.next() {
                guard case .start(let name, let attributes, let selfClosing) = token else { continue }
                if tokenizer.matches(name, "si") {
                    strings.append(selfClosing ? "" : try RichText.read(&tokenizer, endName: "si", scratch: &scratch))
                } else if tokenizer.matches(name, "sst") {
                    strings.reserveCapacity(expectedCount(tokenizer, attributes, partSize: buffer.count))
                }
            }
            return strings
        }
    }

    /// The table's own count of items, believed only as far as the part could hold them (an
    /// item takes at least 9 bytes, `<si></si>`): a count must not make Tandem reserve gigabytes.
    private static func expectedCount(_ tokenizer: XMLTokenizer, _ attributes: Range<Int>, partSize: Int) -> Int {
        var count = 0
        tokenizer.forEachAttribute(in: attributes) { name, value in
            guard tokenizer.matches(name, "uniqueCount"),
                case .number(let number) = FieldParsing.number(tokenizer.slice(value))
            else { return }
            count = Int(max(0, min(number, Double(partSize / 9))))
        }
        return count
    }
}
