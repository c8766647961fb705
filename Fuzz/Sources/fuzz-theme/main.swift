// Feeds the input to the theme parser as a user's theme file (Tandem's TOML reader, every role
// and colour), then draws every role with the theme in ANSI colours.
import FuzzSupport
import TandemCore
import TandemUI

/// Every role, plain on the first row and selected on the second, with a wide character and
/// spaces between: each cell a different style, so every role's colours are written.
let allRoles: CellBuffer = {
    let roles = StyleRole.allCases
    var buffer = CellBuffer(size: Size(columns: roles.count * 3, rows: 2))
    for (index, role) in roles.enumerated() {
        _ = buffer.put(index.isMultiple(of: 2) ? "a" : "語", x: index * 3, y: 0, role: role)
        _ = buffer.put("b", x: index * 3, y: 1, role: role)
    }
    buffer.select(Rect(x: 0, y: 1, width: roles.count * 3, height: 1))
    return buffer
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ model: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: model, count: size), as: UTF8.self)
    let lineCount = text.utf8.count { $0 == UInt8(ascii: "\n") } + 1
    let (theme, warnings) = ThemeParser.parse(text, file: "fuzz.toml")
    for warning in warnings {
        if let line = warning.line {
            require((1...lineCount).contains(line), "line \(line) of \(lineCount): \(warning)")
        }
        TerminalSafe.check(warning.description, "a theme warning")
    }
    TerminalSafe.check(theme.name, "the theme's name")
    TerminalSafe.check(theme.description, "the theme's description")
    require(theme.name.count <= 60, "names are cut to 60 characters")
    require(theme.description.count <= 100, "descriptions are cut at a word to 100 characters")
    TerminalSafe.checkSGROnly(TextRenderer.ansi(allRoles, theme: theme))
    return 0
}
