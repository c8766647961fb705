import TandemUI

/// The screen and keyboard the dashboard runs on: what the app loop needs of a terminal and
/// nothing more, so the real loop runs in tests against a scripted terminal (as Bubble Tea
/// injects its input and output). The curses terminal in `TandemTerminal` is the real one.
public protocol TerminalScreen: AnyObject {
    /// The size now; a change is also reported by `read` as `.resize`.
    var size: Size { get }
    /// Whether the terminal shows Unicode; if not, the screen is drawn in ASCII.
    var unicode: Bool { get }
    /// The colours it shows, for the note when a theme cannot show its colours.
    var depth: ColorDepth { get }

    /// Waits up to `milliseconds` for input; `.idle` when nothing came.
    func read(timeout milliseconds: Int) -> InputEvent
    /// Shows a whole screen.
    func draw(_ buffer: CellBuffer)
    /// Draws from now on in `theme`'s colours.
    func setTheme(_ theme: Theme)
}
