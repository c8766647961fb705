import Foundation
@_spi(Fuzzing) import TandemCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `tandem-bench --xlsx FILE [--sheet-xml FILE] [--runs N]`: Tandem's `.xlsx` reader on one
/// workbook, as `scripts/bench-xlsx` runs it beside openpyxl and python-calamine (see
/// BENCHMARKS.md). With the first sheet's XML on its own (`--sheet-xml`), also the sheet parser
/// alone and Foundation's `XMLParser` on the same bytes, the measurement that chose the parser.
enum WorkbookBenchmark {
    static func run(file: String, sheetXML: String?, runs: Int) throws -> [Timing] {
        var timings: [Timing] = []
        var cells = 0
        timings.append(
            try Timing.measure("tandem: read the file, open the workbook, read every cell", runs: runs, warmUp: 1) {
                let sheet = try Workbook(bytes: RegularFile.read(file)).sheet()
                cells = sheet.rows.reduce(0) { $0 + $1.cells.count }
            })
        FileHandle.standardError.write(Data("tandem read \(cells) cells\n".utf8))
        guard let sheetXML else { return timings }
        let bytes = try RegularFile.read(sheetXML)
        // Every text cell of the benchmark's sheet is a shared string; the parser needs a table
        // at least as long, and what the strings say does not change its work.
        let parser = SheetParser(sharedStrings: Array(repeating: "x", count: 1_000_000), uses1904Dates: false)
        timings.append(
            try Timing.measure("tandem: sheet XML alone, every cell built", runs: runs, warmUp: 1) {
                _ = try parser.parse(bytes, name: "bench")
            })
        let data = Data(bytes)
        var elements = 0
        // libxml2, under XMLParser, reports an internal error at the very end of the benchmark's
        // sheet (one line of 35 MB) after it has delivered every element, so the result of
        // `parse()` is not what tells: the element count, printed below, is.
        timings.append(
            Timing.measure("Foundation XMLParser: sheet XML alone, elements only counted", runs: runs, warmUp: 1) {
                let counter = ElementCounter()
                let xmlParser = XMLParser(data: data)
                xmlParser.delegate = counter
                _ = xmlParser.parse()
                elements = counter.elements
            })
        FileHandle.standardError.write(Data("XMLParser counted \(elements) elements\n".utf8))
        return timings
    }

    /// The least a delegate can do: count the elements.
    private final class ElementCounter: NSObject, XMLParserDelegate {
        var elements = 0

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String]
        ) {
            elements += 1
        }
    }
}
