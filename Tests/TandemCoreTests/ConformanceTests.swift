import Foundation
import Testing

@testable import TandemCore

/// The conformance workspaces of the shared folder, computed by an independent implementation:
/// the export must match `expected.json` field by field (numbers to 1e-6 relative).
@Suite struct ConformanceTests {
    static let northwind = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/northwind").path

    private static func load() throws -> (actual: [String: Any], expected: [String: Any], card: Scorecard) {
        let loaded = try WorkspaceLoader.load(FolderFiles(path: northwind))
        let card = Scorecard(loaded, asOf: try #require(loaded.workspace.settings.asOf))
        let rendered = ExportDocument.json(card).rendered()
        let actual = try JSONSerialization.jsonObject(with: Data(rendered.utf8))
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: northwind + "/expected.json")))
        return (try #require(actual as? [String: Any]), try #require(expected as? [String: Any]), card)
    }

    @Test(arguments: ["as_of", "kpis", "risks", "initiatives", "findings"])
    func northwindMatchesExpected(_ section: String) throws {
        let (actual, expected, _) = try Self.load()
        let want = try #require(expected[section], "expected.json has no \(section)")
        let mismatches = Self.compare(actual[section] as Any, want, at: section)
        for mismatch in mismatches { Issue.record(Comment(rawValue: mismatch)) }
    }

    @Test func northwindLoadsCleanAndWarnsAboutTheValueAfterTheAsOfDate() throws {
        let (_, _, card) = try Self.load()
        #expect(card.errorCount == 0)
        #expect(
            card.diagnostics.map(\.message) == [
                "1 value is dated after the as-of date 2026-11-20 and not counted yet (K1); expected periods ending "
                    + "on or before the as-of date"
            ])
    }

    /// Every difference between `actual` and `expected`, by path. Keys only in `actual` are
    /// allowed: the export may add fields.
    static func compare(_ actual: Any, _ expected: Any, at path: String) -> [String] {
        switch expected {
        case is NSNull:
            return actual is NSNull ? [] : ["\(path): \(actual) instead of null"]
        case let text as String:
            return actual as? String == text ? [] : ["\(path): \(actual) instead of \"\(text)\""]
        case let items as [Any]:
            guard let actualItems = actual as? [Any] else { return ["\(path): \(actual) instead of an array"] }
            guard actualItems.count == items.count else {
                return [
                    "\(path): \(actualItems.count) items instead of \(items.count): \(actualItems) instead of \(items)"
                ]
            }
            return zip(actualItems, items).enumerated().flatMap {
                compare($0.element.0, $0.element.1, at: "\(path)[\($0.offset)]")
            }
        case let object as [String: Any]:
            guard let actualObject = actual as? [String: Any] else {
                return ["\(path): \(actual) instead of an object"]
            }
            let label = (object["id"] as? String).map { "\(path)(\($0))" } ?? path
            return object.keys.sorted().flatMap { key in
                actualObject[key].map { compare($0, object[key]!, at: "\(label).\(key)") } ?? [
                    "\(label).\(key) is missing"
                ]
            }
        case let number as NSNumber:
            guard let actualNumber = actual as? NSNumber, !(actual is String) else {
                return ["\(path): \(actual) instead of \(number)"]
            }
            let (a, e) = (actualNumber.doubleValue, number.doubleValue)
            return abs(a - e) <= 1e-6 * max(abs(e), 1e-300) || a == e ? [] : ["\(path): \(a) instead of \(e)"]
        default:
            return ["\(path): cannot compare \(expected)"]
        }
    }
}
