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

    public init(_ foreground: ThemeColor? = nil, background: ThemeColor? = nil, bold: Bool = false,
                underline: Bool = false, reverse: Bool = false) {
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

    /// The built-in default: a dark theme that every other theme starts from.
    public static let standard = Theme(name: "default", description: "Dark, calm, status colours that stand out", styles: [
        .text: RoleStyle(.rgb(0xD8, 0xDE, 0xE9)),
        .muted: RoleStyle(.rgb(0x8A, 0x93, 0xA3)),
        .border: RoleStyle(.rgb(0x4C, 0x56, 0x6A)),
        .borderFocused: RoleStyle(.rgb(0x88, 0xC0, 0xD0), bold: true),
        .title: RoleStyle(.rgb(0xEC, 0xEF, 0xF4), bold: true),
        .titleBar: RoleStyle(.rgb(0xEC, 0xEF, 0xF4), background: .rgb(0x2E, 0x34, 0x40)),
        .statusBar: RoleStyle(.rgb(0xD8, 0xDE, 0xE9), background: .rgb(0x2E, 0x34, 0x40)),
        .header: RoleStyle(.rgb(0x81, 0xA1, 0xC1), bold: true),
        .selection: RoleStyle(.rgb(0xFF, 0xFF, 0xFF), background: .rgb(0x3B, 0x4A, 0x66), bold: true),
        .accent: RoleStyle(.rgb(0x88, 0xC0, 0xD0)),
        .banner: RoleStyle(.rgb(0x1D, 0x1F, 0x21), background: .rgb(0xEB, 0xCB, 0x8B), bold: true),
        .demo: RoleStyle(.rgb(0x1D, 0x1F, 0x21), background: .rgb(0xB4, 0x8E, 0xAD), bold: true),
        .statusGreen: RoleStyle(.rgb(0x7F, 0xC9, 0x7F), bold: true),
        .statusAmber: RoleStyle(.rgb(0xF0, 0xB4, 0x4C), bold: true),
        .statusRed: RoleStyle(.rgb(0xF2, 0x6D, 0x6D), bold: true),
        .statusNeutral: RoleStyle(.rgb(0x9A, 0xA3, 0xB5)),
        .bandLow: RoleStyle(.rgb(0x7F, 0xC9, 0x7F)),
        .bandMedium: RoleStyle(.rgb(0xEB, 0xCB, 0x8B)),
        .bandHigh: RoleStyle(.rgb(0xF0, 0x8C, 0x4C), bold: true),
        .bandCritical: RoleStyle(.rgb(0xF2, 0x5C, 0x5C), bold: true),
    ])
}

extension Theme {
    /// No colour at all: selection in reverse video, titles and bad news in bold.
    public static let monochrome = Theme(name: "monochrome", description: "No colour: bold and reverse video only", styles: [
        .title: RoleStyle(bold: true),
        .borderFocused: RoleStyle(bold: true),
        .header: RoleStyle(bold: true),
        .titleBar: RoleStyle(reverse: true),
        .statusBar: RoleStyle(reverse: true),
        .selection: RoleStyle(reverse: true),
        .banner: RoleStyle(bold: true, reverse: true),
        .demo: RoleStyle(bold: true, reverse: true),
        .statusRed: RoleStyle(bold: true),
        .bandCritical: RoleStyle(bold: true),
    ])

    /// The themes compiled into the program.
    public static let builtIn: [Theme] = [.standard, .monochrome]
}
