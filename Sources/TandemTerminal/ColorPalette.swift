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
                let style = theme.resolved(role, selected: selected)
                var attributes = tandem_a_normal()
                if style.bold { attributes |= tandem_a_bold() }
                if style.underline { attributes |= tandem_a_underline() }
                if style.reverse { attributes |= tandem_a_reverse() }
                var pair = 0
                if depth != .none, next < Int(tandem_color_pairs()) {
                    let (fg, bg) = ColorMapping.pair(
                        foreground: style.foreground, background: style.background, depth: depth)
                    if init_extended_pair(Int32(next), Int32(fg ?? -1), Int32(bg ?? -1)) == OK {
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
