/// The data sets a workspace holds, each read from its CSV file. `columns` lists every column Tandem
/// reads, in the order `tandem init` writes them, so generators and test fixtures build their
/// headers from the engine instead of copying them.
public enum DataSet: String, CaseIterable, Sendable {
    case kpis, measurements, risks, initiatives, milestones, actions

    public var fileName: String { rawValue + ".csv" }

    public var columns: [String] {
        switch self {
        case .kpis:
            [
                "id", "name", "owner", "direction", "target", "warn", "baseline", "unit", "domain", "frequency", "pair",
                "description",
            ]
        case .measurements: ["kpi", "period", "value", "target", "warn", "note"]
        case .risks:
            [
                "id", "title", "category", "owner", "likelihood", "impact", "residual_likelihood", "residual_impact",
                "status", "technical_mitigation", "procedural_mitigation", "last_reviewed", "description",
                // Added later, so last: fixtures and files written before them keep their positions.
                "score", "residual_score", "target_likelihood", "target_impact", "target_score", "target_date",
            ]
        case .initiatives:
            [
                "id", "name", "sponsor", "lead", "stage", "start", "due", "progress", "rating", "budget", "spent",
                "forecast", "adoption", "kpis", "risks", "depends_on", "capabilities", "description",
            ]
        case .milestones: ["initiative", "name", "due", "done", "key"]
        case .actions: ["id", "title", "owner", "assignee", "due", "status", "done", "raised", "links", "note"]
        }
    }

    /// The columns a file cannot be read without; the others may be left out.
    public var requiredColumns: [String] {
        switch self {
        case .kpis: ["id", "name", "owner", "direction", "target"]
        case .measurements: ["kpi", "period"]
        // Likelihood and impact, or a score: which one a row has is checked row by row.
        case .risks: ["id", "title", "category", "owner"]
        case .initiatives: ["id", "name", "sponsor"]
        case .milestones: ["initiative", "name", "due"]
        case .actions: ["id", "title", "owner"]
        }
    }

    /// The header line: every column, comma-separated.
    public var header: String { columns.joined(separator: ",") }
}
