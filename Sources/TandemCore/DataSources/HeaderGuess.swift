/// Which Tandem column a header people wrote most likely means, for `tandem inspect`'s first
/// guess: `Risk Ref` is an id, `Inherent Likelihood` the likelihood, `Whole Life Cost (£m)` the
/// budget. Only a guess, written into the `[sources]` block the user checks and pastes; loading
/// reads only what that block says.
enum HeaderGuess {
    /// Words people use for each column, as `WordForms.normalized` writes them; the column's own
    /// name counts too.
    static let synonyms: [String: [String]] = [
        "id": ["ref", "reference", "risk ref", "risk id", "risk reference", "kpi id", "project id", "code", "gmpp id"],
        "name": ["project name", "project", "programme", "kpi", "kpi name", "indicator", "measure", "title"],
        "title": ["risk title", "risk", "risk name", "risk description", "action", "description"],
        "category": ["risk category", "area", "type", "theme"],
        "owner": ["risk owner", "responsible", "accountable", "lead director"],
        "sponsor": ["department", "directorate", "sro", "senior responsible owner"],
        "lead": ["project lead", "manager", "project manager"],
        "likelihood": ["inherent likelihood", "gross likelihood", "probability", "inherent probability"],
        "impact": ["inherent impact", "gross impact", "consequence", "severity"],
        "residual_likelihood": ["current likelihood", "net likelihood", "residual probability"],
        "residual_impact": ["current impact", "net impact", "residual consequence"],
        "technical_mitigation": ["controls", "controls in place", "existing controls", "mitigation"],
        "procedural_mitigation": ["further actions", "planned actions", "actions"],
        "last_reviewed": ["last review", "review date", "date reviewed", "reviewed"],
        "start": ["start date", "schedule start date"],
        "due": ["due date", "end date", "finish date", "schedule end date", "deadline"],
        "progress": ["% complete", "percent complete", "complete"],
        "budget": ["whole life cost", "total budget", "approved budget", "wlc"],
        "spent": ["actual spend", "spend to date", "actuals"],
        "forecast": ["forecast outturn", "forecast cost", "outturn"],
        "direction": ["better", "polarity", "good is"],
        "unit": ["units", "measure unit"],
        "kpi": ["kpi id", "measure", "indicator"],
        "period": ["month", "date", "quarter"],
        "value": ["actual", "result", "score"],
        "assignee": ["action owner", "assigned to"],
        "rating": [
            "rag", "rag status", "status rag", "delivery confidence", "delivery confidence assessment",
            "ipa delivery confidence assessment", "dca", "reported status",
        ],
    ]

    /// Tandem column → the 0-based header it most likely is, for the data set's columns: a
    /// header that is the column's name or a word for it wins over one that only contains it.
    static func columns(for set: DataSet, headers: [String]) -> [String: Int] {
        // Columns far to the right are not a table's; a row of thousands stays cheap.
        let keys = headers.prefix(256).map(CSVHeader.key)
        let padded = keys.map(Self.padded)
        var found: [String: Int] = [:]
        var taken = Set<Int>()
        for exact in [true, false] {
            for column in set.columns where found[column] == nil {
                let words = [WordForms.normalized(column)] + (synonyms[column] ?? [])
                let match = keys.indices.first { index in
                    !taken.contains(index) && !keys[index].isEmpty
                        && words.contains { exact ? keys[index] == $0 : contains(padded[index], word: $0) }
                }
                if let match {
                    found[column] = match
                    taken.insert(match)
                }
            }
        }
        return found
    }

    /// The key with everything but letters, digits and `%` as spaces, and a space at each end.
    private static func padded(_ key: String) -> String {
        " " + String(key.map { $0.isLetter || $0.isNumber || $0 == "%" ? $0 : " " }) + " "
    }

    /// A padded header holds `word` as whole words: "schedule end date (latest approved)" holds
    /// "end date".
    private static func contains(_ padded: String, word: String) -> Bool {
        word.count >= 4 && padded.contains(" \(word) ")
    }
}
