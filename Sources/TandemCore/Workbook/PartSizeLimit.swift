/// How far one part of a workbook may inflate: zip bombs are refused before they fill memory.
///
/// A real sheet compresses 5 to 20 times; a bomb a thousand times or more. A part may inflate
/// to 10 MB whatever its ratio (small parts of repeated markup compress well), beyond that to at
/// most 100 times its compressed size, and never past 512 MB. The sizes in the zip's central
/// directory are checked first, and the limit is enforced again while inflating, as a header
/// can lie about the size it announces.
enum PartSizeLimit {
    static let ceiling: UInt64 = 512 * 1_000_000
    static let floor: UInt64 = 10 * 1_000_000
    static let ratio: UInt64 = 100

    /// The most bytes a part stored in `compressedSize` bytes may inflate to.
    static func allowance(compressedSize: UInt64) -> UInt64 {
        let (scaled, overflow) = compressedSize.multipliedReportingOverflow(by: ratio)
        return min(ceiling, max(floor, overflow ? .max : scaled))
    }

    /// The limit in words, for messages.
    static let description = "512 MB, or 100 times its compressed size beyond 10 MB"
}
