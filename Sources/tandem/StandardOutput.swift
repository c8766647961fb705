import ArgumentParser
@preconcurrency import Glibc
import TandemCore

/// Standard output, with its errors checked. `print` drops them: `tandem export > file` on a full
/// disk left half a JSON document and exited 0, so a script took it for the whole.
enum StandardOutput {
    /// Writes `text` whole.
    /// - Throws: `ExitCode(1)` after saying why on standard error, when the write fails (a full
    ///   disk, /dev/full, a closed pipe).
    static func write(_ text: String) throws {
        // Whatever went through stdio first comes out first.
        if fflush(stdout) != 0 { try fail(errno) }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes {
                Glibc.write(STDOUT_FILENO, $0.baseAddress! + written, $0.count - written)
            }
            if result < 0, errno == EINTR { continue }
            if result <= 0 { try fail(result < 0 ? errno : EIO) }
            written += result
        }
    }

    /// Prints `text`, or writes it to `path` atomically (replacing a file only with `force`), as
    /// every command with `-o` does.
    /// - Throws: `ExitCode(1)` after saying why on standard error.
    static func deliver(_ text: String, to path: String?, force: Bool) throws {
        guard let path else { return try write(text) }
        do {
            try AtomicFile.write(text, to: path, overwrite: force)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    /// `lines`, each ended by a line break.
    static func write(lines: [String]) throws {
        try write(lines.map { $0 + "\n" }.joined())
    }

    private static func fail(_ code: Int32) throws -> Never {
        printError(message(code))
        throw ExitCode(1)
    }

    static func message(_ code: Int32) -> String { "cannot write to standard output: \(RegularFile.reason(code))" }

    /// The net under what is printed through stdio rather than `write` (the argument parser's
    /// help and messages): checked when the process exits, which then exits 1 if it failed.
    static func checkAtExit() {
        atexit {
            guard fflush(stdout) != 0 || ferror(stdout) != 0 else { return }
            let code = errno
            StandardError.write("tandem: \(StandardOutput.message(code == 0 ? EIO : code))\n")
            _exit(1)
        }
    }
}
