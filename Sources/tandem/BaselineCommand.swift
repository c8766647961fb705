import ArgumentParser
import TandemCore
import TandemUI

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Keep the computed workspace as it stands, to see what changed by the next meeting.",
        discussion: """
            Baselines live in the workspace, in .tandem/baselines/NAME.json (the JSON of \
            `tandem export`). The dashboard, snapshots and the brief measure changes against the \
            latest baseline dated before the as-of date, or the one named with --since. Tandem never \
            deletes a baseline: to drop one, delete its file.
            """,
        subcommands: [Save.self, List.self]
    )

    struct Save: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Save the computed workspace as a baseline.",
            discussion: """
                Examples:
                  tandem baseline save                    # named after the as-of date
                  tandem baseline save --name q4-review
                """
        )

        @OptionGroup var workspace: WorkspaceOptions

        @Option(
            help: ArgumentHelp(
                "The baseline's name: letters, digits, - _ and . Default: the as-of date.", valueName: "name"))
        var name: String?

        @Flag(help: "Replace a baseline of the same name.")
        var force = false

        func validate() throws {
            if let name, !BaselineStore.isValidName(Self.fileName(name)) {
                throw ValidationError(
                    "--name \"\(TextSanitizer.visible(name))\" is not a valid name: use letters, digits, - _ and . "
                        + "(no spaces), up to 64 characters, e.g. --name q4-review"
                )
            }
        }

        /// `q4.json` names the baseline `q4`, not `q4.json.json`.
        static func fileName(_ name: String) -> String { name.hasSuffix(".json") ? String(name.dropLast(5)) : name }

        func run() throws {
            let loaded = try workspace.load()
            guard case .folder(let path) = loaded.workspace.origin else {
                printError(
                    "the demo has no folder to keep baselines in; run `tandem init DIR` for a workspace of your own")
                throw ExitCode(2)
            }
            let card = Scorecard(loaded, asOf: workspace.asOfDay(for: loaded.workspace))
            KeptUntilExit.keep(card)
            let name = name.map(Self.fileName) ?? card.asOf.description
            do {
                try BaselineStore(workspace: path).save(card, name: name, force: force)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            let errors = card.errorCount
            try StandardOutput.write(
                lines: [
                    "Saved baseline \(name) (as of \(card.asOf)): \(card.kpis.count) KPIs, \(card.risks.count) risks, "
                        + "\(card.initiatives.count) initiatives, \(card.findings.count) findings"
                        + (errors > 0 ? "; \(errors) rows with errors were left out" : "")
                ]
                    // Saved on the meeting's own date, so not what this date's screen compares with.
                    + [
                        "It is compared from the next as-of date on: changes are measured against the latest baseline "
                            + "dated before the as-of date, so \(card.asOf.short(from: card.asOf)) is compared with an "
                            + "earlier one, if there is one."
                    ])
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the saved baselines, oldest first.")

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let loaded = try workspace.load()
            guard case .folder(let path) = loaded.workspace.origin else {
                try StandardOutput.write(lines: [
                    "The demo keeps no baselines; it compares with its previous "
                        + "meeting, \(DemoWorkspace.previousMeeting().name)."
                ])
                return
            }
            let asOf = workspace.asOfDay(for: loaded.workspace)
            let store = BaselineStore(workspace: path)
            let entries = store.entries()
            guard !entries.isEmpty else {
                try StandardOutput.write(lines: [
                    "No baselines yet: `tandem baseline save` keeps one in \(BaselineStore.folderName)."
                ])
                return
            }
            // Listing shows what each holds, so here every file is read, once.
            let files = entries.map { (name: $0.name, baseline: $0.load()) }
            let compared = BaselineStore.latest(of: files.compactMap { try? $0.baseline.get() }, before: asOf)
            let nameWidth = max(4, entries.map(\.name.displayWidth).max() ?? 0)
            var lines = ["NAME".padded(to: nameWidth) + "  AS OF       KPIS  RISKS  INITIATIVES  FINDINGS"]
            let sorted = files.sorted { a, b in
                let (x, y) = ((try? a.baseline.get())?.asOf, (try? b.baseline.get())?.asOf)
                return (x?.ordinal ?? Int.max, a.name) < (y?.ordinal ?? Int.max, b.name)
            }
            var problems = 0
            for entry in sorted {
                let name = entry.name.padded(to: nameWidth)
                switch entry.baseline {
                case .success(let b):
                    let row =
                        "\(name)  \(b.asOf)  "
                        + [(b.kpis.count, 4), (b.risks.count, 5), (b.initiatives.count, 11), (b.findings.count, 8)]
                        .map { String($0.0).padded(to: $0.1, alignment: .right) }.joined(separator: "  ")
                    let note =
                        b.name == compared?.name
                        ? "  ← changes are measured against this one"
                        : b.asOf == asOf
                            ? "  (dated \(asOf.short(from: asOf)): compared from the next as-of date on)" : ""
                    lines.append(row + note)
                case .failure(let failure):
                    problems += 1
                    lines.append("\(name)  unreadable: \(failure.description)")
                }
            }
            try StandardOutput.write(lines: lines)
            if problems > 0 { throw ExitCode(1) }
        }
    }
}
