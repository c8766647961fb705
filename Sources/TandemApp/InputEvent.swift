import TandemUI

/// What the terminal reported.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case click(x: Int, y: Int)
    case wheel(up: Bool)
    /// Nothing happened before the timeout.
    case idle
    /// Standard input ended: time to quit rather than spin.
    case endOfInput
    /// SIGINT, SIGTERM or SIGHUP arrived.
    case interrupted
}
