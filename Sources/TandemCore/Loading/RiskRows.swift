/// Reads `risks.csv`: each of a risk's scores (inherent, residual, target) as likelihood and
/// impact on the manifest's matrix, or as the score alone.
enum RiskRows {
    /// The columns of one score.
    struct ScoreColumns {
        let likelihood: Column
        let impact: Column
        let score: Column
    }

    static func load(
        _ csv: DataFile, settings: Settings, into diagnostics: inout [Diagnostic]
    ) -> ([Risk], FileIDs) {
        let file = csv.name
        diagnostics += csv.diagnostics
        var problems = RowProblems(file: file)
        let id = csv.column("id")
        let title = csv.column("title")
        let category = csv.column("category")
        let owner = csv.column("owner")
        let inherent = ScoreColumns(
            likelihood: csv.column("likelihood"), impact: csv.column("impact"), score: csv.column("score"))
        let residual = ScoreColumns(
            likelihood: csv.column("residual_likelihood"), impact: csv.column("residual_impact"),
            score: csv.column("residual_score"))
        let target = ScoreColumns(
            likelihood: csv.column("target_likelihood"), impact: csv.column("target_impact"),
            score: csv.column("target_score"))
        let targetDate = csv.column("target_date")
        let status = csv.column("status")
        let technical = csv.column("technical_mitigation")
        let procedural = csv.column("procedural_mitigation")
        let lastReviewed = csv.column("last_reviewed")
        let description = csv.column("description")
        let matrix = RiskMatrix(settings)

        var risks: [Risk] = []
        var seen: [String: Int] = [:]
        var ids = FileIDs(file: file)
        csv.forEachRow { row in
            let id = row.id(id) ?? ""
            let title = row.requiredText(title, expected: "the risk's title") ?? ""
            let category =
                row.requiredText(
                    category, expected: "a category such as cyber, privacy, compliance, operational, vendor or change")?
                .lowercased() ?? ""
            let owner = row.choice(owner, fallback: Owner?.none) ?? .joint
            let inherentScore = row.riskScore(inherent, matrix, kind: .inherent)
            let residualScore = row.riskScore(residual, matrix, kind: .residual)
            let targetScore = row.riskScore(target, matrix, kind: .target)
            let risk = Risk(
                id: id, title: title, category: category, owner: owner,
                likelihood: inherentScore.likelihood, impact: inherentScore.impact, score: inherentScore.score,
                residualLikelihood: residualScore.likelihood, residualImpact: residualScore.impact,
                residualScore: residualScore.score,
                targetLikelihood: targetScore.likelihood, targetImpact: targetScore.impact,
                targetScore: targetScore.score, targetDate: row.day(targetDate, required: false),
                status: row.choice(status, fallback: RiskStatus.open) ?? .open,
                technicalMitigation: row.text(technical, keepNewlines: true),
                proceduralMitigation: row.text(procedural, keepNewlines: true),
                lastReviewed: row.day(lastReviewed, required: false),
                description: row.text(description, keepNewlines: true),
                line: row.record.line)
            if risk.status == .closed, let goal = targetScore.value,
                let now = residualScore.value ?? inherentScore.value, goal > now
            {
                row.error(
                    targetScore.score == nil ? target.likelihood : target.score,
                    "the target score \(goal) is above the residual score \(now) of this closed risk; expected a "
                        + "target at or below the residual score")
            }
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
