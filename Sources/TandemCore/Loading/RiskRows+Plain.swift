/// The fast path of `risks.csv`: a row written the plain way becomes a `Risk` with no field
/// reader, no diagnostics machinery and no word matching. Anything it is not sure of (a problem to
/// report, a warning to give, a word to look up) is left to the careful path, by returning nil.
extension RiskRows {
    /// The columns of `risks.csv`, found once per file.
    struct Columns {
        let id, title, category, owner: Column
        let inherent, residual, target: ScoreColumns
        let targetDate, status, technical, procedural, lastReviewed, description: Column
        let owners = OwnWords<Owner>()
        let statuses = OwnWords<RiskStatus>()

        init(_ csv: DataFile) {
            (id, title, category, owner) = (
                csv.column("id"), csv.column("title"), csv.column("category"), csv.column("owner")
            )
            inherent = ScoreColumns(
                likelihood: csv.column("likelihood"), impact: csv.column("impact"), score: csv.column("score"))
            residual = ScoreColumns(
                likelihood: csv.column("residual_likelihood"), impact: csv.column("residual_impact"),
                score: csv.column("residual_score"))
            target = ScoreColumns(
                likelihood: csv.column("target_likelihood"), impact: csv.column("target_impact"),
                score: csv.column("target_score"))
            (targetDate, status, lastReviewed) = (
                csv.column("target_date"), csv.column("status"), csv.column("last_reviewed")
            )
            (technical, procedural, description) = (
                csv.column("technical_mitigation"), csv.column("procedural_mitigation"), csv.column("description")
            )
        }
    }

    /// The risk of a plain row, or nil for the careful path. Only for a file without words of its
    /// own (`[sources.risks.values]`), where Tandem's words are the only ones.
    static func plainRisk(_ record: CSVRecord, _ columns: Columns, _ matrix: RiskMatrix) -> Risk? {
        guard record.problem == nil, !record.isCut else { return nil }
        let fields = PlainFields(record: record)
        guard !fields.contains(columns.id, UInt8(ascii: ";")), let id = fields.requiredText(columns.id),
            let title = fields.requiredText(columns.title), let category = fields.requiredText(columns.category),
            case .some(.some(let owner)) = fields.choice(columns.owner, among: columns.owners),
            case .some(let status) = fields.choice(columns.status, among: columns.statuses),
            let inherent = plainScore(fields, columns.inherent, matrix, kind: .inherent),
            let residual = plainScore(fields, columns.residual, matrix, kind: .residual),
            let target = plainScore(fields, columns.target, matrix, kind: .target),
            case .some(let targetDate) = fields.day(columns.targetDate),
            case .some(let lastReviewed) = fields.day(columns.lastReviewed),
            let technical = fields.text(columns.technical, keepNewlines: true),
            let procedural = fields.text(columns.procedural, keepNewlines: true),
            let description = fields.text(columns.description, keepNewlines: true)
        else { return nil }
        // A closed risk whose target is above where it stands is an error: the careful path says so.
        if status == .closed, let goal = target.value, let now = residual.value ?? inherent.value, goal > now {
            return nil
        }
        let lowercasedCategory = fields.hasCapital(columns.category) ? category.lowercased() : category
        return Risk(
            id: id, title: title, category: lowercasedCategory, owner: owner,
            likelihood: inherent.likelihood, impact: inherent.impact, score: inherent.score,
            residualLikelihood: residual.likelihood, residualImpact: residual.impact, residualScore: residual.score,
            targetLikelihood: target.likelihood, targetImpact: target.impact, targetScore: target.score,
            targetDate: targetDate, status: status ?? .open, technicalMitigation: technical,
            proceduralMitigation: procedural, lastReviewed: lastReviewed, description: description,
            line: record.line)
    }

    /// One score as the careful path reads it when that says nothing: a whole pair, or the score
    /// alone, or (for a residual or target) nothing; a pair with a score only when they agree.
    private static func plainScore(
        _ fields: PlainFields, _ columns: ScoreColumns, _ matrix: RiskMatrix, kind: RiskScoreKind
    ) -> RiskScoreFields? {
        guard case .some(let likelihood) = fields.integer(columns.likelihood, in: 1...matrix.likelihoodLevels),
            case .some(let impact) = fields.integer(columns.impact, in: 1...matrix.impactLevels),
            case .some(let score) = fields.integer(columns.score, in: 1...matrix.maxScore)
        else { return nil }
        switch (likelihood, impact, score) {
        case (.some(let l), .some(let i), let given): guard given == nil || given == l * i else { return nil }
        case (nil, nil, .some): break
        case (nil, nil, nil): guard kind != .inherent else { return nil }
        default: return nil  // half a pair: an error, a warning or a fallback the careful path explains
        }
        return RiskScoreFields(likelihood: likelihood, impact: impact, score: score)
    }
}
