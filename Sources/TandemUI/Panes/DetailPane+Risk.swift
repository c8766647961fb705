import TandemCore

/// A risk's detail: its scores, band, appetite, review, both mitigations and the initiatives it
/// threatens.
extension DetailPane {
    static func riskLines(_ item: RiskAssessment, model: ViewModel, width: Int, _ g: Glyphs) -> [Line] {
        let risk = item.risk
        let settings = model.settings
        let ownAppetite = settings.appetiteByCategory[risk.category] != nil
        let appetite = ownAppetite ? "the \(risk.category) appetite" : "appetite"
        var lines: [Line] = [
            field(
                "Band",
                item.isClosed
                    ? [Span("\(g.neutralBullet) CLOSED", .statusNeutral)]
                    : [
                        StatusBadge.band(item.band, g),
                        Span(
                            item.aboveAppetite
                                ? "  above \(appetite): score \(item.residualScore) > \(item.appetite)"
                                : "  within \(appetite): score \(item.residualScore) ≤ \(item.appetite)",
                            item.aboveAppetite ? .statusRed : .muted),
                    ]),
            field("Owner", owner(risk.owner, settings)),
            field("Category", risk.category),
            field("Status", risk.status.rawValue),
            field("Inherent", scored(risk.likelihood, risk.impact, item.inherentScore)),
            field("Residual", residual(item)),
            field("Target", target(item, g)),
        ]
        let reviewed = risk.lastReviewed.map { "last reviewed \($0)" } ?? "never reviewed"
        let overdue = Span(item.reviewOverdue && !item.isClosed ? "  OVERDUE" : "", .statusAmber)
        let due = item.reviewDue.map { "next review due \($0)" }
        // On a narrow screen the due date and its flag take a line of their own: cut at the edge,
        // "OVERDUE" read "OVERD…".
        if let due, Self.labelWidth + reviewed.count + 2 + due.count + overdue.text.count > width {
            lines.append(field("Review", reviewed + ","))
            lines.append(field("", [Span(due), overdue]))
        } else {
            lines.append(field("Review", [Span(reviewed + (due.map { ", " + $0 } ?? "")), overdue]))
        }
        lines += heading("Mitigation")
        lines += paragraph("Technical", risk.technicalMitigation, width: width)
        lines += paragraph("Procedural", risk.proceduralMitigation, width: width)
        lines += paragraph("Description", risk.description, width: width)
        let threatened = model.card.links.initiatives(carrying: risk.id).map { model.card.initiatives[$0] }
        lines += heading("Initiatives it threatens")
        if threatened.isEmpty { lines.append([Span("none linked", .muted)]) }
        for initiative in threatened {
            lines.append([
                StatusBadge.health(initiative, g),
                Span("  \(initiative.initiative.name) (\(initiative.initiative.id))"),
            ])
        }
        return lines
    }

    /// `likelihood 4 × impact 5 = 20`, or the score alone.
    private static func scored(_ likelihood: Int?, _ impact: Int?, _ score: Int) -> String {
        guard let likelihood, let impact else { return "score \(score) (given without likelihood and impact)" }
        return "likelihood \(likelihood) × impact \(impact) = \(score)"
    }

    /// The residual as given, or the inherent score it falls back to.
    private static func residual(_ item: RiskAssessment) -> String {
        let risk = item.risk
        if let likelihood = risk.residualLikelihood, let impact = risk.residualImpact {
            return scored(likelihood, impact, item.residualScore)
        }
        if risk.residualScore != nil { return scored(nil, nil, item.residualScore) }
        let inherent =
            item.scoredOnly ? "score \(item.residualScore)" : scored(risk.likelihood, risk.impact, item.residualScore)
        return inherent + " (no residual given: inherent used)"
    }

    /// Where the owner means to bring the risk, by when, and whether that date has passed with the
    /// risk still above it.
    private static func target(_ item: RiskAssessment, _ g: Glyphs) -> Line {
        let risk = item.risk
        guard let score = item.targetScore else { return [Span("none set", .muted)] }
        let given =
            risk.targetLikelihood != nil && risk.targetImpact != nil
            ? scored(risk.targetLikelihood, risk.targetImpact, score) : "score \(score)"
        let date = risk.targetDate.map { " by \($0)" } ?? ", no date set"
        guard item.targetMissed == true, !item.isClosed else { return [Span(given + date)] }
        return [
            Span(given + date),
            Span("  \(g.warning) MISSED: residual \(item.residualScore) is still above it", .statusAmber),
        ]
    }
}
