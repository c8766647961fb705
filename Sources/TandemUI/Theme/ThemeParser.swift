import Foundation
import TandemCore
import TOMLKit

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
        var warnings: [ThemeWarning] = []
        // Lines split on the scalar, so that "\r\n" (one Character) ends a line too.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        func warn(_ message: String, section: String? = nil, key: String? = nil) {
            warnings.append(ThemeWarning(file: file, line: line(in: lines, section: section, key: key), message: message))
        }
        if let (line, message) = TOMLPreflight.problem(in: text) {
            return (base, [ThemeWarning(file: file, line: line, message: "not valid TOML: \(message); the default theme is used")])
        }
        let table: TOMLKit.TOMLTable
        do {
            table = try TOMLKit.TOMLTable(string: text)
        } catch let error as TOMLParseError {
            warnings.append(ThemeWarning(file: file, line: error.source.begin.line, message: "not valid TOML: \(error.description); the default theme is used"))
            return (base, warnings)
        } catch {
            return (base, [ThemeWarning(file: file, line: nil, message: "not valid TOML; the default theme is used")])
        }

        var theme = base
        let fallbackName = String(file.split(separator: "/").last ?? "").replacingSuffix(".toml")
        theme.name = table["name"]?.string.map { TextSanitizer.cleanName($0) } ?? fallbackName
        theme.description = table["description"]?.string.map { TextSanitizer.cleanName($0) } ?? ""
        for key in table.keys where key != "name" && key != "description" {
            guard let role = StyleRole(rawValue: key) else {
                warn("unknown role [\(key)] is ignored; expected one of \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))", section: key)
                continue
            }
            guard let settings = table[key]?.table else {
                warn("\(key) should be a table like [\(key)] with fg, bg, bold, underline, reverse", key: key)
                continue
            }
            var style = theme.style(role)
            for setting in settings.keys {
                let value = settings[setting]!
                switch setting {
                case "fg", "bg":
                    if let text = value.string, ["default", "none"].contains(text.lowercased()) {
                        if setting == "fg" { style.foreground = nil } else { style.background = nil }
                    } else if let color = color(value) {
                        if setting == "fg" { style.foreground = color } else { style.background = color }
                    } else {
                        warn("\(setting) = \(value.debugDescriptionShort) is not a colour; expected \"#RRGGBB\", a number from 0 to 255, \"default\" or one of \(ThemeColor.ansiNames.joined(separator: ", "))", section: key, key: setting)
                    }
                case "bold", "underline", "reverse":
                    guard let flag = value.bool else {
                        warn("\(setting) should be true or false", section: key, key: setting)
                        continue
                    }
                    switch setting {
                    case "bold": style.bold = flag
                    case "underline": style.underline = flag
                    default: style.reverse = flag
                    }
                default:
                    warn("unknown setting \"\(setting)\" is ignored; expected fg, bg, bold, underline or reverse", section: key, key: setting)
                }
            }
            theme.styles[role] = style
        }
        return (theme, warnings)
    }

    /// `#RRGGBB`, `#RGB`, an index 0–255, or an ANSI name (`red`, `bright-red`).
    public static func color(_ value: TOMLValueConvertible) -> ThemeColor? {
        if let number = value.int { return (0...255).contains(number) ? .index(UInt8(number)) : nil }
        guard let text = value.string?.lowercased() else { return nil }
        if let index = ThemeColor.ansiNames.firstIndex(of: text) { return .index(UInt8(index)) }
        for prefix in ["bright-", "bright_", "bright"] where text.hasPrefix(prefix) {
            if let index = ThemeColor.ansiNames.firstIndex(of: String(text.dropFirst(prefix.count))) { return .index(UInt8(index + 8)) }
        }
        guard text.hasPrefix("#") else { return nil }
        var hex = String(text.dropFirst())
        if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    /// TOMLKit keeps no positions, so the line is found in the text: the key inside its table, or
    /// the table's header.
    static func line(in lines: [String], section: String?, key: String?) -> Int? {
        var current = ""
        var sectionLine: Int?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                current = String(line.dropFirst().prefix { $0 != "]" }).trimmingCharacters(in: .whitespaces)
                if current == section { sectionLine = index + 1 }
            } else if current == (section ?? ""), let key, line.hasPrefix(key),
                      line.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                return index + 1
            }
        }
        return sectionLine
    }
}

extension TOMLValueConvertible {
    /// The value as written, for messages.
    var debugDescriptionShort: String {
        if let text = string { return "\"\(text)\"" }
        if let number = int { return String(number) }
        if let number = double { return String(number) }
        if let flag = bool { return String(flag) }
        return "this value"
    }
}

extension String {
    func replacingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}

extension TextSanitizer {
    /// One line of clean text, at most 60 characters: for names from theme files.
    static func cleanName(_ text: String) -> String { String(clean(text).prefix(60)) }
}
