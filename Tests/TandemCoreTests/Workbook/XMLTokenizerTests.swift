import Testing

@_spi(Fuzzing) @testable import TandemCore

/// The streaming XML tokenizer: what it yields, and that it refuses what it cannot close.
@Suite struct XMLTokenizerTests {
    /// Every token as text: `<name attrs>`, `<name/>`, `</name>`, `"text"`, `[cdata]`.
    private func tokens(_ xml: String) throws -> [String] {
        try Array(xml.utf8).withUnsafeBufferPointer { buffer in
            var tokenizer = XMLTokenizer(buffer)
            var result: [String] = []
            func text(_ range: Range<Int>) -> String { String(decoding: buffer[range], as: UTF8.self) }
            while let token = try tokenizer.next() {
                switch token {
                case .start(let name, let attributes, let selfClosing):
                    var pairs: [String] = []
                    tokenizer.forEachAttribute(in: attributes) { pairs.append("\(text($0))=\(text($1))") }
                    let inside = ([text(name)] + pairs).joined(separator: " ")
                    result.append(selfClosing ? "<\(inside)/>" : "<\(inside)>")
                case .end(let name): result.append("</\(text(name))>")
                case .text(let range, let hasReferences):
                    result.append("\"\(XMLText.string(tokenizer.slice(range), hasReferences: hasReferences))\"")
                case .cdata(let range): result.append("[\(text(range))]")
                }
            }
            return result
        }
    }

    @Test func yieldsTagsWithLocalNamesAttributesAndText() throws {
        #expect(
            try tokens("<?xml version=\"1.0\"?><x:row r=\"1\" spans='1:2'><x:c r=\"A1\"/><v>12</v></x:row>") == [
                "<row r=1 spans=1:2>", "<c r=A1/>", "<v>", "\"12\"", "</v>", "</row>",
            ])
    }

    @Test func skipsCommentsProcessingInstructionsAndDoctypeWithSubset() throws {
        let xml = "<!DOCTYPE x [<!ENTITY boom \"boom\">]><!-- a <c> comment --><?pi stuff?><t>&boom;</t>"
        #expect(try tokens(xml) == ["<t>", "\"&boom;\"", "</t>"])
    }

    @Test func expandsPredefinedEntitiesAndCharacterReferencesOnly() throws {
        #expect(
            try tokens("<t>&amp;&lt;&gt;&quot;&apos;&#163;&#x20AC;&#0;&#xD800;&nope; &amp</t>") == [
                "<t>", "\"&<>\"'£€\u{FFFD}\u{FFFD}&nope; &amp\"", "</t>",
            ])
    }

    @Test func yieldsCDataAsItIs() throws {
        #expect(try tokens("<t><![CDATA[a <b> &amp; c]]></t>") == ["<t>", "[a <b> &amp; c]", "</t>"])
    }

    @Test func quotedGreaterThanDoesNotEndATag() throws {
        #expect(try tokens("<numFmt formatCode=\"[>100]0\" id='a>b'/>") == ["<numFmt formatCode=[>100]0 id=a>b/>"])
    }

    @Test func attributesMayHaveSpacesAroundTheEqualsSign() throws {
        #expect(try tokens("<c  r = \"B2\"\n t='s' />") == ["<c r=B2 t=s/>"])
    }

    @Test(arguments: ["<row", "<!-- open", "<![CDATA[ open", "<!DOCTYPE x [", "</row", "<", "< >"])
    func refusesWhatIsNeverClosed(_ xml: String) {
        #expect(throws: XMLError.self) { try tokens(xml) }
    }
}
