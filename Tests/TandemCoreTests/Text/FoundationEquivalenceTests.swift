import Foundation
import Testing

@testable import TandemCore

/// What Tandem wrote itself in place of the full Foundation (left out of the binary: it brings
/// ICU) gives what Foundation gives. The tests may use Foundation: they are not installed.
@Suite struct FoundationEquivalenceTests {
    @Test func whitespacesAndNewlinesAreFoundationsSetsForEveryScalar() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(TrimmedScalars.whitespaces(scalar) == CharacterSet.whitespaces.contains(scalar), "U+\(value)")
            #expect(TrimmedScalars.newlines(scalar) == CharacterSet.newlines.contains(scalar), "U+\(value)")
        }
    }

    /// Scalar by scalar, as Foundation trims: a space before a combining accent goes, the accent stays.
    @Test func trimmingCutsWhatFoundationCuts() {
        let texts = [
            "", " ", "\t a b \t", "\u{3000}x\u{200B}", " \u{301}é ", "\n\nline\r\n", "\u{2028}a\u{85}", "a\u{A0}",
            " \u{1F600} ", "\u{FEFF} x",
        ]
        for text in texts {
            #expect(
                text.trimming(.whitespaces) == text.trimmingCharacters(in: .whitespaces),
                "\(Array(text.unicodeScalars))")
            #expect(text.trimming(.newlines) == text.trimmingCharacters(in: .newlines), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func significantDigitsAreWhatStringFormatWrites() {
        var values: [Double] = [
            0, -0.0, 1, -1, 0.1 + 0.2, 0.26, 1e15, 1e18, -1e18, 1.5e20, 123_456_789_012_345, 9.999_999_999_995e-5,
            1e-300, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .infinity, -.infinity,
            .nan, 999.5,
            0.000_123_456_789_012_345_6, 2.675, 1 / 3,
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 { values.append(Double(bitPattern: generator.next())) }
        for value in values {
            for digits in [3, 12] {
                #expect(SignificantDigits.string(value, digits: digits) == String(format: "%.\(digits)g", value))
            }
        }
    }
}
