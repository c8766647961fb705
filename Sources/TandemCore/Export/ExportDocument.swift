/// The computed workspace as the JSON of `SPEC.md` § Export, plus a few fields that make it
/// useful on its own (names, owners, units). The fields the spec names keep their meaning.
public enum ExportDocument {
    public static func json(_ card: Scorecard) -> JSONValue {
        .object([
            ("as_of", .string(card.asOf.description)),
            ("organization", .string(card.workspace.settings.organization)),
            ("demo", .bool(card.workspace.origin.isDemo)),
            // A data set the workspace lacks is null, not an empty list: nothing is known about it.
            ("kpis", card.workspace.missing.contains(.kpis) ? .null : .array(card.kpis.map(kpi))),
            ("risks", card.workspace.missing.contains(.risks) ? .null : .array(card.risks.map(risk))),
            (
                "initiatives",
                card.workspace.missing.contains(.initiatives) ? .null : .array(card.initiatives.map(initiative))
            ),
            ("findings", .array(card.findings.map(finding))),
            ("actions", card.actions.map { .array($0.map(action)) } ?? .null),
            ("diagnostics", .array(card.diagnostics.map(diagnostic))),
        ])
    }

    public static func kpi(_ item: KPIAssessment) -> JSONValue {
        .object([
            ("id", .string(item.kpi.id)),
            ("name", .string(item.kpi.name)),
            ("owner", .string(item.kpi.owner.rawValue)),
            ("status", .string(item.status.rawValue)),
            ("latest", .from(item.latest?.value)),
            ("latest_period", .from(item.latest?.period.description)),
            ("previous", .from(item.previous?.value)),
            ("change", .from(item.change)),
            ("change_pct", .from(item.changePercent)),
            ("trend", .from(item.trend?.rawValue)),
            ("achievement", .from(item.achievement)),
            ("target", .number(item.target)),
            ("target_interim", .bool(item.targetIsInterim)),
            ("warn", .number(item.warnLimit)),
            ("change_yoy", .from(item.changeYoY)),
            ("unit", .string(item.kpi.unit)),
        ])
    }

    public static func risk(_ item: RiskAssessment) -> JSONValue {
        .object([
            ("id", .string(item.risk.id)),
            ("title", .string(item.risk.title)),
            ("owner", .string(item.risk.owner.rawValue)),
            ("category", .string(item.risk.category)),
            ("inherent_score", .number(item.inherentScore)),
            ("residual_score", .number(item.residualScore)),
            ("band", .string(item.band.rawValue)),
            ("above_appetite", .bool(item.aboveAppetite)),
            ("review_overdue", .bool(item.reviewOverdue)),
            ("review_due", .from(item.reviewDue?.description)),
            ("status", .string(item.risk.status.rawValue)),
            ("target_score", .from(item.targetScore.map(Double.init))),
            ("target_date", .from(item.risk.targetDate?.description)),
            ("target_missed", item.targetMissed.map(JSONValue.bool) ?? .null),
            ("scored_only", .bool(item.scoredOnly)),
            ("appetite", .number(item.appetite)),
        ])
    }

    public static func initiative(_ item: InitiativeAssessment) -> JSONValue {
        .object([
            ("id", .string(item.initiative.id)),
            ("name", .string(item.initiative.name)),
            ("sponsor", .string(item.initiative.sponsor.rawValue)),
            ("stage", .string(item.initiative.stage.rawValue)),
            ("health", .from(item.health?.rawValue)),
            ("schedule", .from(item.schedule?.rawValue)),
            ("cost", .from(item.cost?.rawValue)),
            ("milestones", .from(item.milestones?.rawValue)),
            ("points_behind", .from(item.pointsBehind)),
            ("forecast_pct", .from(item.forecastPercent)),
            ("rating", .from(item.initiative.rating?.rawValue)),
            ("scheduled", .bool(item.initiative.isScheduled)),
            ("progress", .from(item.initiative.progress)),
            ("planned_progress", .from(item.plannedProgress)),
            ("start", .from(item.initiative.start?.description)),
            ("due", .from(item.initiative.due?.description)),
            ("missed_milestones", .array(item.missedMilestones.map { .string($0.name) })),
            ("kpis", .array(item.initiative.kpis.map(JSONValue.string))),
        ])
    }

    public static func action(_ item: ActionAssessment) -> JSONValue {
        let action = item.action
        return .object([
            ("id", .string(action.id)),
            ("title", .string(action.title)),
            ("owner", .string(action.owner.rawValue)),
            ("assignee", .string(action.assignee)),
            ("status", .string(action.status.rawValue)),
            ("due", .from(action.due?.description)),
            ("done", .from(action.done?.description)),
            ("raised", .from(action.raised?.description)),
            ("overdue", .bool(item.isOverdue)),
            ("due_soon", .bool(item.isDueSoon)),
            ("links", .array(action.links.map(JSONValue.string))),
        ])
    }

    /// `on` (what the initiatives share) only for possible_duplication, as SPEC.md § Export says;
    /// `about` (the kinds of finding nobody took) only for unowned_decision.
    public static func finding(_ finding: Finding) -> JSONValue {
        .object(
            [("kind", .string(finding.kind.rawValue)), ("ids", .array(finding.ids.map(JSONValue.string)))]
                + (finding.kind == .possibleDuplication ? [("on", .array(finding.on.map(JSONValue.string)))] : [])
                + (finding.kind == .unownedDecision
                    ? [("about", .array(finding.about.map { .string($0.rawValue) }))] : [])
                + [("detail", .string(finding.detail))])
    }

    public static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("severity", .string(diagnostic.severity.rawValue)),
            ("file", .string(diagnostic.file)),
            ("sheet", .from(diagnostic.sheet)),
            ("line", diagnostic.line.map { .number($0) } ?? .null),
            ("column", .from(diagnostic.column)),
            ("message", .string(diagnostic.message)),
        ])
    }
}
