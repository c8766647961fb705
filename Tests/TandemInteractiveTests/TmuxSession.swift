import Foundation
import TandemTestSupport
import Testing

/// The real `tandem` binary running in its own tmux server, driven as a person would: keys in,
/// screen text out. Each session has its own socket, so tests run in parallel.
final class TmuxSession {
    let socket = "tandem-test-\(UUID().uuidString.prefix(8))"
    let name = "t"
    let folder: URL

    /// Starts `tandem` with `arguments` in `folder` at a size, with a UTF-8 locale.
    /// - Parameter shell: start an interactive shell with job control instead, to type into.
    init(
        _ arguments: String = "", size: (Int, Int) = (120, 40), folder: URL? = nil, environment: [String: String] = [:],
        shell: Bool = false
    ) throws {
        self.folder = folder ?? FileManager.default.temporaryDirectory
        // Set in the command itself: tmux sets TERM for its panes and would override -e TERM=….
        // A state folder of its own: a theme chosen with t in one test must not be the next one's.
        let state = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tandem-state-\(UUID().uuidString.prefix(8))"
        ).path
        let env = (["LANG": "C.UTF-8", "XDG_STATE_HOME": state].merging(environment) { $1 }).map {
            "\($0.key)='\($0.value)'"
        }.sorted().joined(separator: " ")
        let command =
            shell
            ? "cd '\(self.folder.path)' && env \(env) PS1='$ ' bash --norc --noprofile -i"
            : "cd '\(self.folder.path)' && env \(env) '\(Self.binary)' \(arguments); echo EXIT=$?; sleep 10"
        // The tmux server forks from this client and would keep a pipe open for ever: give the
        // client no pipes at all.
        try Subprocess.run(
            ["tmux", "-L", socket, "new-session", "-d", "-s", name, "-x", "\(size.0)", "-y", "\(size.1)", command],
            capture: .discarded)
        // A server that a killed test run leaves behind ends itself after two minutes.
        try Subprocess.run(
            ["tmux", "-L", socket, "run-shell", "-b", "sleep 120; tmux -L \(socket) kill-server"], capture: .discarded)
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// The screen as `tmux capture-pane -p` prints it.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// tmux key names: `Tab`, `BTab`, `Up`, `Enter`, `Escape`, `C-c`, or plain characters.
    func send(_ keys: String...) throws { try send(contentsOf: keys) }

    func send(contentsOf keys: [String]) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// A left click at a 1-based column and row, pressed and released, as the terminal inside
    /// tmux reports it (X10 mouse encoding, what its terminfo's kmous names).
    func click(_ column: Int, _ row: Int) throws {
        try type(Self.mouse(0, column, row) + Self.mouse(3, column, row))
    }

    func wheel(down: Bool, _ column: Int, _ row: Int) throws {
        try type(Self.mouse(down ? 65 : 64, column, row))
    }

    private static func mouse(_ button: Int, _ column: Int, _ row: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(32 + column)))
            + String(UnicodeScalar(UInt8(32 + row)))
    }

    func resize(_ columns: Int, _ rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// A tmux format for the pane, e.g. `#{alternate_on}` or `#{pane_title}`.
    func paneFormat(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The terminal modes a program can leave behind: alternate screen, cursor shown, mouse
    /// reporting. A restored terminal says `0 1 0`.
    func terminalModes() throws -> String { try paneFormat("#{alternate_on} #{cursor_flag} #{mouse_any_flag}") }

    /// The process id of `tandem`: the child of the pane's shell.
    func tandemPID() throws -> Int32? {
        let shell = try paneFormat("#{pane_pid}")
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// tmux's paste buffers: where an OSC 52 clipboard write would land.
    func buffers() throws -> String { try tmux(["list-buffers"]) }

    /// Polls the screen until `condition` holds; fails the test with the last screen otherwise.
    @discardableResult
    func waitFor(
        _ what: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); the screen was:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// Waits for a text to appear on screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> String
    {
        try waitFor("\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Subprocess.run(["tmux", "-L", socket] + arguments, capture: .merged).output
    }

    /// The `tandem` built next to this test bundle (or `$TANDEM_BINARY`).
    static let binary: String = TandemProcess.binary ?? "tandem"

    /// A new folder with the demo workspace written into it by `tandem init`.
    static func demoWorkspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tandem-e2e-\(UUID().uuidString.prefix(8))")
        try Subprocess.run([binary, "init", folder.path])
        return folder
    }
}
