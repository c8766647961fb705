import Foundation
import Testing

@testable import TandemUI

/// `--ascii` folds accents and fullwidth forms as Foundation's `folding` did, which Tandem no
/// longer links (it brings ICU). Only a fold to ASCII is used, so only that is compared.
@Suite struct ASCIIFoldingTests {
    private func ascii(_ text: String) -> String? {
        text.isEmpty || !text.allSatisfy(\.isASCII) ? nil : text
    }

    private func foundation(_ character: Character) -> String? {
        ascii(String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil))
    }

    @Test func everyCharacterOfTheBasicPlaneFoldsAsFoundationFolds() {
        for value in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(ascii(ASCIIFolding.fold(character)) == foundation(character), "U+\(String(value, radix: 16))")
        }
    }

    /// A letter followed by combining accents is one character, and folds to the letter.
    @Test func lettersWithCombiningAccentsFoldAsFoundationFolds() {
        for value in UInt32(0x300)...0x36F {
            for text in ["a" + String(Unicode.Scalar(value)!), "E\u{301}" + String(Unicode.Scalar(value)!)] {
                let character = Character(text)
                #expect(ascii(ASCIIFolding.fold(character)) == foundation(character), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func examples() {
        #expect(ASCIIFolding.fold("é") == "e")
        #expect(ASCIIFolding.fold("Ｚ") == "Z")
        #expect(ASCIIFolding.fold("ø") == "ø")
    }
}
