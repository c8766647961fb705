/// One line of the trust store: a workspace folder's canonical path and the SHA-256 of the
/// manifest the user trusted, written `<64 hex digits> <path>`.
///
/// The store is read as untrusted input (anyone who can write the file can add to it, and a
/// damaged file must not trust anything by accident): a line that is not exactly this form is
/// ignored. The path is percent-encoded, every byte outside printable ASCII as well as space and
/// `%`, so a folder whose name holds a line break cannot add a line of its own choosing.
struct TrustRecord: Equatable, Sendable {
    let digest: String
    let path: String

    /// The line, without its line break.
    var line: String { digest + " " + Self.encode(path) }

    init(digest: String, path: String) {
        self.digest = digest
        self.path = path
    }

    /// nil for anything but a well-formed line: a lowercase 64-digit hex digest, one space, and an
    /// absolute path in which every byte is printable ASCII and every `%` starts a `%XX`.
    init?(line: some Collection<UInt8>) {
        let bytes = Array(line)
        guard bytes.count > 66, bytes[64] == 0x20 else { return nil }
        let digest = bytes[..<64]
        guard digest.allSatisfy(Self.isLowerHex), let path = Self.decode(bytes[65...]), path.first == "/" else {
            return nil
        }
        self.digest = String(decoding: digest, as: UTF8.self)
        self.path = path
    }

    /// The records of a store file, in order, the malformed lines left out. Lines starting with
    /// `#` are comments.
    static func parse(_ bytes: [UInt8]) -> [TrustRecord] {
        bytes.split(separator: 0x0A).compactMap { line in
            let trimmed = line.last == 0x0D ? line.dropLast() : line  // a file edited on Windows
            return trimmed.first == 0x23 ? nil : TrustRecord(line: trimmed)
        }
    }

    static func encode(_ path: String) -> String {
        var text = ""
        for byte in path.utf8 {
            if byte > 0x20, byte < 0x7F, byte != 0x25 {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF".utf8)
                text += "%" + String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
            }
        }
        return text
    }

    /// nil when the text is not what `encode` writes: a raw space or control byte, a byte above
    /// ASCII, or a `%` not followed by two hex digits.
    static func decode(_ text: ArraySlice<UInt8>) -> String? {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            guard byte > 0x20, byte < 0x7F else { return nil }
            if byte == 0x25 {
                guard index + 2 < text.endIndex, let high = hexValue(text[index + 1]),
                    let low = hexValue(text[index + 2])
                else { return nil }
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        // A path that is not UTF-8 could not have been written by `encode` from a Swift string.
        guard let path = String(validating: bytes, as: UTF8.self), !path.utf8.contains(0) else { return nil }
        return path
    }

    private static func isLowerHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
