import ArgumentParser
import Glibc
import TandemCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a workspace and list every problem with its file, line and column.",
        discussion:
            "Exit status: 0 when there are no errors (warnings are fine), 1 when there are errors (those rows are "
            + "left out of the dashboard), 2 when the workspace cannot be loaded at all."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(
        help: "Colour for error and warning words: never, always, or auto (on for a terminal unless NO_COLOR is set).")
    var color: ThemeOptions.ColorChoice = .auto

    func run() throws {
        let loaded: LoadedWorkspace
        do {
            loaded = try workspace.loadWorkspace()
        } catch {
            let message = workspace.describe(error)
            if format == .json {
                try StandardOutput.write(
                    JSONValue.object([("ok", .bool(false)), ("failure", .string(message))]).rendered())
            } else {
                printError("cannot load the workspace: \(message)")
            }
            throw ExitCode(2)
        }
        let card = Scorecard(loaded, asOf: workspace.asOfDay(for: loaded.workspace))
        KeptUntilExit.keep(card)
        switch format {
        case .json:
            try StandardOutput.write(
                JSONValue.object([
                    ("ok", .bool(card.errorCount == 0)),
                    ("errors", .number(card.errorCount)),
                    ("warnings", .number(card.warningCount)),
                    ("diagnostics", .array(card.diagnostics.map(ExportDocument.diagnostic))),
                ]).rendered())
        case .text:
            let colored = color.enabled(isTerminal: isatty(STDOUT_FILENO) == 1)
            let lines = card.diagnostics.map { diagnostic in
                let word = diagnostic.severity.rawValue
                let shown = colored ? "\u{1B}[1;\(diagnostic.severity == .error ? 31 : 33)m\(word)\u{1B}[0m" : word
                return "\(shown): \(diagnostic)"
            }
            try StandardOutput.write(lines: lines + [summary(card)])
        }
        if card.errorCount > 0 { throw ExitCode(1) }
    }

    private func summary(_ card: Scorecard) -> String {
        let w = card.workspace
        let measurements = w.kpis.reduce(0) { $0 + $1.history.count }
        func count(_ set: DataSet, _ n: Int, _ word: String) -> String {
            w.missing.contains(set) ? "no \(word)s" : plural(n, word)
        }
        let loaded =
            count(.kpis, w.kpis.count, "KPI")
            + (w.missing.contains(.kpis) ? "" : " (\(plural(measurements, "measurement")))") + ", "
            + "\(count(.risks, w.risks.count, "risk")), \(count(.initiatives, w.initiatives.count, "initiative"))"
        let source = w.origin.isDemo ? " (built-in demo)" : ""
        guard !card.diagnostics.isEmpty else {
            return "OK: \(w.settings.organization)\(source): \(loaded); no problems."
        }
        var text = "\(plural(card.errorCount, "error")), \(plural(card.warningCount, "warning")). Loaded \(loaded)."
        if !card.rowsLeftOut.isEmpty {
            let list = card.rowsLeftOut.map { "\($0.file) \($0.rows)" }.joined(separator: ", ")
            text += " Rows left out: \(list)."
        }
        return text
    }
}

func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
