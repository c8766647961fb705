import TandemCore

/// A finding's detail: what it says, the items it names and what to decide.
extension DetailPane {
    static func findingLines(_ finding: Finding, model: ViewModel, width: Int, _ g: Glyphs) -> [Line] {
        var lines: [Line] = paragraph("What", finding.detail, width: width)
        lines += paragraph("Why it matters", finding.kind.whyItMatters, width: width)
        if !finding.on.isEmpty {
            lines += heading("Shared")
            for id in finding.on {
                // A KPI by its status and name; anything else is a capability tag.
                if let kpi = model.kpi(id) {
                    lines.append([StatusBadge.kpi(kpi.status, g).padded(12), Span("KPI  \(kpi.kpi.name) (\(id))")])
                } else {
                    lines.append([Span(String(repeating: " ", count: 12)), Span("Capability  \(id)")])
                }
            }
        }
        lines += heading("Items")
        for id in finding.ids {
            if let kpi = model.kpi(id) {
                lines.append([
                    StatusBadge.kpi(kpi.status, g).padded(12),
                    Span("KPI  \(kpi.kpi.name) (\(id)), \(kpi.kpi.owner.label)"),
                ])
            } else if let risk = model.risk(id) {
                lines.append([
                    StatusBadge.band(risk.band, g).padded(12),
                    Span("Risk  \(risk.risk.title) (\(id)), \(risk.risk.owner.label)"),
                ])
            } else if let initiative = model.initiative(id) {
                lines.append([
                    StatusBadge.health(initiative, g).padded(12),
                    Span("Initiative  \(initiative.initiative.name) (\(id)), \(initiative.initiative.sponsor.label)"),
                ])
            }
        }
        return lines
    }
}
