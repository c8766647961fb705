/// Reads one worksheet part (`xl/worksheets/sheet1.xml`) in a single streaming pass: rows and
/// their cells from `<sheetData>`, then the `<mergeCells>` that follow it.
///
/// Cells are placed by their `r` attribute (`F14`); a writer that leaves it out (some do, to save
/// space) means "the next column", and a row without `r` is the one after the last. Formula text
/// is skipped: Tandem reads the value Excel last computed (`<v>`), as a user sees it.
@_spi(Fuzzing) public struct SheetParser {
    let values: CellValues

    init(values: CellValues) {
        self.values = values
    }

    /// A parser for a sheet without shared strings or styles, for the fuzz target.
    @_spi(Fuzzing) public init(sharedStrings: [String], uses1904Dates: Bool) {
        values = CellValues(sharedStrings: sharedStrings, styles: CellStyles(), uses1904Dates: uses1904Dates)
    }

    /// - Throws: `XMLError` for XML that cannot be read, a cell reference outside Excel's grid,
    ///   or a shared string index past the table (the message names the cell).
    @_spi(Fuzzing) public func parse(_ bytes: [UInt8], name: String) throws(XMLError) -> WorkbookSheet {
        try bytes.withUnsafeBufferPointer { buffer throws(XMLError) in
            var tokenizer = XMLTokenizer(buffer)
            var collector = RowCollector()
            var merges: [CellRange] = []
            var scratch: [UInt8] = []
            var inRow = false
            var rowHasNumber = true
            var lastColumn = 0
            var lastRow = 0
            var rowBefore = 0
            while let token = try tokenizer.next() {
                switch token {
                case .start(let tag, let attributes, let selfClosing):
                    if tokenizer.matches(tag, "c") {
                        if !inRow {
                            rowBefore = lastRow
                            collector.startRow(min(lastRow + 1, CellReference.maximumRow))
                            (inRow, rowHasNumber, lastColumn) = (true, true, 0)
                        }
                        let start = tokenizer.position
                        let cell = try readCell(
                            &tokenizer, attributes, selfClosing, scratch: &scratch,
                            defaultPlace: CellReference(row: collector.currentRow, column: lastColumn + 1))
                        if let row = cell.row, !rowHasNumber, lastColumn == 0, row > rowBefore {
                            collector.startRow(row)
                            rowHasNumber = true
                        }
                        guard cell.column <= CellReference.maximumColumn else {
                            throw XMLError(offset: start, "row \(collector.currentRow) has more than 16,384 columns")
                        }
                        lastColumn = cell.column
                        collector.add(cell.value, column: cell.column)
                        lastRow = collector.currentRow
                    } else if tokenizer.matches(tag, "row") {
                        let number = try rowNumber(tokenizer, attributes)
                        rowBefore = lastRow
                        collector.startRow(number ?? min(lastRow + 1, CellReference.maximumRow))
                        (inRow, rowHasNumber, lastColumn) = (!selfClosing, number != nil, 0)
                        lastRow = collector.currentRow
                    } else if tokenizer.matches(tag, "mergeCell") {
                        if let range = mergedRange(tokenizer, attributes) { merges.append(range) }
                    }
                case .end(let tag):
                    if tokenizer.matches(tag, "row") { inRow = false }
                default:
                    break
                }
            }
            let rows = MergedCells.keepTopLeft(collector.finish(), merges: merges)
            return WorkbookSheet(name: name, rows: rows, mergedRanges: merges)
        }
    }

    /// One cell as read: its place when the file gives it, and its value.
    private struct ReadCell {
        /// The row its reference names, if it has one.
        var row: Int?
        var column: Int
        var value: WorkbookCell
    }

