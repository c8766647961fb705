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
        // Room for a risk per line, up to a bound: beyond it, the rest are appended as usual.
        let capacity = max(1, min(csv.records.recordsAbout, 1_000_000))
        let plain = plainRows && csv.options.words.isEmpty
        var kept = Kept(file: file, rows: capacity)
        var risks = [Risk](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            let slots = RiskSlots(buffer.baseAddress!, from: 0, to: capacity)
            csv.forEachRecord(
                twoCores: plain,  // only plain rows are read in pieces: otherwise each would stop at the first
                // From the first slot no record before the line can reach.
                part: { line in RiskSlots(buffer.baseAddress!, from: line - csv.header.line - 1, to: capacity) },
                // The threads' heaps grew a page at a time by 13 MB for the 10 MB of 100,000 generated risks;
                // twice the bytes leaves room for shorter texts, which take more (16 bytes of text take 64).
                heapPerByte: 2,
                read: { part, record in
                    guard part.hasRoom, let risk = plainRisk(record, columns, matrix) else { return false }
                    part.append(risk)
                    return true
                },
                handOver: { kept.takeOver($0, into: slots) },
                drop: { $0.letGo() },  // its risks, before this thread writes over their slots
                each: { record in
                    if plain, let risk = plainRisk(record, columns, matrix) {
                        return kept.keep(risk, into: slots, problems: [], hasError: false)
                    }
                    var row = FieldReader(
                        record: record, file: file, sheet: csv.sheet, options: csv.options, saidOnce: csv.saidOnce)
                    let risk = carefulRisk(&row, columns, matrix)
                    kept.keep(risk, into: slots, problems: row.diagnostics, hasError: row.hasError)
                })
            initialized = slots.release()
        }
        risks += kept.beyondCapacity
        kept.problems.finish(into: &kept.diagnostics, notes: csv.saidOnce)
        diagnostics += kept.diagnostics
        return (risks, kept.ids)
    }

    /// The ids of the risks read so far and their problems. One value, so that keeping a row
    /// checks exclusive access once, not three times.
    private struct Kept {
        var ids: FileIDs
        var problems: RowProblems
        var diagnostics: [Diagnostic] = []
        /// Risks past the slots (a file of over a million lines): kept in order after them.
        var beyondCapacity: [Risk] = []

        init(file: String, rows: Int) {
            (ids, problems) = (FileIDs(file: file), RowProblems(file: file))
            ids.reserveCapacity(rows)
        }

        mutating func keep(
            _ risk: consuming Risk, into slots: RiskSlots, problems rowProblems: [Diagnostic], hasError: Bool
        ) {
            var rowProblems = rowProblems
            let loads = ids.admit(risk.id, line: risk.line, hasError: hasError, problems: &rowProblems)
            problems.add(rowProblems, to: &diagnostics)
            guard loads else { return }
            if beyondCapacity.isEmpty, slots.hasRoom { slots.append(risk) } else { beyondCapacity.append(risk) }
        }

        /// A piece's plain risks, read apart, in the file's order: their ids recorded, then the
        /// risks moved to follow those kept.
        mutating func takeOver(_ part: RiskSlots, into slots: RiskSlots) {
            var refused = Set<Int>()
            for index in 0..<part.count {
                var rowProblems: [Diagnostic] = []
                if !ids.admit(part.id(at: index), line: part.line(at: index), hasError: false, problems: &rowProblems) {
                    refused.insert(index)
                }
                problems.add(rowProblems, to: &diagnostics)
            }
            slots.takeOver(part, except: refused)
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
