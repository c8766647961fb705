#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import TandemCore

/// Where a theme came from.
public enum ThemeSource: Equatable, Sendable {
    case builtIn
    case file(String)

    public var label: String {
        switch self {
        case .builtIn: "built in"
        case .file(let path): path
        }
    }
}

/// A theme found by the catalog, with its origin and any warnings from its file.
public struct ThemeEntry: Sendable {
    public let theme: Theme
    public let source: ThemeSource
    public let warnings: [ThemeWarning]
}

/// Finds themes: the user's folder (`$XDG_CONFIG_HOME/tandem/themes`, else
/// `~/.config/tandem/themes`) first, then the themes shipped inside the program. A user file with
/// the name of a shipped theme replaces it.
public struct ThemeCatalog: Sendable {
    public let entries: [ThemeEntry]
    public let userFolder: String?
    /// Files in the user's folder that could not be read, each with why (a FIFO, too large, …).
    public let unreadable: [String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folder: String? =
            if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
                config + "/tandem/themes"
            } else if let home = environment["HOME"], !home.isEmpty {
                home + "/.config/tandem/themes"
            } else {
                nil
            }
        userFolder = folder
        var entries = ThemeCatalog.shipped
        let found = folder.map(Self.load(folder:)) ?? (entries: [], unreadable: [])
        unreadable = found.unreadable
        for entry in found.entries {
            if let index = entries.firstIndex(where: { $0.theme.name == entry.theme.name }) {
                entries[index] = entry
            } else {
                entries.append(entry)
            }
        }
        self.entries = entries
    }

    /// The shipped themes, parsed once.
    public static let shipped: [ThemeEntry] = ShippedThemes.files.map { file in
        let (theme, warnings) = ThemeParser.parse(file.text, file: "Themes/\(file.name).toml", base: .standard)
        return ThemeEntry(theme: theme, source: .builtIn, warnings: warnings)
    }

    public var themes: [Theme] { entries.map(\.theme) }

    /// A theme by name (from the catalog) or by path to a `.toml` file.
    /// - Throws: a message naming what was tried, when there is no such theme or the name would
    ///   leave the theme folders.
    public func find(_ nameOrPath: String) throws(ThemeLookupError) -> ThemeEntry {
        if nameOrPath.hasSuffix(".toml") || nameOrPath.hasPrefix("/") || nameOrPath.hasPrefix("./") {
            let bytes: [UInt8]
            do {
                bytes = try RegularFile.read(nameOrPath)
            } catch .missing {
                throw ThemeLookupError(message: "no theme file at \(TextSanitizer.visible(nameOrPath))")
            } catch {
                throw ThemeLookupError(message: "theme file \(TextSanitizer.visible(nameOrPath)) \(error.description)")
            }
            let (theme, warnings) = ThemeParser.parse(String(decoding: bytes, as: UTF8.self), file: nameOrPath)
            return ThemeEntry(theme: theme, source: .file(nameOrPath), warnings: warnings)
        }
        guard !nameOrPath.contains("/"), !nameOrPath.contains(".."), !nameOrPath.isEmpty else {
            throw ThemeLookupError(
                message:
                    "\"\(TextSanitizer.visible(nameOrPath))\" is not a theme name; a name has no \"/\" or \"..\" "
                    + "(give a path ending in .toml for a file)"
            )
        }
        guard let entry = entries.first(where: { $0.theme.name == nameOrPath }) else {
            throw ThemeLookupError(
                message:
                    "no theme named \"\(TextSanitizer.visible(nameOrPath))\"; "
                    + "available: \(entries.map(\.theme.name).joined(separator: ", "))"
            )
        }
        return entry
    }

    /// The themes in the user's folder, and why each file that is not one could not be read.
    private static func load(folder: String) -> (entries: [ThemeEntry], unreadable: [String]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(".toml")
        }.sorted()
        var entries: [ThemeEntry] = []
        var unreadable: [String] = []
        for name in names {
            let path = folder + "/" + name
            do {
                let bytes = try RegularFile.read(path)
                let (theme, warnings) = ThemeParser.parse(String(decoding: bytes, as: UTF8.self), file: path)
                entries.append(ThemeEntry(theme: theme, source: .file(path), warnings: warnings))
            } catch {
                unreadable.append("\(TextSanitizer.visible(path)) \(error.description)")
            }
        }
        return (entries, unreadable)
    }
}

public struct ThemeLookupError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
