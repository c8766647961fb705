/// Reads `risks.csv`.
enum RiskRows {

    static func load(_ csv: DataFile, into diagnostics: inout [Diagnostic]) -> ([Risk], FileIDs) {
        let file = csv.name
        diagnostics += csv.diagnostics
        var problems = RowProblems(file: file)
        let id = csv.column("id")
        let title = csv.column("title")
        let category = csv.column("category")
        let owner = csv.column("owner")
        let likelihood = csv.column("likelihood")
        let impact = csv.column("impact")
        let residualLikelihood = csv.column("residual_likelihood")
        let residualImpact = csv.column("residual_impact")
        let status = csv.column("status")
        let technical = csv.column("technical_mitigation")
        let procedural = csv.column("procedural_mitigation")
        let lastReviewed = csv.column("last_reviewed")
        let description = csv.column("description")

        var risks: [Risk] = []
        var seen: [String: Int] = [:]
        var ids = FileIDs(file: file)
        csv.forEachRow { row in
            let risk = Risk(
                id: row.id(id) ?? "",
                title: row.requiredText(title, expected: "the risk's title") ?? "",
                category: row.requiredText(
                    category, expected: "a category such as cyber, privacy, compliance, operational, vendor or change")?
                    .lowercased() ?? "",
                owner: row.choice(owner, fallback: Owner?.none) ?? .joint,
                likelihood: row.integer(likelihood, required: true, range: 1...5) ?? 1,
                impact: row.integer(impact, required: true, range: 1...5) ?? 1,
                residualLikelihood: row.integer(residualLikelihood, required: false, range: 1...5),
                residualImpact: row.integer(residualImpact, required: false, range: 1...5),
                status: row.choice(status, fallback: RiskStatus.open) ?? .open,
                technicalMitigation: row.text(technical, keepNewlines: true),
                proceduralMitigation: row.text(procedural, keepNewlines: true),
                lastReviewed: row.day(lastReviewed, required: false),
                description: row.text(description, keepNewlines: true),
                line: row.record.line)
            // A duplicate id is one of the row's problems too: listed or counted with the rest.
            var rowProblems = row.diagnostics
            let loads =
                !row.hasError
                && WorkspaceLoader.claim(risk.id, line: risk.line, in: &seen, file: file, diagnostics: &rowProblems)
            problems.add(rowProblems, to: &diagnostics)
            ids.record(risk.id, line: risk.line, loaded: loads)
            if loads { risks.append(risk) }
        }
        problems.finish(into: &diagnostics, notes: csv.saidOnce)
        return (risks, ids)
    }
}
