import Foundation
import TandemUI
import Testing

/// The README's keyboard map says what the help overlay says: both come from the binding table.
@Suite struct ReadmeKeysTests {
    @Test func everyDocumentedBindingIsInTheReadmeWithTheSameWords() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        for binding in KeyBindings.documented {
            #expect(
                readme.contains("| \(binding.help) |"), "README lacks the row for \(binding.label): \(binding.help)")
        }
    }
}