    /// Reads a `<c>` from its attributes to its `</c>`.
    /// - Parameter defaultPlace: where the cell is when it has no reference.
    private func readCell(
        _ tokenizer: inout XMLTokenizer, _ attributes: Range<Int>, _ selfClosing: Bool, scratch: inout [UInt8],
        defaultPlace: CellReference
    ) throws(XMLError) -> ReadCell {
        var kind = CellValues.Kind.number
        var style = 0
        var place: (column: Int, row: Int?)?
        var badReference: Range<Int>?
        tokenizer.forEachAttribute(in: attributes) { name, value in
            if tokenizer.matches(name, "r") {
                place = CellReference.parse(tokenizer.slice(value))
                if place == nil { badReference = value }
            } else if tokenizer.matches(name, "t") {
                kind = CellValues.Kind(tokenizer, value)
            } else if tokenizer.matches(name, "s") {
                style = CellStyles.integer(tokenizer.slice(value)) ?? 0
            }
        }
        if let badReference {
            let text = TextSanitizer.visible(String(decoding: tokenizer.slice(badReference).prefix(20), as: UTF8.self))
            throw XMLError(offset: badReference.lowerBound, "a cell is at \"\(text)\", which is not a cell of a sheet")
        }
        var cell = ReadCell(row: place?.row, column: place?.column ?? defaultPlace.column, value: .empty)
        let reference = CellReference(row: place?.row ?? defaultPlace.row, column: cell.column)
        guard !selfClosing else { return cell }
        while let token = try tokenizer.next() {
            switch token {
            case .start(let tag, _, let selfClosing) where !selfClosing:
                if tokenizer.matches(tag, "v") {
                    cell.value = try readValue(&tokenizer, kind: kind, style: style, scratch: &scratch, at: reference)
                } else if tokenizer.matches(tag, "is") {
                    let text = try RichText.read(&tokenizer, endName: "is", scratch: &scratch)
                    cell.value = text.isEmpty ? .empty : .text(text)
                }
            case .end(let tag):
                if tokenizer.matches(tag, "c") { return cell }
            default:
                break
            }
        }
        throw XMLError(offset: tokenizer.position, "a cell that is never closed")
    }

    /// Reads a `<v>` to its `</v>`. The usual value is one run of text without references,
    /// read where it lies; anything else is unescaped into `scratch` first.
    private func readValue(
        _ tokenizer: inout XMLTokenizer, kind: CellValues.Kind, style: Int, scratch: inout [UInt8],
        at reference: CellReference
    ) throws(XMLError) -> WorkbookCell {
        let start = tokenizer.position
        var plain: Range<Int>?
        var pieces = 0
        scratch.removeAll(keepingCapacity: true)
        while let token = try tokenizer.next() {
            switch token {
            case .text(let range, let hasReferences):
                if pieces == 0 && !hasReferences {
                    plain = range
                } else {
                    if let earlier = plain { scratch.append(contentsOf: tokenizer.slice(earlier)) }
                    plain = nil
                    XMLText.appendUnescaped(tokenizer.slice(range), to: &scratch)
                }
                pieces += 1
            case .cdata(let range):
                if let earlier = plain { scratch.append(contentsOf: tokenizer.slice(earlier)) }
                plain = nil
                scratch.append(contentsOf: tokenizer.slice(range))
                pieces += 1
            case .end(let tag) where tokenizer.matches(tag, "v"):
                do {
                    if let plain { return try values.cell(kind: kind, style: style, raw: tokenizer.slice(plain)) }
                    return try scratch.withUnsafeBufferPointer { raw throws(CellProblem) in
                        try values.cell(kind: kind, style: style, raw: raw)
                    }
                } catch {
                    throw XMLError(offset: start, "cell \(reference) \(error.reason)")
                }
            default:
                break
            }
        }
        throw XMLError(offset: tokenizer.position, "a value that is never closed")
    }

    /// The row's `r`, nil when it has none.
    private func rowNumber(_ tokenizer: XMLTokenizer, _ attributes: Range<Int>) throws(XMLError) -> Int? {
        var number: Int?
        var bad: Range<Int>?
        tokenizer.forEachAttribute(in: attributes) { name, value in
            guard tokenizer.matches(name, "r") else { return }
            number = CellStyles.integer(tokenizer.slice(value))
            if number == nil || number! < 1 || number! > CellReference.maximumRow { bad = value }
        }
        if let bad {
            let text = TextSanitizer.visible(String(decoding: tokenizer.slice(bad).prefix(20), as: UTF8.self))
            throw XMLError(offset: bad.lowerBound, "a row is numbered \"\(text)\"; expected 1 to 1,048,576")
        }
        return number
    }

    private func mergedRange(_ tokenizer: XMLTokenizer, _ attributes: Range<Int>) -> CellRange? {
        var range: CellRange?
        tokenizer.forEachAttribute(in: attributes) { name, value in
            if tokenizer.matches(name, "ref") {
                range = CellRange(String(decoding: tokenizer.slice(value), as: UTF8.self))
            }
        }
        return range
    }
}
