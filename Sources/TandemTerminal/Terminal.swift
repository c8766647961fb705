import CNCurses
import Dispatch
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import TandemApp
import TandemUI

/// Why the interactive dashboard cannot start here.
public struct TerminalUnavailable: Error, CustomStringConvertible {
    public let description: String
}

/// The curses screen: set up, draw cell buffers (only the cells that changed), read input, and
/// always put the terminal back. It knows nothing of the dashboard.
public final class Terminal: TerminalScreen {
    private var screen: OpaquePointer?
    private var palette: ColorPalette
    private var previous: CellBuffer?
    private var quickErrors = 0
    public private(set) var size: Size
    public let depth: ColorDepth
    public let unicode: Bool

    /// Refuses, without writing a byte to the terminal, when standard input or output is not a
    /// terminal or when `TERM` is missing, `dumb` or unknown.
    public init(theme: Theme, colorEnabled: Bool) throws(TerminalUnavailable) {
        let hint = "use `tandem snapshot` to print the dashboard as text"
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalUnavailable(
                description:
                    "the dashboard needs a terminal, but "
                    + "standard \(isatty(STDOUT_FILENO) == 1 ? "input" : "output") is not one; \(hint)"
            )
        }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw TerminalUnavailable(
                description: "TERM is \(term.isEmpty ? "not set" : "\"dumb\""), so the screen cannot be drawn; \(hint)")
        }
        setlocale(LC_ALL, "")
        unicode = tandem_locale_is_utf8() != 0
        tandem_save_terminal()
        guard let screen = tandem_newterm() else {
            throw TerminalUnavailable(description: "the terminal type \"\(term)\" is unknown here; \(hint)")
        }
        self.screen = screen
        guard tandem_has_cursor_addressing() != 0 else {
            endwin()
            delscreen(screen)
            self.screen = nil
            throw TerminalUnavailable(description: "the terminal type \"\(term)\" cannot move the cursor; \(hint)")
        }
        tandem_install_signal_handlers()
        cbreak()
        noecho()
        nonl()
        intrflush(tandem_stdscr(), false)
        keypad(tandem_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mousemask(tandem_mouse_mask(), nil)
        mouseinterval(0)
        var colorDepth = ColorDepth.none
        if colorEnabled, has_colors() {
            start_color()
            use_default_colors()
            colorDepth = ColorDepth(colors: Int(tandem_colors()))
        }
        depth = colorDepth
        palette = ColorPalette(theme: theme, depth: colorDepth)
        size = Size(columns: Int(tandem_cols()), rows: Int(tandem_lines()))
    }

    deinit { stop() }

    /// Puts the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
        tandem_flush_stdout()
    }

    public func setTheme(_ theme: Theme) {
        palette = ColorPalette(theme: theme, depth: depth)
        previous = nil
    }

    /// Draws a buffer, writing only the cells that differ from the last one drawn.
    public func draw(_ buffer: CellBuffer) {
        let full = previous?.size != buffer.size
        if full { erase() }
        for y in 0..<buffer.size.rows {
            for x in 0..<buffer.size.columns {
                // The second half of a wide character is drawn with the character itself, which
                // differs whenever its second half does.
                let cell = buffer[x, y]
                guard !cell.isContinuation, full || previous![x, y] != cell else { continue }
                put(cell, x: x, y: y)
            }
        }
        previous = buffer
        refresh()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let (attributes, pair) = palette.attributes(for: cell)
        // The last column of the last row would scroll some terminals: curses handles it, but
        // an error return there is expected and harmless.
        var wide = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        _ = tandem_draw(Int32(y), Int32(x), wide, attributes, Int32(pair))
    }

    /// Waits up to `milliseconds` for input.
    public func read(timeout milliseconds: Int) -> InputEvent {
        if tandem_take_signal() != 0 { return .interrupted }
        timeout(Int32(milliseconds))
        let started = DispatchTime.now()
        var character: wint_t = 0
        let result = get_wch(&character)
        if tandem_take_signal() != 0 { return .interrupted }
        if result == ERR {
            // At end of input get_wch fails at once, every time: count quick failures.
            let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
            quickErrors = elapsed < milliseconds / 2 ? quickErrors + 1 : 0
            return quickErrors > 20 ? .endOfInput : .idle
        }
        quickErrors = 0
        if result == KEY_CODE_YES { return special(Int32(character)) }
        return text(character)
    }

    private func special(_ code: Int32) -> InputEvent {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_F0 + 1: return .key(.f1)
        case KEY_RESIZE:
            size = Size(columns: Int(tandem_cols()), rows: Int(tandem_lines()))
            return .resize(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return .idle }
            if tandem_mouse_is_wheel_up(event.bstate) != 0 { return .wheel(up: true) }
            if tandem_mouse_is_wheel_down(event.bstate) != 0 { return .wheel(up: false) }
            if tandem_mouse_is_click(event.bstate) != 0 { return .click(x: Int(event.x), y: Int(event.y)) }
            return .idle
        default: return .idle
        }
    }

    private func text(_ character: wint_t) -> InputEvent {
        switch character {
        case 3: return .interrupted  // Ctrl-C when the terminal does not send SIGINT
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 0..<32: return .idle
        default:
            guard let scalar = Unicode.Scalar(UInt32(character)) else { return .idle }
            return .key(.character(Character(scalar)))
        }
    }
}
