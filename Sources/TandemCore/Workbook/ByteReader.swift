/// Little-endian numbers and byte ranges read from a byte array, nil wherever the read would go
/// past either end.
struct ByteReader {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = Array(bytes)
    }

    var count: Int { bytes.count }

    func bytes(_ offset: Int, _ length: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, length >= 0, offset <= bytes.count, length <= bytes.count - offset else { return nil }
        return bytes[offset..<(offset + length)]
    }

    func uint16(_ offset: Int) -> UInt16? { number(offset, 2).map { UInt16($0) } }

    func uint32(_ offset: Int) -> UInt32? { number(offset, 4).map { UInt32($0) } }

    func uint64(_ offset: Int) -> UInt64? { number(offset, 8) }

    private func number(_ offset: Int, _ width: Int) -> UInt64? {
        guard let slice = bytes(offset, width) else { return nil }
        return slice.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
