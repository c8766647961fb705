import CPseudoTerminal
import Foundation

/// Starts a program on a new pseudo-terminal and times how long it takes until its first full
/// frame has been written: for the dashboard, until the status line's last hint, "q quit", which is
/// drawn last; for another program, until the `marker` it draws.
enum PTYLaunch {
    /// - Parameter quit: typed to end the program once the marker is seen; nil ends it with SIGTERM.
    static func timeToFirstFrame(
        binary: String, arguments: [String], size: (Int, Int) = (120, 40), marker: String = "q quit",
        quit: String? = "q", environment extra: [String: String] = [:]
    ) throws -> Double {
        var master: Int32 = -1
        var slave: Int32 = -1
        guard tandem_open_pty(&master, &slave, Int32(size.0), Int32(size.1)) == 0 else {
            throw BenchError("cannot open a pseudo-terminal")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment.merge(extra) { $1 }
        process.environment = environment
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        var screen = ScreenGrid(columns: size.0, rows: size.1)
        var buffer = [UInt8](repeating: 0, count: 65536)
        var elapsed = 0.0
        while true {
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 30_000) > 0 else {
                process.terminate()
                throw BenchError("\(binary) drew no \"\(marker)\" in 30 s")
            }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { throw BenchError("\(binary) ended before drawing") }
            screen.feed(buffer[0..<count])
            if screen.contains(marker) {
                elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
                break
            }
        }
        if let quit {
            _ = write(master, quit, quit.utf8.count)
        } else {
            process.terminate()
        }
        process.waitUntilExit()
        close(slave)
        close(master)
        return elapsed
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
