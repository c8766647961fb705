import CZlib

/// What `WorkbookArchive` needs of zlib: raw deflate (zip method 8) inflated within a limit, and
/// the CRC-32 a zip stores per entry. zlib is called directly rather than through a zip library:
/// those import the full Foundation, whose ICU would triple the size of the static binary.
enum Deflate {
    enum Failure: Error, Equatable {
        /// The output would pass the limit.
        case tooLarge
        /// The stream is damaged, or ends before its last block.
        case broken
    }

    /// The most zlib is handed at a time: its counts are 32-bit.
    private static let largestChunk = 1 << 30

    /// `data` inflated, stopping as soon as the output would pass `limit` bytes (a header can lie
    /// about the size it announces). Anything after the end of the stream is ignored.
    static func inflate(_ data: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard tandem_inflate_init_raw(&stream) == Z_OK else { throw .broken }
        defer { inflateEnd(&stream) }
        var failure: Failure?
        // One byte more than the limit: inflating into it is what tells a part that is too large.
        let output = [UInt8](unsafeUninitializedCapacity: limit + 1) { buffer, count in
            data.withUnsafeBufferPointer { input in
                failure = run(&stream, from: input, into: buffer, count: &count, limit: limit)
            }
        }
        if let failure { throw failure }
        return output
    }

    /// The zip CRC-32 of the bytes.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            var checksum: uLong = 0
            var offset = 0
            repeat {
                let length = min(buffer.count - offset, largestChunk)
                checksum = CZlib.crc32(checksum, buffer.baseAddress.map { $0 + offset }, uInt(length))
                offset += length
            } while offset < buffer.count
            return UInt32(truncatingIfNeeded: checksum)
        }
    }

    /// Inflates until the stream ends, is found broken, or the output passes `limit`; `count` is
    /// what was written to `output`.
    private static func run(
        _ stream: inout z_stream, from input: UnsafeBufferPointer<UInt8>,
        into output: UnsafeMutableBufferPointer<UInt8>,
        count: inout Int, limit: Int
    ) -> Failure? {
        var consumed = 0
        while true {
            let given = min(input.count - consumed, largestChunk)
            let room = min(output.count - count, largestChunk)
            stream.next_in = input.baseAddress.map { UnsafeMutablePointer(mutating: $0 + consumed) }
            stream.avail_in = uInt(given)
            stream.next_out = output.baseAddress! + count
            stream.avail_out = uInt(room)
            let status = CZlib.inflate(&stream, Z_NO_FLUSH)
            consumed += given - Int(stream.avail_in)
            count += room - Int(stream.avail_out)
            if count > limit { return .tooLarge }
            switch status {
            case Z_STREAM_END: return nil
            // Progress was made; a call that can make none says Z_BUF_ERROR: the data ran out.
            case Z_OK: continue
            default: return .broken
            }
        }
    }
}
