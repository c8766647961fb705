/// The text of a string item: a shared string (`<si>`) or an inline string (`<is>`), which is
/// either one `<t>` or rich-text runs (`<r><rPr>…</rPr><t>…</t></r>`) whose texts join up.
/// Phonetic guides (`<rPh>`, the furigana of Japanese workbooks) hold `<t>` too, but they are
/// not part of what the cell shows, so they are skipped.
enum RichText {
    /// Reads from just after the item's start tag to its end tag (`endName`, e.g. `si`).
    /// - Parameter scratch: a buffer to reuse between items; its contents are replaced.
    /// - Returns: the text, cleaned (`TextSanitizer`, line breaks kept).
    static func read(
        _ tokenizer: inout XMLTokenizer, endName: StaticString, scratch: inout [UInt8]
    ) throws(XMLError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var textDepth = 0
        var phoneticDepth = 0
        while let token = try tokenizer.next() {
            switch token {
            case .start(let name, _, let selfClosing):
                guard !selfClosing else { continue }
                if tokenizer.matches(name, "t") { textDepth += 1 }
                if tokenizer.matches(name, "rPh") { phoneticDepth += 1 }
            case .end(let name):
                if tokenizer.matches(name, endName) { return text(scratch) }
                if tokenizer.matches(name, "t") { textDepth = max(0, textDepth - 1) }
                if tokenizer.matches(name, "rPh") { phoneticDepth = max(0, phoneticDepth - 1) }
            case .text(let range, let hasReferences):
                guard textDepth > 0, phoneticDepth == 0 else { continue }
                if hasReferences {
                    XMLText.appendUnescaped(tokenizer.slice(range), to: &scratch)
                } else {
                    scratch.append(contentsOf: tokenizer.slice(range))
                }
            case .cdata(let range):
                if textDepth > 0, phoneticDepth == 0 { scratch.append(contentsOf: tokenizer.slice(range)) }
            }
        }
        throw XMLError(offset: tokenizer.position, "a string item that is never closed")
    }

    /// Decoded (invalid UTF-8 as U+FFFD) and cleaned like every other text Tandem reads.
    static func text(_ bytes: [UInt8]) -> String {
        TextSanitizer.clean(String(decoding: bytes, as: UTF8.self), keepNewlines: true)
    }
}
