/// XML that cannot be read: where (a byte offset into the part) and what was wrong. Public only
/// to the fuzz targets, which call the sheet parser directly; users see a `WorkbookError`.
@_spi(Fuzzing) public struct XMLError: Error, Equatable {
    public let offset: Int
    public let reason: String

    init(offset: Int, _ reason: String) {
        self.offset = offset
        self.reason = reason
    }
}
