/// Reads `initiatives.csv`, checking every link to KPIs, risks and other initiatives.
enum InitiativeRows {
    static let file = "initiatives.csv"

    static func load(from files: WorkspaceFiles, kpis: [KPI], risks: [Risk],
                     into diagnostics: inout [Diagnostic]) throws(LoadFailure) -> [Initiative] {
        guard let csv = try CSVFile(file, from: files, required: true,
                                    columns: ["id", "name", "sponsor", "start", "due", "progress"])
        else { return [] }
        diagnostics += csv.diagnostics
        let id = csv.column("id"), name = csv.column("name"), sponsor = csv.column("sponsor")
        let lead = csv.column("lead"), stage = csv.column("stage"), start = csv.column("start")
        let due = csv.column("due"), progress = csv.column("progress"), budget = csv.column("budget")
        let spent = csv.column("spent"), forecast = csv.column("forecast")
        let adoption = csv.column("adoption"), kpiLinks = csv.column("kpis")
        let riskLinks = csv.column("risks"), dependsOn = csv.column("depends_on")
        let capabilities = csv.column("capabilities"), description = csv.column("description")

        let kpiIDs = Set(kpis.map(\.id)), riskIDs = Set(risks.map(\.id))
        var candidates: [Initiative] = []
        var seen: [String: Int] = [:]
        csv.forEachRow { row in
            let money = "an amount of money as a plain number from 0, e.g. 250000"
            let initiative = Initiative(
                id: row.id(id) ?? "",
                name: row.requiredText(name, expected: "the initiative's name") ?? "",
                sponsor: row.choice(sponsor, fallback: Owner?.none) ?? .joint,
                lead: row.text(lead),
                stage: row.choice(stage, fallback: Stage.active) ?? .active,
                start: row.day(start, required: true) ?? Day(ordinal: 0),
                due: row.day(due, required: true) ?? Day(ordinal: 0),
                progress: row.number(progress, required: true, range: 0...100, expected: "a percentage from 0 to 100") ?? 0,
                budget: row.number(budget, range: 0...Double.greatestFiniteMagnitude, expected: money),
                spent: row.number(spent, range: 0...Double.greatestFiniteMagnitude, expected: money),
                forecast: row.number(forecast, range: 0...Double.greatestFiniteMagnitude, expected: money),
                adoption: row.number(adoption, range: 0...100, expected: "a percentage from 0 to 100"),
                kpis: row.list(kpiLinks),
                risks: row.list(riskLinks),
                dependsOn: row.list(dependsOn),
                capabilities: row.list(capabilities).map { $0.lowercased() },
                description: row.text(description, keepNewlines: true),
                line: row.record.line)
            if !row.hasError, initiative.due <= initiative.start {
                row.error(due, "\(initiative.due) is not after the start \(initiative.start); expected a due date later than start")
            }
            for unknown in initiative.kpis where !kpiIDs.contains(unknown) {
                row.error(kpiLinks, "unknown KPI \"\(unknown)\"; expected ids from kpis.csv separated by \";\"")
            }
            for unknown in initiative.risks where !riskIDs.contains(unknown) {
                row.error(riskLinks, "unknown risk \"\(unknown)\"; expected ids from risks.csv separated by \";\"")
            }
            diagnostics += row.diagnostics
            guard !row.hasError,
                  WorkspaceLoader.claim(initiative.id, line: initiative.line, in: &seen, file: file, diagnostics: &diagnostics)
            else { return }
            candidates.append(initiative)
        }

        // Dependencies may name an initiative further down the file.
        let ids = Set(candidates.map(\.id))
        return candidates.filter { initiative in
            let unknown = initiative.dependsOn.filter { !ids.contains($0) || $0 == initiative.id }
            for dependency in unknown {
                diagnostics.append(Diagnostic(.error, file: file, line: initiative.line, column: "depends_on",
                    dependency == initiative.id
                        ? "\"\(dependency)\" is the initiative itself; expected ids of other initiatives"
                        : "unknown initiative \"\(dependency)\"; expected ids from initiatives.csv separated by \";\""))
            }
            return unknown.isEmpty
        }
    }
}
