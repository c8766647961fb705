import TandemCore

/// A risk's detail: its scores, band, appetite, review, both mitigations and the initiatives it
/// threatens.
extension DetailPane {
    static func riskLines(_ item: RiskAssessment, model: ViewModel, width: Int, _ g: Glyphs) -> [Line] {
        let risk = item.risk
        let settings = model.settings
        var lines: [Line] = [
            field(
                "Band",
                item.isClosed
                    ? [Span("\(g.neutralBullet) CLOSED", .statusNeutral)]
                    : [
                        StatusBadge.band(item.band, g),
                        Span(
                            item.aboveAppetite
                                ? "  above appetite: score \(item.residualScore) > \(settings.appetite)"
                                : "  within appetite: score \(item.residualScore) ≤ \(settings.appetite)",
                            item.aboveAppetite ? .statusRed : .muted),
                    ]),
            field("Owner", owner(risk.owner, settings)),
            field("Category", risk.category),
            field("Status", risk.status.rawValue),
            field("Inherent", "likelihood \(risk.likelihood) × impact \(risk.impact) = \(item.inherentScore)"),
            field(
                "Residual",
                "likelihood \(item.residualLikelihood) × impact \(item.residualImpact) = \(item.residualScore)"
                    + (risk.residualLikelihood == nil || risk.residualImpact == nil
                        ? " (no residual given: inherent used)" : "")),
        ]
        let reviewed = risk.lastReviewed.map { "last reviewed \($0)" } ?? "never reviewed"
        let due = item.reviewDue.map { ", next review due \($0)" } ?? ""
        lines.append(
            field(
                "Review",
                [Span(reviewed + due), Span(item.reviewOverdue && !item.isClosed ? "  OVERDUE" : "", .statusAmber)]))
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
}
