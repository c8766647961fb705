import TandemCore

/// A problem in a theme file, with its place.
public struct ThemeWarning: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String

    public var description: String { (line.map { "\(file):\($0)" } ?? file) + ": " + message }

    init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        // Warnings quote the theme file (a role, a colour) and `tandem themes` prints them as
        // they are: cleaned here, a theme file cannot send escape sequences to the terminal.
        self.message = TextSanitizer.clean(message)
    }
}

/// Reads theme files: a `name`, an optional `description`, and one table per role with `fg`, `bg`,
/// `bold`, `underline`, `reverse`. A file overrides only the roles it names, on top of the
/// built-in default; unknown roles and bad colours are warnings and the rest still applies.
public enum ThemeParser {
    public static func parse(_ text: String, file: String, base: Theme = .standard) -> (Theme, [ThemeWarning]) {
        let table: TOMLTable
        do {
            table = try TOMLParser.parse(text)
        } catch {
            return (
                base,
                [
                    ThemeWarning(
                        file: file, line: error.line,
                        message: "not valid TOML: \(error.message) (column \(error.column)); the default theme is used")
                ]
            )
        }
        var warnings: [ThemeWarning] = []
        // What a warning quotes from the file, control characters shown as symbols (␛ for ESC):
        // the warning is cleaned as a whole, and would otherwise drop the very bytes it is about.
        func shown(_ text: String) -> String { TextSanitizer.visible(text) }
        func warn(_ message: String, section: String? = nil, key: String? = nil) {
            warnings.append(
                ThemeWarning(file: file, line: line(in: table, section: section, key: key), message: message))
        }

        var theme = base
        let fallbackName = String(file.split(separator: "/").last ?? "").replacingSuffix(".toml")
        theme.name = table["name"]?.string.map { TextSanitizer.cleanName($0) } ?? fallbackName
        theme.description = table["description"]?.string.map { TextSanitizer.cleanDescription($0) } ?? ""
        for key in table.keys where key != "name" && key != "description" {
            guard let role = StyleRole(rawValue: key) else {
                warn(
                    "unknown role [\(shown(key))] is ignored; expected one "
                        + "of \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))",
                    section: key)
                continue
            }
            guard let settings = table[key]?.table else {
                warn(
                    "\(shown(key)) should be a table like [\(shown(key))] with fg, bg, bold, underline, reverse",
                    key: key)
                continue
            }
            var style = theme.style(role)
            for setting in settings.keys {
                guard let value = settings[setting] else { continue }
                switch setting {
                case "fg", "bg":
                    if let text = value.string, ["default", "none"].contains(text.lowercased()) {
                        if setting == "fg" { style.foreground = nil } else { style.background = nil }
                    } else if let color = color(value) {
                        if setting == "fg" { style.foreground = color } else { style.background = color }
                    } else {
                        warn(
                            "\(shown(setting)) = \(shown(value.debugDescriptionShort)) is not a colour; expected "
                                + "\"#RRGGBB\", a number from 0 to 255, \"default\" or one "
                                + "of \(ThemeColor.ansiNames.joined(separator: ", "))",
                            section: key, key: setting)
                    }
                case "bold", "underline", "reverse":
                    guard let flag = value.boolean else {
                        warn("\(setting) should be true or false", section: key, key: setting)
                        continue
                    }
                    switch setting {
                    case "bold": style.bold = flag
                    case "underline": style.underline = flag
                    default: style.reverse = flag
                    }
                default:
                    warn(
                        "unknown setting \"\(shown(setting))\" is ignored; expected fg, bg, bold, underline or reverse",
                        section: key, key: setting)
                }
            }
            theme.styles[role] = style
        }
        return (theme, warnings)
    }

    /// `#RRGGBB`, `#RGB`, an index 0–255, or an ANSI name (`red`, `bright-red`).
    public static func color(_ value: TOMLValue) -> ThemeColor? {
        if let number = value.integer { return (0...255).contains(number) ? .index(UInt8(number)) : nil }
        guard let text = value.string?.lowercased() else { return nil }
        if let index = ThemeColor.ansiNames.firstIndex(of: text) { return .index(UInt8(index)) }
        for prefix in ["bright-", "bright_", "bright"] where text.hasPrefix(prefix) {
            if let index = ThemeColor.ansiNames.firstIndex(of: String(text.dropFirst(prefix.count))) {
                return .index(UInt8(index + 8))
            }
        }
        guard text.hasPrefix("#") else { return nil }
        var hex = String(text.dropFirst())
        if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    /// The line to point at, from the places the TOML reader kept: the key inside its table
    /// (`section` nil for a key at the top), else the table's header.
    static func line(in table: TOMLTable, section: String?, key: String?) -> Int? {
        guard let section else { return key.flatMap { table.entry($0)?.keyPosition.line } }
        let sectionLine = table.entry(section)?.keyPosition.line
        guard let key else { return sectionLine }
        return table[section]?.table?.entry(key)?.keyPosition.line ?? sectionLine
    }
}

extension TOMLValue {
    /// The value as written, for messages.
    var debugDescriptionShort: String {
        if let text = string { return "\"\(text)\"" }
        if let number = integer { return String(number) }
        if let number = float { return String(number) }
        if let flag = boolean { return String(flag) }
        return "this value"
    }
}

extension String {
    func replacingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}

extension TextSanitizer {
    /// One line of clean text, at most 60 characters: for names from theme files.
    static func cleanName(_ text: String) -> String { String(clean(text).prefix(60)) }

    /// One line of clean text, cut at a word with `…` past 100 characters: for descriptions.
    static func cleanDescription(_ text: String) -> String { clean(text).truncated(atWordTo: 100) }
}
