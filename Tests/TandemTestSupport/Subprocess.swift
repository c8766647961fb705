import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What one finished program gave back.
public struct RunResult: CustomStringConvertible, Sendable {
    /// The exit status; for a run killed by a signal, the signal's number.
    public let status: Int32
    public let killedBySignal: Bool
    public let stdout: String
    public let stderr: String

    public var description: String {
        "status \(status)\(killedBySignal ? " (signal)" : "")\nstdout:\n\(stdout)\nstderr:\n\(stderr)"
    }

    /// Standard output and error together: interleaved as written for a run with `.merged`.
    public var output: String { stdout + stderr }

    public var stdoutLines: [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }

    /// Standard output parsed as a JSON object.
    public func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try #require(object as? [String: Any], "stdout is not a JSON object: \(stdout)")
    }
}

/// Runs a program with posix_spawn and waits for it, at most `timeout` seconds: then the test
/// fails and the program is ended (SIGTERM, then SIGKILL), so a run that hangs cannot hang the
/// tests.
///
/// Not Foundation's `Process`: it can miss a child's exit when many run at once from test threads
/// (seen here: zombies and a hung `waitUntilExit`). Not pipes either: a process the child leaves
/// behind (tmux's server) would hold a pipe open for ever. The child opens its own output files,
/// so this process opens no descriptor another test's child could inherit.
public enum Subprocess {
    public enum Capture: Sendable {
        /// Standard output and error each in its own string.
        case separate
        /// Both into one file, in the order written; read it as `output`.
        case merged
        /// Both to /dev/null.
        case discarded
    }

    /// Runs `arguments[0]` (looked up in `PATH` when it has no slash) with standard input from
    /// /dev/null, in `directory` (this process's folder when nil), with `environment` (this
    /// process's when nil).
    @discardableResult
    public static func run(
        _ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil,
        capture: Capture = .separate, timeout: Double = 60, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RunResult {
        let scratch = try TemporaryFolder()
        // The output files live in it: it must outlast the child and the reading.
        defer { withExtendedLifetime(scratch) {} }
        let outPath = scratch.url("stdout")
        let errPath = scratch.url("stderr")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let directory { try changeDirectory(&actions, directory) }
        let write = O_WRONLY | O_CREAT | O_TRUNC
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture == .discarded ? "/dev/null" : outPath, write, 0o600)
        switch capture {
        case .separate: posix_spawn_file_actions_addopen(&actions, 2, errPath, write, 0o600)
        case .merged: posix_spawn_file_actions_adddup2(&actions, 1, 2)
        case .discarded: posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }

        // Test threads may block signals, and a child inherits the mask: start with none blocked
        // and default handlers, as a shell would.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        var all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { for pointer in envp ?? [] { free(pointer) } }
        var pid: pid_t = 0
        let result =
            if let envp {
                posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
            } else {
                posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
            }
        guard result == 0 else {
            throw SubprocessError("cannot start \(arguments[0]): \(String(cString: strerror(result)))")
        }

        let watchdog = Watchdog(pid)
        let stop = DispatchWorkItem { watchdog.end() }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: stop)
        // Wait without reaping, so the process id stays the child's until the watchdog is off.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0, errno == EINTR {}
        stop.cancel()
        if watchdog.disarm() {
            Issue.record(
                "\(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s",
                sourceLocation: sourceLocation)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}

        let signal = status & 0x7F
        let read = { (path: String) in
            String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }
        return RunResult(
            status: signal == 0 ? (status >> 8) & 0xFF : signal, killedBySignal: signal != 0,
            stdout: capture == .discarded ? "" : read(outPath), stderr: capture == .separate ? read(errPath) : "")
    }

    /// `posix_spawn_file_actions_addchdir_np`: glibc has it since 2.29, but Swift's Glibc module
    /// does not declare it.
    private static func changeDirectory(_ actions: inout posix_spawn_file_actions_t, _ directory: String) throws {
        typealias AddChdir =
            @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else {
            throw SubprocessError("this C library cannot start a program in another folder")
        }
        let result = unsafeBitCast(symbol, to: AddChdir.self)(&actions, directory)
        guard result == 0 else {
            throw SubprocessError("cannot use \(directory): \(String(cString: strerror(result)))")
        }
    }
}

/// Ends a child that outlives its time: SIGTERM, and SIGKILL five seconds later. Disarmed before
/// the child is reaped, so it never signals a process id the system has given to another.
private final class Watchdog: @unchecked Sendable {
    private let pid: pid_t
    private let lock = NSLock()
    private var armed = true
    private var fired = false

    init(_ pid: pid_t) { self.pid = pid }

    func end() {
        signal(SIGTERM)
        DispatchQueue.global().asyncAfter(deadline: .now() + 5) { self.signal(SIGKILL) }
    }

    private func signal(_ number: Int32) {
        lock.lock()
        defer { lock.unlock() }
        guard armed else { return }
        fired = true
        kill(pid, number)
    }

    /// Whether it had to end the child.
    func disarm() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        armed = false
        return fired
    }
}

public struct SubprocessError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
