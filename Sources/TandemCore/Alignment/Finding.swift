/// The kinds of link (or missing link) between KPIs, risks and initiatives that `SPEC.md` finds.
/// Declared in the order findings are exported: alphabetical by their names.
public enum FindingKind: String, Sendable, CaseIterable, Comparable {
    case lowAdoption = "low_adoption"
    case oneSidedMitigation = "one_sided_mitigation"
    case optimisticReport = "optimistic_report"
    case pairedKPIsDiverge = "paired_kpis_diverge"
    case possibleDuplication = "possible_duplication"
    case unaddressedKPI = "unaddressed_kpi"
    case unanchoredInitiative = "unanchored_initiative"
    case unownedDecision = "unowned_decision"

    /// By name, which is by declaration (a test checks): compared as places, since thousands of
    /// findings are sorted at every load and comparing the names as text was most of it.
    public static func < (lhs: FindingKind, rhs: FindingKind) -> Bool { lhs.place < rhs.place }

    private var place: Int {
        switch self {
        case .lowAdoption: 0
        case .oneSidedMitigation: 1
        case .optimisticReport: 2
        case .pairedKPIsDiverge: 3
        case .possibleDuplication: 4
        case .unaddressedKPI: 5
        case .unanchoredInitiative: 6
        case .unownedDecision: 7
        }
    }

    public var title: String {
        switch self {
        case .lowAdoption: "Low adoption"
        case .oneSidedMitigation: "One-sided mitigation"
        case .optimisticReport: "Optimistic report"
        case .pairedKPIsDiverge: "Paired KPIs diverge"
        case .possibleDuplication: "Possible duplication"
        case .unaddressedKPI: "Unaddressed KPI"
        case .unanchoredInitiative: "Unanchored initiative"
        case .unownedDecision: "Unowned decision"
        }
    }

    /// A short name for narrow places.
    public var shortTitle: String {
        switch self {
        case .lowAdoption: "Low adoption"
        case .oneSidedMitigation: "One-sided"
        case .optimisticReport: "Optimistic"
        case .pairedKPIsDiverge: "Pairs diverge"
        case .possibleDuplication: "Duplication"
        case .unaddressedKPI: "Unaddressed"
        case .unanchoredInitiative: "Unanchored"
        case .unownedDecision: "Unowned"
        }
    }

    /// Why a leadership team should care, in one sentence.
    public var whyItMatters: String {
        switch self {
        case .lowAdoption: "Delivered is not adopted: the benefit case depends on people using it."
        case .oneSidedMitigation:
            "A serious risk mitigated only by technology or only by process stays exposed on the other side."
        case .optimisticReport:
            "The sponsor reports better than the figures show: green outside, red inside, until it is too late."
        case .pairedKPIsDiverge:
            "A system metric and the operational metric it should move disagree: one of the two readings is misleading."
        case .possibleDuplication: "CIO and COO may be funding the same outcome twice."
        case .unaddressedKPI: "A KPI is off target and no active initiative is working on it."
        case .unanchoredInitiative: "Spending with no KPI to show it works."
        case .unownedDecision:
            "The last meeting saw this and nobody took it: without an owner and a date it comes back every time."
        }
    }
}

/// One alignment finding: its kind and the ids it names (sorted), with the reason in words.
public struct Finding: Sendable, Equatable {
    public let kind: FindingKind
    public let ids: [String]
    /// For a possible duplication, the KPI ids and capability tags the initiatives share
    /// (sorted); empty for other kinds.
    public let on: [String]
    /// What ties the ids together, e.g. the KPIs or capabilities two initiatives share.
    public let detail: String
    /// For an unowned decision, the kinds of the findings on these ids that no action answers
    /// (sorted); empty for other kinds.
    public let about: [FindingKind]

    public init(kind: FindingKind, ids: [String], on: [String] = [], detail: String = "", about: [FindingKind] = []) {
        self.kind = kind
        self.ids = ids.sorted()
        self.on = on.sorted()
        self.detail = detail
        self.about = about.sorted()
    }

    /// The ids for one line of text: all of them up to `limit`, then how many more (a grouped
    /// duplication can name thousands).
    public func idList(separator: String = ", ", limit: Int = 6) -> String {
        guard ids.count > limit else { return ids.joined(separator: separator) }
        return ids.prefix(limit - 1).joined(separator: separator) + " and \(ids.count - limit + 1) more"
    }

    /// In the export order: kind first, then ids; equal ones keep their order (the sort is stable).
    /// Their places are sorted and the fields compared where they are: sorting the findings
    /// themselves retained and released their texts at every comparison.
    static func inExportOrder(_ findings: [Finding]) -> [Finding] {
        let order = findings.indices.sorted { a, b in
            findings[a].kind != findings[b].kind
                ? findings[a].kind < findings[b].kind : findings[a].ids.lexicographicallyPrecedes(findings[b].ids)
        }
        return order.map { findings[$0] }
    }
}
