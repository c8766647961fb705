import Foundation
import Testing

/// Runs the `tandem` executable that `swift build` / `swift test` built next to the tests.
public enum TandemProcess {
    /// The binary: `$TANDEM_BINARY`, else the build folder holding this test bundle, else the
    /// package's `.build/debug`.
    public static let binary: String? = locate()

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
        return [".build/debug/tandem", ".build/release/tandem"].map { root.appendingPathComponent($0).path }.first(
            where: isProgram)
    }

    /// Runs `tandem` with `arguments` in `directory` (an empty temporary folder by default, so no
    /// `./tandem.toml` is picked up), without colour at 80 columns, and waits for it, at most
    /// `timeout` seconds (a minute by default): then the test fails and the process is killed, so
    /// a run that hangs cannot hang the tests.
    public static func run(
        _ arguments: [String], in directory: String? = nil, binary other: String? = nil,
        environment extra: [String: String] = [:], timeout: Double = 60,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RunResult {
        let binary = try #require(
            other ?? binary, "the tandem binary was not found; build it with `swift build` first",
            sourceLocation: sourceLocation)
        let scratch = try TemporaryFolder()
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = "80"
        environment.merge(extra) { $1 }
        return try withExtendedLifetime(scratch) {
            try Subprocess.run(
                [binary] + arguments, in: directory ?? scratch.path, environment: environment, timeout: timeout,
                sourceLocation: sourceLocation)
        }
    }

    /// Text with its SGR colour codes removed.
    public static func stripped(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
}
