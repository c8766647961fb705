// The standard library's canonical decomposition (`_nfd`), which it offers only as SPI.
@_spi(_Unicode) import Swift

/// A character folded towards ASCII for `--ascii`: accents dropped (é → e) and fullwidth forms
/// made narrow (Ａ → A), as Foundation's `folding(options: [.diacriticInsensitive,
/// .widthInsensitive])` does. That is in the full Foundation only, which Tandem leaves out of the
/// binary (it brings ICU); the result can still hold other characters, which the caller refuses.
enum ASCIIFolding {
    static func fold(_ character: Character) -> String {
        var folded = String.UnicodeScalarView()
        // Decomposed, a letter's accents are marks that extend it, and are left out.
        for scalar in String(character)._nfd where !scalar.properties.isGraphemeExtend {
            let isFullwidthASCII = (0xFF01...0xFF5E).contains(scalar.value)
            folded.append(isFullwidthASCII ? Unicode.Scalar(scalar.value - 0xFEE0)! : scalar)
        }
        return String(folded)
    }
}
