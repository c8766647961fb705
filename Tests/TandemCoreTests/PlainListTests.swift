import Testing

@testable import TandemCore

/// A plain list field read as bytes gives what the careful way gives: the same items, trimmed,
/// in the same order, repeats and empty entries dropped, lowercased alike.
@Suite struct PlainListTests {
    static let fields = [
        "K1", "K1;K2", " K1 ; K2;;K1 ", ";;", " ; ", "K1;k1;K1", "Portal; EHR ;portal", "a b;a  b; a b ",
        "\"K1;\"\"K2\"\"\"", "K1;\tK2", "café;CAFÉ", "R1;R\u{0301};R1", "n/a", "K1;n/a;N/A",
        (1...40).map { "K\($0 % 23)" }.joined(separator: ";"),
        (1...40).map { " T\($0 % 17) " }.joined(separator: ";;"),
    ]

    @Test(arguments: [false, true]) func bytesReadListsAsTheCarefulWayDoes(lowercased: Bool) {
        let file = "list\n" + Self.fields.map { $0.hasPrefix("\"") ? $0 : "\"\($0)\"" }.joined(separator: "\n")
        var read = 0
        CSVReader(bytes: Array(file.utf8)).forEachRecord { record in
            guard record.line > 1 else { return true }
            let row = FieldReader(record: record, file: "lists.csv")
            let column = Column(name: "list", index: 0)
            let careful = row.list(column, lowercased: lowercased, plainBytes: false)
            #expect(row.list(column, lowercased: lowercased) == careful, "line \(record.line)")
            read += 1
            return true
        }
        #expect(read == Self.fields.count)
    }

    @Test func longListsKeepTheirFirstOccurrences() {
        let field = (1...40).map { "K\($0 % 23)" }.joined(separator: ";")
        var items: [String] = []
        CSVReader(bytes: Array("list\n\(field)".utf8)).forEachRecord { record in
            if record.line == 2 {
                let plain = PlainFields(record: record).list(0, lowercased: false)
                items = plain ?? []
            }
            return true
        }
        #expect(items == (1...23).map { "K\($0 % 23)" })
    }
}
