/// Reads `initiatives.csv`, checking every link to KPIs, risks and other initiatives.
enum InitiativeRows {

    static func load(
        _ csv: DataFile, kpis kpiIDs: FileIDs, risks riskIDs: FileIDs, into diagnostics: inout [Diagnostic]
    ) -> ([Initiative], FileIDs) {
        let file = csv.name
        diagnostics += csv.diagnostics
        var problems = RowProblems(file: file)
        let id = csv.column("id")
        let name = csv.column("name")
        let sponsor = csv.column("sponsor")
        let lead = csv.column("lead")
        let stage = csv.column("stage")
        let start = csv.column("start")
        let due = csv.column("due")
        let progress = csv.column("progress")
        let rating = csv.column("rating")
        let budget = csv.column("budget")
        let spent = csv.column("spent")
        let forecast = csv.column("forecast")
        let adoption = csv.column("adoption")
        let kpiLinks = csv.column("kpis")
        let riskLinks = csv.column("risks")
        let dependsOn = csv.column("depends_on")
        let capabilities = csv.column("capabilities")
        let description = csv.column("description")

        var candidates: [Initiative] = []
        var ids = FileIDs(file: file)
        ids.reserveCapacity(min(csv.records.recordsAbout, 100_000))  // about a row per line; bounded
        csv.forEachRow { row in
            let money = "an amount of money from 0, e.g. 250000 or £1.2m"
            var initiative = Initiative(
                id: row.id(id) ?? "",
                name: row.requiredText(name, expected: "the initiative's name") ?? "",
                sponsor: row.choice(sponsor, fallback: Owner?.none) ?? .joint,
                lead: row.text(lead),
                stage: row.choice(stage, fallback: Stage.active) ?? .active,
                // Each may be unknown: the initiative is then unscheduled, not left out.
                start: row.day(start, required: false),
                due: row.day(due, required: false),
                progress: row.number(progress, range: 0...100, expected: "a percentage from 0 to 100"),
                rating: row.choice(rating),
                budget: row.number(budget, range: 0...Double.greatestFiniteMagnitude, expected: money),
                spent: row.number(spent, range: 0...Double.greatestFiniteMagnitude, expected: money),
                forecast: row.number(forecast, range: 0...Double.greatestFiniteMagnitude, expected: money),
                adoption: row.number(adoption, range: 0...100, expected: "a percentage from 0 to 100"),
                kpis: row.list(kpiLinks),
                risks: row.list(riskLinks),
                dependsOn: row.list(dependsOn),
                capabilities: row.list(capabilities, lowercased: true),
                description: row.text(description, keepNewlines: true),
                line: row.record.line)
            if !row.hasError, let start = initiative.start, let end = initiative.due, end <= start {
                row.error(due, "\(end) is not after the start \(start); expected a due date later than start")
            }
            initiative.kpis = initiative.kpis.filter { id in
                switch kpiIDs.check(id) {
                case .loaded: return true
                case .leftOut(let line):
                    row.warning(
                        kpiLinks,
                        "\"\(id)\" was left out of \(kpiIDs.file) for an error on line \(line); the link to it is "
                            + "ignored"
                    )
                case .unknown:
                    row.error(kpiLinks, "unknown KPI \"\(id)\"; expected ids from \(kpiIDs.file) separated by \";\"")
                }
                return false
            }
            initiative.risks = initiative.risks.filter { id in
                switch riskIDs.check(id) {
                case .loaded: return true
                case .leftOut(let line):
                    row.warning(
                        riskLinks,
                        "\"\(id)\" was left out of \(riskIDs.file) for an error on line \(line); the link to it is "
                            + "ignored"
                    )
                case .unknown:
                    row.error(riskLinks, "unknown risk \"\(id)\"; expected ids from \(riskIDs.file) separated by \";\"")
                }
                return false
            }
            // A duplicate id is one of the row's problems too: listed or counted with the rest.
            var rowProblems = row.diagnostics
            let loads = ids.admit(
                initiative.id, line: initiative.line, hasError: row.hasError, problems: &rowProblems)
            problems.add(rowProblems, to: &diagnostics)
            if loads { candidates.append(initiative) }
        }
        problems.finish(into: &diagnostics, notes: csv.saidOnce)

        // Dependencies may name an initiative further down the file; one left out for an unknown
        // dependency may be another's dependency, so repeat until nothing changes. In place: most
        // initiatives depend on none, and copying each one every pass cost more than the checks.
        while true {
            var dropped = Set<String>()  // ids: those of the initiatives read are each once
            for index in candidates.indices where !candidates[index].dependsOn.isEmpty {
                let (own, line) = (candidates[index].id, candidates[index].line)
                var unknown = false
                candidates[index].dependsOn = candidates[index].dependsOn.filter { id in
                    switch id == own ? .unknown : ids.check(id) {
                    case .loaded: return true
                    case .leftOut(let leftOutLine):
                        diagnostics.append(
                            FileIDs.droppedLink(
                                file: file, line: line, column: "depends_on", id: id, leftOutLine: leftOutLine,
                                in: file))
                    case .unknown:
                        diagnostics.append(
                            Diagnostic(
                                .error, file: file, line: line, column: "depends_on",
                                id == own
                                    ? "\"\(id)\" is the initiative itself; expected ids of other initiatives"
                                    : "unknown initiative \"\(id)\"; expected ids from \(file) separated by "
                                        + "\";\""
                            ))
                        unknown = true
                    }
                    return false
                }
                if unknown {
                    ids.leaveOut(own, line: line)
                    dropped.insert(own)
                }
            }
            if dropped.isEmpty {
                reportCycles(in: candidates, file: file, into: &diagnostics)
                return (candidates, ids)
            }
            candidates.removeAll { dropped.contains($0.id) }
        }
    }

    /// A warning on the first initiative of each dependency cycle (at most 100): the rows stay,
    /// since each is valid alone.
    private static func reportCycles(
        in initiatives: [Initiative], file: String, into diagnostics: inout [Diagnostic]
    ) {
        let cycles = DependencyCycles.find(initiatives, limit: 100)
        guard !cycles.isEmpty else { return }
        let lines = Dictionary(initiatives.map { ($0.id, $0.line) }, uniquingKeysWith: { a, _ in a })
        for cycle in cycles {
            let shown =
                cycle.count <= 7
                ? cycle : Array(cycle.prefix(3)) + ["… \(cycle.count - 5) more …"] + Array(cycle.suffix(2))
            diagnostics.append(
                Diagnostic(
                    .warning, file: file, line: lines[cycle[0]], column: "depends_on",
                    "\(shown.joined(separator: " → ")) depend on each other in a circle, so none can finish first; "
                        + "expected dependencies that end"))
        }
    }
}
