/// What `xl/workbook.xml` says about the workbook: its sheets in tab order (hidden ones too),
/// each with the relationship id that leads to its part, and which date system its numbers use.
struct WorkbookIndex: Equatable {
    struct Sheet: Equatable {
        /// The tab's name, cleaned.
        let name: String
        let relationshipId: String
    }

    let sheets: [Sheet]
    /// True when serial dates count from 1904-01-01 (Excel for Mac before 2011), not 1900.
    let uses1904Dates: Bool

    static func parse(_ bytes: [UInt8]) throws(XMLError) -> WorkbookIndex {
        try bytes.withUnsafeBufferPointer { buffer throws(XMLError) in
            var tokenizer = XMLTokenizer(buffer)
            var sheets: [Sheet] = []
            var uses1904Dates = false
            while let token = try tokenizer.next() {
                guard case .start(let name, let attributes, _) = token else { continue }
                if tokenizer.matches(name, "sheet") {
                    var sheetName = ""
                    var id = ""
                    tokenizer.forEachAttribute(in: attributes) { name, value in
                        if tokenizer.matches(name, "name") {
                            sheetName = TextSanitizer.clean(XMLText.string(tokenizer.slice(value), hasReferences: true))
                        } else if tokenizer.matches(name, "id") {
                            id = XMLText.string(tokenizer.slice(value), hasReferences: true)
                        }
                    }
                    sheets.append(Sheet(name: sheetName, relationshipId: id))
                } else if tokenizer.matches(name, "workbookPr") {
                    tokenizer.forEachAttribute(in: attributes) { name, value in
                        guard tokenizer.matches(name, "date1904") else { return }
                        uses1904Dates = tokenizer.matches(value, "1") || tokenizer.matches(value, "true")
                    }
                }
            }
            return WorkbookIndex(sheets: sheets, uses1904Dates: uses1904Dates)
        }
    }
}
