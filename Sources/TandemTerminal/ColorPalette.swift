import CNCurses
import TandemUI

/// The theme's roles as curses colour pairs, allocated once per theme: one pair for each role,
/// plain and selected. Without colour, selection and focus use reverse video and bold.
struct ColorPalette {
    private var pairs: [Key: (attr_t, Int)] = [:]
    private let theme: Theme
    private let depth: ColorDepth

    private struct Key: Hashable {
        let role: StyleRole
        let selected: Bool
    }

    init(theme: Theme, depth: ColorDepth) {
        self.theme = theme
        self.depth = depth
        var next = 1
        for role in StyleRole.allCases {
            for selected in [false, true] {
                let style = Self.style(role, selected: selected, theme: theme)
                var attributes = tandem_a_normal()
                if style.bold { attributes |= tandem_a_bold() }
                if style.underline { attributes |= tandem_a_underline() }
                if style.reverse { attributes |= tandem_a_reverse() }
                var pair = 0
                if depth != .none, next < Int(tandem_color_pairs()) {
                    let fg = style.foreground.flatMap { ColorMapping.number(for: $0, depth: depth) } ?? -1
                    let bg = style.background.flatMap { ColorMapping.number(for: $0, depth: depth) } ?? -1
                    if init_extended_pair(Int32(next), Int32(fg), Int32(bg)) == OK {
                        pair = next
                        next += 1
                    }
                } else if depth == .none {
                    attributes |= Self.monochrome(role, selected: selected)
                }
                pairs[Key(role: role, selected: selected)] = (attributes, pair)
            }
        }
    }

    func attributes(for cell: Cell) -> (attr_t, Int) {
        pairs[Key(role: cell.role, selected: cell.isSelected)] ?? (tandem_a_normal(), 0)
    }

    /// The role's style, with the selection's background (and its foreground for plain text).
    static func style(_ role: StyleRole, selected: Bool, theme: Theme) -> RoleStyle {
        var style = theme.style(role)
        guard selected else { return style }
        let selection = theme.style(.selection)
        style.background = selection.background
        if role == .text || role == .muted { style.foreground = selection.foreground }
        style.bold = style.bold || selection.bold
        style.reverse = style.reverse || selection.reverse
        return style
    }

    /// Without colour: selection in reverse video, titles, focus and bad news in bold.
    static func monochrome(_ role: StyleRole, selected: Bool) -> attr_t {
        var attributes = selected ? tandem_a_reverse() : tandem_a_normal()
        switch role {
        case .title, .borderFocused, .header, .statusRed, .bandCritical, .demo, .banner: attributes |= tandem_a_bold()
        case .titleBar, .statusBar: attributes |= tandem_a_reverse()
        default: break
        }
        return attributes
    }
}
