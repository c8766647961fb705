/// The number format of each cell style, read from `xl/styles.xml`: a cell's `s` attribute is an
/// index into `<cellXfs>`, whose `numFmtId` is either a built-in format or one of the workbook's
/// own `<numFmts>`. That is how a date or a percentage is told from a plain number.
struct CellStyles: Equatable, Sendable {
    /// By style index; a cell with an index past the end (or none) is General.
    let formats: [NumberFormat]

    init(formats: [NumberFormat] = []) {
        self.formats = formats
    }

    func format(style: Int) -> NumberFormat {
        style >= 0 && style < formats.count ? formats[style] : .general
    }

    /// Reads the custom formats and the cell styles; the other parts of the styles (fonts,
    /// fills, `<cellStyleXfs>`, the `<numFmt>`s inside `<dxfs>`) are skipped.
    static func parse(_ bytes: [UInt8]) throws(XMLError) -> CellStyles {
        try bytes.withUnsafeBufferPointer { buffer throws(XMLError) in
            var tokenizer = XMLTokenizer(buffer)
            var custom: [Int: NumberFormat] = [:]
            var formatIds: [Int] = []
            var section = Section.other
            while let token = try tokenizer.next() {
                switch token {
                case .start(let name, let attributes, let selfClosing):
                    if !selfClosing, let entered = Section(tokenizer, name) {
                        section = entered
                    } else if section == .numberFormats, tokenizer.matches(name, "numFmt") {
                        let (id, code) = numberFormat(tokenizer, attributes)
                        if let id { custom[id] = NumberFormat(code: code) }
                    } else if section == .cellFormats, tokenizer.matches(name, "xf") {
                        formatIds.append(formatId(tokenizer, attributes))
                    }
                case .end(let name):
                    if Section(tokenizer, name) != nil { section = .other }
                default:
                    break
                }
            }
            return CellStyles(formats: formatIds.map { custom[$0] ?? NumberFormat(builtIn: $0) })
        }
    }

    /// The parts of styles.xml that matter here.
    private enum Section {
        case numberFormats, cellFormats, other

        init?(_ tokenizer: XMLTokenizer, _ name: Range<Int>) {
            if tokenizer.matches(name, "numFmts") {
                self = .numberFormats
            } else if tokenizer.matches(name, "cellXfs") {
                self = .cellFormats
            } else {
                return nil
            }
        }
    }

    private static func numberFormat(_ tokenizer: XMLTokenizer, _ attributes: Range<Int>) -> (Int?, String) {
        var id: Int?
        var code = ""
        tokenizer.forEachAttribute(in: attributes) { name, value in
            if tokenizer.matches(name, "numFmtId") {
                id = integer(tokenizer.slice(value))
            } else if tokenizer.matches(name, "formatCode") {
                code = XMLText.string(tokenizer.slice(value), hasReferences: true)
            }
        }
        return (id, code)
    }

    /// A style's number format id; 0 (General) when it has none.
    private static func formatId(_ tokenizer: XMLTokenizer, _ attributes: Range<Int>) -> Int {
        var id = 0
        tokenizer.forEachAttribute(in: attributes) { name, value in
            if tokenizer.matches(name, "numFmtId") { id = integer(tokenizer.slice(value)) ?? 0 }
        }
        return id
    }

    /// A small non-negative integer written in decimal digits; nil for anything else.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
