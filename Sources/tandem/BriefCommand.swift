import ArgumentParser
import TandemCore
import TandemUI

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Write a one-page meeting brief: headline, what changed, what is off target, decisions needed.",
        discussion: """
            For the agenda of the leadership meeting: KPIs off target, risks above appetite, past \
            their target or overdue for review, initiatives off track with points behind and forecast, and the \
            alignment findings as decisions, each marked CIO, COO or Joint. Changes are measured \
            against the latest baseline before the as-of date (see `tandem baseline`). The same files \
            and date give the same brief.

            Examples:
              tandem brief > agenda.md
              tandem brief --format text --since q3-review
              tandem brief -o brief.md
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, text
    }

    @OptionGroup var workspace: WorkspaceOptions

    @OptionGroup var baseline: BaselineOptions

    @Option(
        help: ArgumentHelp(
            "markdown (tables, for wikis, tickets and chat that render Markdown) or text (plain columns, for email "
                + "in a fixed-width font).")
    )
    var format: Format = .markdown

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of printing (atomically).", valueName: "file"))
    var output: String?

    @Flag(help: "With -o, replace an existing file.")
    var force = false

    func run() throws {
        let brief = Brief(try baseline.viewModel(workspace))
        let text = format == .markdown ? BriefRenderer.markdown(brief) : BriefRenderer.text(brief)
        try StandardOutput.deliver(text, to: output, force: force)
    }
}
