import TandemCore
import TandemTestSupport
import TandemUI

/// The state after pressing `keys` (as `tandem snapshot --keys` reads them) on a fresh screen.
func state(_ keys: String, size: Size, model: ViewModel = TestWorkspace.standard) -> AppState {
    var state = AppState(size: size)
    for key in Key.sequence(keys) { state = update(state, key: key, model: model).0 }
    return state
}

/// The screen as plain text after pressing `keys`: exactly what `tandem snapshot` prints.
func screen(_ keys: String, size: Size, model: ViewModel = TestWorkspace.standard, glyphs: Glyphs = .unicode) -> String
{
    TextRenderer.plain(DashboardView.render(state(keys, size: size, model: model), model: model, glyphs: glyphs))
}

/// The rendered buffer after pressing `keys`, for checks that need cells rather than text.
func buffer(_ keys: String, size: Size, model: ViewModel = TestWorkspace.standard, glyphs: Glyphs = .unicode)
    -> CellBuffer
{
    DashboardView.render(state(keys, size: size, model: model), model: model, glyphs: glyphs)
}

/// Draws into a fresh buffer and returns its rows as text (trailing spaces trimmed).
func drawn(_ columns: Int, _ rows: Int, glyphs: Glyphs = .unicode, _ draw: (inout CellBuffer) -> Void) -> [String] {
    var buffer = CellBuffer(size: Size(columns: columns, rows: rows), glyphs: glyphs)
    draw(&buffer)
    return TextRenderer.lines(buffer)
}

extension Size {
    static func of(_ columns: Int, _ rows: Int) -> Size { Size(columns: columns, rows: rows) }
}
