import ArgumentParser
import TandemCore

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a generated workspace of any size, for benchmarks and trials.",
        discussion: """
            The data is realistic and valid, with quoted fields and a share of blank values, and the \
            same for the same --seed. Refuses a folder that already holds anything.

            Example: tandem generate big --kpis 2000 --periods 500 --risks 10000 --initiatives 5000
            """
    )

    @Argument(help: ArgumentHelp("The folder to create (or an empty one).", valueName: "dir"))
    var directory: String

    @Option(help: "Number of KPIs.") var kpis = 20
    @Option(help: "Measurements per KPI (daily values), at most 100000 (274 years).") var periods = 24
    @Option(help: "Number of risks.") var risks = 15
    @Option(help: "Number of initiatives.") var initiatives = 10
    @Option(help: "Milestones per initiative.") var milestones = 4
    @Option(help: "Seed of the random data.") var seed: UInt64 = 42

    func validate() throws {
        for (name, value) in [
            ("kpis", kpis), ("risks", risks), ("initiatives", initiatives), ("milestones", milestones),
        ]
        where value < 0 || value > 10_000_000 {
            throw ValidationError("--\(name) \(value) is out of range; expected 0 to 10000000")
        }
        // Daily values back from the as-of date: more would run past year 1 into dates no
        // workspace can hold.
        guard (0...100_000).contains(periods) else {
            throw ValidationError("--periods \(periods) is out of range; expected 0 to 100000")
        }
        // What is generated is built in memory first: bound the whole, not each count alone.
        guard kpis * periods <= 20_000_000, initiatives * milestones <= 20_000_000 else {
            throw ValidationError(
                "--kpis × --periods and --initiatives × --milestones must each be at most 20000000 rows")
        }
    }

    func run() throws {
        var generator = WorkspaceGenerator()
        generator.kpis = kpis
        generator.periods = periods
        generator.risks = risks
        generator.initiatives = initiatives
        generator.milestonesPerInitiative = milestones
        generator.seed = seed
        try NewWorkspaceFolder.write(generator.files(), to: directory)
        try StandardOutput.write(lines: [
            "Wrote \(kpis) KPIs with \(generator.measurementCount) measurements, \(risks) risks and \(initiatives) "
                + "initiatives to \(TextSanitizer.visible(directory))"
        ])
    }
}
