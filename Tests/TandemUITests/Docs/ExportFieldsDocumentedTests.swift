import Foundation
import TandemCore
import Testing

/// Every field `tandem export` writes is explained in docs/DATA-FORMAT.md, section "Export".
@Suite struct ExportFieldsDocumentedTests {
    @Test func everyExportedFieldIsInTheDataFormat() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let format = try String(contentsOf: root.appendingPathComponent("docs/DATA-FORMAT.md"), encoding: .utf8)
        let export = try #require(format.range(of: "## Export")).upperBound
        let section = String(format[export...]).components(separatedBy: "\n## ").first ?? ""
        let loaded = DemoWorkspace.load()
        let card = Scorecard(loaded, asOf: loaded.workspace.settings.asOf!)
        var keys = Set<String>()
        func collect(_ value: JSONValue) {
            switch value {
            case .object(let members):
                for (key, member) in members {
                    keys.insert(key)
                    collect(member)
                }
            case .array(let items): items.forEach(collect)
            default: break
            }
        }
        collect(ExportDocument.json(card))
        for key in keys.sorted() {
            #expect(section.contains("`\(key)`"), "\(key) is not in docs/DATA-FORMAT.md § Export")
        }
    }
}
