/// The characters Tandem trims from the ends of text, exactly as Foundation's `CharacterSet`
/// defines them: FoundationEssentials, which Tandem links instead of the full Foundation to keep
/// ICU out of the binary, has no `CharacterSet` and no `trimmingCharacters(in:)`.
public struct TrimmedScalars: Sendable {
    private let contains: @Sendable (Unicode.Scalar) -> Bool

    /// `CharacterSet.whitespaces`: tab and the space separators, with U+200B (zero width space)
    /// as Foundation still counts it.
    public static let whitespaces = TrimmedScalars { scalar in
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `CharacterSet.newlines`: line feed to carriage return, U+0085, U+2028 and U+2029.
    public static let newlines = TrimmedScalars { scalar in
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    public func callAsFunction(_ scalar: Unicode.Scalar) -> Bool { contains(scalar) }
}

extension String {
    /// The text without the given characters at either end, cut scalar by scalar as Foundation's
    /// `trimmingCharacters(in:)` does.
    public func trimming(_ set: TrimmedScalars) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set($0) }), let last = scalars.lastIndex(where: { !set($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
