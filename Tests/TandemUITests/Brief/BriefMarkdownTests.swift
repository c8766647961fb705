import TandemCore
import TandemTestSupport
import Testing

@testable import TandemUI

/// The brief's own sentences are Markdown as written; only data is escaped.
@Suite struct BriefMarkdownTests {
    @Test func theCommandsTheBriefNamesAreCodeNotEscapedBackticks() {
        let markdown = BriefRenderer.markdown(Brief(TestWorkspace.standard))
        #expect(markdown.contains("`tandem baseline save`"), "\(markdown)")
        #expect(!markdown.contains("\\`"))
    }

    @Test func dataThatLooksLikeACommandIsStillEscapedAroundIt() {
        #expect(BriefRenderer.escape("*run* `tandem validate` <b>") == "\\*run\\* `tandem validate` \\<b\\>")
        #expect(BriefRenderer.escape("`rm -rf`") == "\\`rm -rf\\`")
    }
}
