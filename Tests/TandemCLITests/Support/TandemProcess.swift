import Foundation
import Testing

/// What one run of the `tandem` binary gave back.
struct RunResult: CustomStringConvertible {
    /// The exit status; for a run killed by a signal, the signal's number.
    let status: Int32
    let killedBySignal: Bool
    let stdout: String
    let stderr: String

    var description: String {
        "status \(status)\(killedBySignal ? " (signal)" : "")\nstdout:\n\(stdout)\nstderr:\n\(stderr)"
    }

    var stdoutLines: [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }

    /// Standard output parsed as a JSON object.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try #require(object as? [String: Any], "stdout is not a JSON object: \(stdout)")
    }
}

/// Runs the `tandem` executable that `swift build` / `swift test` built next to the tests.
enum TandemProcess {
    /// The binary: `$TANDEM_BINARY`, else the build folder holding this test bundle, else the
    /// package's `.build/debug`.
    static let binary: String? = locate()

    private static func locate() -> String? {
        let manager = FileManager.default
        func isProgram(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && manager.isExecutableFile(atPath: path)
        }
        if let path = ProcessInfo.processInfo.environment["TANDEM_BINARY"], isProgram(path) { return path }

        var starts: [URL] = [Bundle.main.bundleURL]
        starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first {
            starts.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        for start in starts {
            var folder = start
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("tandem").path
                if isProgram(candidate) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
        }
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return [".build/debug/tandem", ".build/release/tandem"].map { root.appendingPathComponent($0).path }.first(
            where: isProgram)
    }

    /// Runs `tandem` with `arguments` in `directory` (an empty temporary folder by default, so no
    /// `./tandem.toml` is picked up) and waits for it, at most `timeout` seconds (a minute by
    /// default): then the test fails and the process is killed, so a run that hangs cannot hang
    /// the tests.
    static func run(
        _ arguments: [String], in directory: String? = nil, binary other: String? = nil,
        environment extra: [String: String] = [:], timeout: Double = 60
    ) throws -> RunResult {
        let binary = try #require(other ?? binary, "the tandem binary was not found; build it with `swift build` first")
        let scratch = try TemporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? scratch.path)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = "80"
        environment.merge(extra) { $1 }
        process.environment = environment
        let outPath = scratch.path + "/.stdout"
        let errPath = scratch.path + "/.stderr"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        defer {
            try? out.close()
            try? err.close()
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            Issue.record("tandem \(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s")
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        let read = { (path: String) in
            String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }
        return RunResult(
            status: process.terminationStatus, killedBySignal: process.terminationReason == .uncaughtSignal,
            stdout: read(outPath), stderr: read(errPath))
    }
}

extension TandemProcess {
    /// Text with its SGR colour codes removed.
    static func stripped(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder: @unchecked Sendable {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "tandem-cli-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func url(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) throws {
        try write(name, Array(text.utf8))
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: url(name)))
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: url(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}
