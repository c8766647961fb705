/// A colour as a theme writes it.
public enum ThemeColor: Equatable, Sendable {
    /// `#RRGGBB`.
    case rgb(UInt8, UInt8, UInt8)
    /// A 0–255 palette index (0–7 the ANSI colours, 8–15 their bright forms).
    case index(UInt8)

    /// The eight ANSI colour names, in palette order.
    public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
}

/// How one role looks.
public struct RoleStyle: Equatable, Sendable {
    public var foreground: ThemeColor?
    public var background: ThemeColor?
    public var bold = false
    public var underline = false
    public var reverse = false

    public init(
        _ foreground: ThemeColor? = nil, background: ThemeColor? = nil, bold: Bool = false,
        underline: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }
}

/// Roles mapped to colours and attributes. Widgets name roles, never colours.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var description: String
    public var styles: [StyleRole: RoleStyle]

    public init(name: String, description: String = "", styles: [StyleRole: RoleStyle]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    public func style(_ role: StyleRole) -> RoleStyle { styles[role] ?? RoleStyle() }

    /// How a cell is drawn: its role's style, on the text background when the role names none,
    /// and for a selected cell with the selection's background (and its foreground for plain
    /// text, so that status colours stay visible in the selected row).
    public func resolved(_ role: StyleRole, selected: Bool) -> RoleStyle {
        var style = self.style(role)
        if style.background == nil { style.background = self.style(.text).background }
        guard selected else { return style }
        let selection = self.style(.selection)
        style.background = selection.background ?? style.background
        if role == .text || role == .muted { style.foreground = selection.foreground ?? style.foreground }
        style.bold = style.bold || selection.bold
        style.reverse = style.reverse || selection.reverse
        return style
    }

    /// The built-in default, `Themes/default.toml`: the base every other theme overrides.
    public static let standard: Theme = {
        let file = ShippedThemes.files.first { $0.name == "default" }!
        return ThemeParser.parse(file.text, file: "Themes/default.toml", base: Theme(name: "default", styles: [:])).0
    }()
}
