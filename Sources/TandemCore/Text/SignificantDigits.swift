#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A number as C's `%.<digits>g` writes it (`1.5e+20`, `0.26`), as Foundation's
/// `String(format:)` did before Tandem left the full Foundation (and its ICU) out of the binary.
public enum SignificantDigits {
    /// The C locale, so the point is never a comma: the terminal sets the user's locale.
    private nonisolated(unsafe) static let cLocale = newlocale(LC_NUMERIC_MASK, "C", nil)

    public static func string(_ value: Double, digits: Int) -> String {
        let previous = cLocale.map { uselocale($0) }
        defer { if let previous { uselocale(previous) } }
        // At most a sign, 17 digits, a point and a five-character exponent.
        var buffer = [CChar](repeating: 0, count: 32)
        let length = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.\(digits)g", $0) }
        return String(decoding: buffer.prefix(Int(max(0, length))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
