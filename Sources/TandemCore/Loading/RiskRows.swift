/// Reads `risks.csv`: each of a risk's scores (inherent, residual, target) as likelihood and
/// impact on the manifest's matrix, or as the score alone.
enum RiskRows {
    /// The columns of one score.
    struct ScoreColumns {
        let likelihood: Column
        let impact: Column
        let score: Column
    }

    /// - Parameter plainRows: take the fast path for plain rows (`plainRisk`); tests turn it off
    ///   to prove that both paths read a file alike.
    static func load(
        _ csv: DataFile, settings: Settings, into diagnostics: inout [Diagnostic], plainRows: Bool = true
    ) -> ([Risk], FileIDs) {
        let file = csv.name
        diagnostics += csv.diagnostics
        let columns = Columns(csv)
        let matrix = RiskMatrix(settings)
        let rows = min(csv.records.recordsAbout, 1_000_000)  // a hint: beyond it, the arrays grow
        var kept = Kept(file: file, rows: rows)
        let plain = plainRows && csv.options.words.isEmpty
        // Taking a risk over costs this thread about 0.4 of reading one (its id is recorded here),
        // so the other thread reads more than half, and both finish together.
        let secondShare = 0.62
        csv.forEachRecord(
            secondHalf: {
                var half: [Risk] = []
                half.reserveCapacity(Int(Double(rows) * secondShare) + 1)
                return half
            },
            share: secondShare,
            read: { half, record in
                guard plain, let risk = plainRisk(record, columns, matrix) else { return false }
                half.append(risk)
                return true
            },
            handOver: { kept.takeOver($0) },
            each: { record in
                if plain, let risk = plainRisk(record, columns, matrix) {
                    return kept.keep(risk, problems: [], hasError: false)
                }
                var row = FieldReader(
                    record: record, file: file, sheet: csv.sheet, options: csv.options, saidOnce: csv.saidOnce)
                let risk = carefulRisk(&row, columns, matrix)
                kept.keep(risk, problems: row.diagnostics, hasError: row.hasError)
            })
        kept.problems.finish(into: &kept.diagnostics, notes: csv.saidOnce)
        diagnostics += kept.diagnostics
        return (kept.risks, kept.ids)
    }

    /// The risks read so far, their ids and problems. One value, so that keeping a row checks
    /// exclusive access once, not four times: those checks were a third of taking a half over.
    private struct Kept {
        var risks: [Risk] = []
        var ids: FileIDs
        var problems: RowProblems
        var diagnostics: [Diagnostic] = []

        init(file: String, rows: Int) {
            (ids, problems) = (FileIDs(file: file), RowProblems(file: file))
            risks.reserveCapacity(rows)
            ids.reserveCapacity(rows)
        }

        /// Risks are moved, never copied: a copy of one is ten reference counts and 130 bytes.
        mutating func keep(_ risk: consuming Risk, problems rowProblems: [Diagnostic], hasError: Bool) {
            var rowProblems = rowProblems
            let loads = ids.admit(risk.id, line: risk.line, hasError: hasError, problems: &rowProblems)
            problems.add(rowProblems, to: &diagnostics)
            if loads { risks.append(risk) }
        }

        /// The other thread's plain risks, in the file's order: their ids read in place, then the
        /// risks copied in one pass, which streams through memory where moving them out one at a
        /// time stalled on each.
        mutating func takeOver(_ half: [Risk]) {
            var refused: [Int] = []
            for index in half.indices {
                var rowProblems: [Diagnostic] = []
                if !ids.admit(half[index].id, line: half[index].line, hasError: false, problems: &rowProblems) {
                    refused.append(index)
                }
                problems.add(rowProblems, to: &diagnostics)
            }
            guard !refused.isEmpty else { return risks.append(contentsOf: half) }
            let refusedSet = Set(refused)
            risks.append(contentsOf: half.indices.lazy.filter { !refusedSet.contains($0) }.map { half[$0] })
        }
    }

    /// A row read the careful way: every form of every value, and a diagnostic for each problem.
    private static func carefulRisk(_ row: inout FieldReader, _ columns: Columns, _ matrix: RiskMatrix) -> Risk {
        let id = row.id(columns.id) ?? ""
        let title = row.requiredText(columns.title, expected: "the risk's title") ?? ""
        let category =
            row.requiredText(
                columns.category,
                expected: "a category such as cyber, privacy, compliance, operational, vendor or change")?
            .lowercased() ?? ""
        let owner = row.choice(columns.owner, fallback: Owner?.none) ?? .joint
        let inherentScore = row.riskScore(columns.inherent, matrix, kind: .inherent)
        let residualScore = row.riskScore(columns.residual, matrix, kind: .residual)
        let targetScore = row.riskScore(columns.target, matrix, kind: .target)
        let risk = Risk(
            id: id, title: title, category: category, owner: owner,
            likelihood: inherentScore.likelihood, impact: inherentScore.impact, score: inherentScore.score,
            residualLikelihood: residualScore.likelihood, residualImpact: residualScore.impact,
            residualScore: residualScore.score,
            targetLikelihood: targetScore.likelihood, targetImpact: targetScore.impact,
            targetScore: targetScore.score, targetDate: row.day(columns.targetDate, required: false),
            status: row.choice(columns.status, fallback: RiskStatus.open) ?? .open,
            technicalMitigation: row.text(columns.technical, keepNewlines: true),
            proceduralMitigation: row.text(columns.procedural, keepNewlines: true),
            lastReviewed: row.day(columns.lastReviewed, required: false),
            description: row.text(columns.description, keepNewlines: true),
            line: row.record.line)
        if risk.status == .closed, let goal = targetScore.value,
            let now = residualScore.value ?? inherentScore.value, goal > now
        {
            row.error(
                targetScore.score == nil ? columns.target.likelihood : columns.target.score,
                "the target score \(goal) is above the residual score \(now) of this closed risk; expected a "
                    + "target at or below the residual score")
        }
        return risk
    }
}
