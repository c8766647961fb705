@preconcurrency import Glibc

/// Standard error, where messages for people go: written straight to its descriptor, unbuffered,
/// as Foundation's `FileHandle` did (it is in the full Foundation only, which would bring ICU into
/// the binary). A write that fails is dropped: there is nowhere left to say so.
enum StandardError {
    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes {
                Glibc.write(STDERR_FILENO, $0.baseAddress! + written, $0.count - written)
            }
            if result < 0, errno == EINTR { continue }
            if result <= 0 { return }
            written += result
        }
    }
}
