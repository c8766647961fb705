@testable import TandemCore

/// Settings with the defaults of SPEC.md.
let defaults = Settings(organization: "Test")

/// A KPI with the history given as (period end, value).
func makeKPI(
    id: String = "K", _ direction: Direction = .higher, target: Double, warn: Double? = nil,
    baseline: Double? = nil, frequency: Frequency = .monthly, pair: String? = nil,
    history: [(String, Double?)] = []
) -> KPI {
    KPI(
        id: id, name: "KPI \(id)", owner: .cio, direction: direction, target: target, warn: warn,
        baseline: baseline, frequency: frequency, pair: pair,
        history: history.map { Observation(period: day($0.0), value: $0.1) })
}

/// The KPI assessed with the given settings as of `date`.
func assess(_ kpi: KPI, settings: Settings = defaults, on date: Day = asOf) -> KPIAssessment {
    KPIAssessment(kpi, settings: settings, asOf: date)
}

func makeRisk(
    id: String = "R", likelihood: Int, impact: Int, residual: (Int?, Int?) = (nil, nil),
    status: RiskStatus = .open, technical: String = "tech", procedural: String = "proc",
    lastReviewed: String? = "2026-11-01"
) -> Risk {
    Risk(
        id: id, title: "Risk \(id)", category: "cyber", owner: .cio, likelihood: likelihood,
        impact: impact, residualLikelihood: residual.0, residualImpact: residual.1, status: status,
        technicalMitigation: technical, proceduralMitigation: procedural,
        lastReviewed: lastReviewed.map { day($0) })
}

func makeInitiative(
    id: String = "I", sponsor: Owner = .cio, stage: Stage = .active,
    start: String? = "2026-01-01", due: String? = "2026-12-31", progress: Double? = 50, rating: Rating? = nil,
    budget: Double? = nil, spent: Double? = nil, forecast: Double? = nil,
    adoption: Double? = nil, kpis: [String] = ["K"], capabilities: [String] = [],
    milestones: [Milestone] = []
) -> Initiative {
    Initiative(
        id: id, name: "Initiative \(id)", sponsor: sponsor, stage: stage, start: start.map(day),
        due: due.map(day), progress: progress, rating: rating, budget: budget, spent: spent, forecast: forecast,
        adoption: adoption, kpis: kpis, capabilities: capabilities, milestones: milestones)
}

/// Everything computed for a workspace built in code.
func scorecard(
    kpis: [KPI] = [], risks: [Risk] = [], initiatives: [Initiative] = [],
    settings: Settings = defaults, on date: Day = asOf
) -> Scorecard {
    let workspace = Workspace(settings: settings, kpis: kpis, risks: risks, initiatives: initiatives)
    return Scorecard(LoadedWorkspace(workspace: workspace, diagnostics: []), asOf: date)
}
