import Foundation
import TandemCore
import TandemUI
import Testing

/// The README's sample brief is what `tandem brief` prints on the demo today.
@Suite struct ReadmeBriefTests {
    @Test func theSampleBriefIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "````markdown\n"))
        let end = try #require(readme.range(of: "````\n", range: start.upperBound..<readme.endIndex))
        let sample = String(readme[start.upperBound..<end.lowerBound])
        #expect(sample == BriefRenderer.markdown(Brief(ChangeSnapshotTests.demo)))
    }

    @Test func theTextBriefFitsAHundredColumns() {
        let text = BriefRenderer.text(Brief(ChangeSnapshotTests.demo))
        for line in text.split(separator: "\n") {
            #expect(line.count <= 100, "\(line)")
        }
        #expect(
            text.contains(
                "CIO    Carrier EDI onboarding       Red       18 points  115% of budget  next \"Top 20 carriers\n"))
    }
}
