import TandemCore

/// The brief's risks: those above the appetite of their category, past their target date still
/// above the target, or overdue for review, with why each is there.
extension Brief {
    static func risksSection(_ risks: [RiskAssessment], settings: Settings) -> Section {
        let appetite =
            settings.appetiteByCategory.isEmpty ? "appetite (\(settings.appetite))" : "the appetite of its category"
        return cut(
            Section(
                heading: "Risks above appetite, past their target or overdue for review",
                table: Table(
                    headers: ["Owner", "Risk", "Score (of \(settings.maxRiskScore))", "Band", "Why it is here"],
                    rightAligned: [2], rows: risks.map { riskRow($0, settings: settings) }),
                empty: "No open risk is above \(appetite), past its target or overdue for review."))
    }

    private static func riskRow(_ item: RiskAssessment, settings: Settings) -> [String] {
        var why: [String] = []
        if item.aboveAppetite {
            let own = settings.appetiteByCategory[item.risk.category] != nil
            why.append(
                own
                    ? "above the \(item.risk.category) appetite of \(item.appetite)"
                    : "above the appetite limit of \(item.appetite)")
        }
        if item.targetMissed == true, let target = item.targetScore, let due = item.risk.targetDate {
            why.append("target \(target) missed (due \(due))")
        }
        if item.reviewOverdue { why.append(item.reviewDue.map { "review overdue since \($0)" } ?? "never reviewed") }
        return [
            item.risk.owner.label, "\(item.risk.title) (\(item.risk.id))", "\(item.residualScore)",
            item.band.rawValue.capitalizedFirst, why.joined(separator: "; ").capitalizedFirst,
        ]
    }
}
