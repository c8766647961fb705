/// One score of a risk as a row gives it: likelihood and impact, or the score alone.
struct RiskScoreFields {
    var likelihood: Int?
    var impact: Int?
    var score: Int?

    /// Likelihood × impact when both are given, else the score.
    var value: Int? {
        if let likelihood, let impact { return likelihood * impact }
        return score
    }
}

/// The size of the register's matrix, as read into every row: a few integers, where passing the
/// whole `Settings` copied it (and retained each of its strings) three times per row.
struct RiskMatrix {
    let likelihoodLevels: Int
    let impactLevels: Int
    var maxScore: Int { likelihoodLevels * impactLevels }

    init(_ settings: Settings) {
        (likelihoodLevels, impactLevels) = (settings.likelihoodLevels, settings.impactLevels)
    }
}

/// Which of a risk's three scores a row's fields give; only the inherent one is required.
enum RiskScoreKind {
    case inherent, residual, target
}

extension FieldReader {
    /// Likelihood and impact (each 1 to its levels) and the score (1 to likelihood levels × impact
    /// levels) of one of the risk's scores. The inherent score needs the pair or the score; a
    /// residual with half a pair falls back to the inherent one, as it always has; a target with
    /// half a pair is no target, and says so.
    mutating func riskScore(_ columns: RiskRows.ScoreColumns, _ matrix: RiskMatrix, kind: RiskScoreKind)
        -> RiskScoreFields
    {
        let errors = diagnostics.count { $0.severity == .error }
        let fields = RiskScoreFields(
            likelihood: integer(columns.likelihood, required: false, range: 1...matrix.likelihoodLevels),
            impact: integer(columns.impact, required: false, range: 1...matrix.impactLevels),
            score: integer(
                columns.score, required: false, range: 1...matrix.maxScore,
                note: " (\(matrix.likelihoodLevels) likelihood levels × \(matrix.impactLevels) impact levels)"))
        // A value that is wrong has said so already; what is missing is judged from what was read
        // (a withheld "see note" reads as empty).
        guard diagnostics.count(where: { $0.severity == .error }) == errors else { return fields }
        let (likelihood, impact, score) = (columns.likelihood, columns.impact, columns.score)
        let pair = (fields.likelihood == nil ? 0 : 1) + (fields.impact == nil ? 0 : 1)
        if kind == .inherent, pair == 0, fields.score == nil {
            error(
                likelihood,
                "is empty, and so are impact and score; expected likelihood and impact (integers from 1 to "
                    + "\(matrix.likelihoodLevels) and 1 to \(matrix.impactLevels)), or a score from 1 to "
                    + "\(matrix.maxScore)")
        } else if pair == 1, fields.score == nil {
            let (missing, other) = fields.likelihood == nil ? (likelihood, impact) : (impact, likelihood)
            switch kind {
            case .inherent:
                error(missing, "is empty; expected it with \(other.name), or a score instead of both")
            case .target:
                warning(
                    missing,
                    "is empty; expected it with \(other.name), or target_score instead of both; the risk has no target")
            case .residual:
                break  // the inherent score stands, as it always has
            }
        } else if let product = RiskScoreFields(likelihood: fields.likelihood, impact: fields.impact).value,
            let given = fields.score, given != product
        {
            warning(
                score,
                "\(given) differs from \(likelihood.name) \(fields.likelihood ?? 0) × \(impact.name) "
                    + "\(fields.impact ?? 0) = \(product); expected one or the other: the likelihood and impact "
                    + "are used")
        }
        return fields
    }
}
