import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program with posix_spawn and waitpid. Foundation's `Process` can miss a child's exit
/// when many run at once from test threads (seen here: zombies and a hung `waitUntilExit`), and
/// tmux's server would hold a captured pipe open for ever; this does neither.
enum Subprocess {
    struct Result {
        let status: Int32
        let output: String
    }

    /// - Parameter captureOutput: read standard output and error; otherwise they go to /dev/null.
    /// Pipes are made close-on-exec in two steps; spawning under this lock keeps another test's
    /// spawn from slipping in between.
    private static let spawnLock = NSLock()

    @discardableResult
    static func run(_ arguments: [String], captureOutput: Bool = true) throws -> Result {
        spawnLock.lock()
        var locked = true
        defer { if locked { spawnLock.unlock() } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipe: [Int32] = [-1, -1]
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if captureOutput {
            // Close-on-exec, so that a process another test starts meanwhile (a tmux server that
            // lives on) does not inherit the write end and keep this read from ever ending.
            guard Glibc.pipe(&pipe) == 0 else { throw SubprocessError("pipe failed") }
            _ = fcntl(pipe[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(pipe[1], F_SETFD, FD_CLOEXEC)
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 2)
            posix_spawn_file_actions_addclose(&actions, pipe[0])
            posix_spawn_file_actions_addclose(&actions, pipe[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
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
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        spawnLock.unlock()
        locked = false
        guard result == 0 else {
            throw SubprocessError("cannot start \(arguments[0]): \(String(cString: strerror(result)))")
        }
        var output = [UInt8]()
        if captureOutput {
            close(pipe[1])
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(pipe[0], &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                output += buffer[0..<count]
            }
            close(pipe[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exit, output: String(decoding: output, as: UTF8.self))
    }
}

struct SubprocessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
