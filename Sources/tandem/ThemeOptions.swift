import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import TandemUI

/// Colour choices shared by every command that draws: the theme and whether to use colour.
struct ThemeOptions: ParsableArguments {
    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case never, always, auto

        /// On for `always`; for `auto` only on a terminal and when NO_COLOR is unset or empty.
        func enabled(isTerminal: Bool) -> Bool {
            switch self {
            case .always: true
            case .never: false
            case .auto: isTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            }
        }
    }

    @Option(
        help: ArgumentHelp(
            "Colour theme: a name (see `tandem themes`) or a path to a .toml file. Default: $TANDEM_THEME, else (in "
                + "the dashboard) the one last chosen with t, else default.",
            valueName: "name"))
    var theme: String?

    @Option(help: "Colour: never, always, or auto (on for a terminal unless NO_COLOR is set).")
    var color: ColorChoice = .auto

    /// The chosen theme; its file's warnings go to standard error.
    /// - Parameter remembered: the theme last chosen in the dashboard, used when neither
    ///   `--theme` nor `TANDEM_THEME` names one (and forgotten quietly if it is gone).
    func resolve(in catalog: ThemeCatalog, remembered: String? = nil) throws -> ThemeEntry {
        let chosen = theme ?? ProcessInfo.processInfo.environment["TANDEM_THEME"].flatMap { $0.isEmpty ? nil : $0 }
        if chosen == nil, let remembered, let entry = try? catalog.find(remembered) { return entry }
        let name = chosen ?? "default"
        do {
            let entry = try catalog.find(name)
            for warning in entry.warnings { printError("warning: \(warning)") }
            return entry
        } catch {
            printError("\(theme == nil ? "TANDEM_THEME: " : "--theme: ")\(error.message)")
            throw ExitCode(2)
        }
    }

    /// Whether to colour output going to a terminal (`isTerminal`) or elsewhere.
    func useColor(isTerminal: Bool) -> Bool { color.enabled(isTerminal: isTerminal) }
}
