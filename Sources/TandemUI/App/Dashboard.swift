import TandemCore

/// An item any pane can show and open: found by kind and id, so it survives a reload.
public enum ItemKey: Hashable, Sendable {
    case kpi(String)
    case risk(String)
    case initiative(String)
    case finding(String)

    var area: ChangeArea {
        switch self {
        case .kpi: .kpi
        case .risk: .risk
        case .initiative: .initiative
        case .finding: .finding
        }
    }

    var id: String {
        switch self {
        case .kpi(let id), .risk(let id), .initiative(let id), .finding(let id): id
        }
    }

    init(_ area: ChangeArea, _ id: String) {
        switch area {
        case .kpi: self = .kpi(id)
        case .risk: self = .risk(id)
        case .initiative: self = .initiative(id)
        case .finding: self = .finding(id)
        }
    }
}

/// The computed workspace prepared for the views: items by id, search text and owners, computed
/// once per load so that key presses only filter and sort.
public struct Dashboard: Sendable {
    public let card: Scorecard
    /// What changed since the baseline, when there is one to compare with.
    public let changes: Changes?
    let kpiIndex: [String: Int]
    let riskIndex: [String: Int]
    let initiativeIndex: [String: Int]
    /// The owners of the items each finding names.
    let findingOwners: [Set<Owner>]
    let cache = ViewCache()

    public init(_ card: Scorecard, changes: Changes? = nil) {
        self.card = card
        self.changes = changes
        kpiIndex = Dictionary(card.kpis.enumerated().map { ($1.kpi.id, $0) }, uniquingKeysWith: { a, _ in a })
        riskIndex = Dictionary(card.risks.enumerated().map { ($1.risk.id, $0) }, uniquingKeysWith: { a, _ in a })
        initiativeIndex = Dictionary(
            card.initiatives.enumerated().map { ($1.initiative.id, $0) }, uniquingKeysWith: { a, _ in a })
        let (k, r, i) = (kpiIndex, riskIndex, initiativeIndex)
        findingOwners = card.findings.map { finding in
            Set(
                finding.ids.compactMap { id in
                    k[id].map { card.kpis[$0].kpi.owner } ?? r[id].map { card.risks[$0].risk.owner }
                        ?? i[id].map { card.initiatives[$0].initiative.sponsor }
                })
        }
    }

    public var settings: Settings { card.workspace.settings }

    /// What the filter searches, per item: lowercased UTF-8, searched as bytes (a String search
    /// per item per key press was the slowest part of typing a filter on large data). Made on
    /// the first filter, not at start-up, where nobody has typed anything yet.
    struct SearchTexts {
        let kpis, risks, initiatives, findings: [[UInt8]]
    }

    var searchTexts: SearchTexts {
        cache.value(.init(lens: .all, filter: "", changedOnly: false, what: "search texts")) {
            func searchable(_ fields: [String]) -> [UInt8] {
                Array(fields.joined(separator: "\u{1}").lowercased().utf8)
            }
            return SearchTexts(
                kpis: card.kpis.map {
                    searchable([
                        $0.kpi.id, $0.kpi.name, $0.kpi.owner.label, $0.kpi.domain, $0.status.rawValue, $0.kpi.unit,
                    ])
                },
                risks: card.risks.map {
                    searchable([
                        $0.risk.id, $0.risk.title, $0.risk.owner.label, $0.risk.category, $0.band.rawValue,
                        $0.risk.status.rawValue,
                    ])
                },
                initiatives: card.initiatives.map {
                    searchable([
                        $0.initiative.id, $0.initiative.name, $0.initiative.sponsor.label, $0.initiative.lead,
                        $0.initiative.stage.rawValue, $0.health?.rawValue ?? "",
                    ])
                },
                findings: card.findings.map { searchable([$0.kind.title, $0.detail] + $0.ids + $0.on) })
        }
    }

    public func kpi(_ id: String) -> KPIAssessment? { kpiIndex[id].map { card.kpis[$0] } }
    public func risk(_ id: String) -> RiskAssessment? { riskIndex[id].map { card.risks[$0] } }
    public func initiative(_ id: String) -> InitiativeAssessment? { initiativeIndex[id].map { card.initiatives[$0] } }

    /// The finding's key: its kind and ids.
    public static func key(of finding: Finding) -> String { Changes.findingID(kind: finding.kind, ids: finding.ids) }

    public func finding(_ key: String) -> Finding? { card.findings.first { Self.key(of: $0) == key } }

    /// What the lens, the filter and "only what changed" let through.
    public func filtered(lens: OwnerLens, filter: String, changedOnly: Bool = false) -> FilteredView {
        let changedOnly = changedOnly && changes != nil
        // Only the item lists are cached: a cached FilteredView holds this Dashboard, which holds
        // the cache, and that cycle kept every workspace ever loaded alive after a reload.
        let items = cache.value(.init(lens: lens, filter: filter, changedOnly: changedOnly, what: "filtered")) {
            FilteredView.Items(self, lens: lens, filter: filter, changedOnly: changedOnly)
        }
        return FilteredView(dashboard: self, lens: lens, filter: filter, changedOnly: changedOnly, items: items)
    }

    /// What the state's lens, filter and "only what changed" let through.
    public func filtered(_ state: AppState) -> FilteredView {
        filtered(lens: state.lens, filter: state.filter, changedOnly: state.changedOnly)
    }

    /// The change of an item since the baseline, if it changed.
    public func change(_ key: ItemKey) -> ItemChange? { changes?.change(key.area, key.id) }
}

/// The items that pass the owner lens, the filter text and "only what changed", in file order.
public struct FilteredView: Sendable {
    public let dashboard: Dashboard
    public let lens: OwnerLens
    public let filter: String
    /// Only items that changed since the baseline (never set without one).
    public let changedOnly: Bool
    public let kpis: [Int]
    public let risks: [Int]
    public let initiatives: [Int]
    public let findings: [Int]

    init(dashboard: Dashboard, lens: OwnerLens, filter: String, changedOnly: Bool, items: Items) {
        self.dashboard = dashboard
        self.lens = lens
        self.filter = filter
        self.changedOnly = changedOnly
        (kpis, risks, initiatives, findings) = (items.kpis, items.risks, items.initiatives, items.findings)
    }

    /// The indices of the items that pass, per kind.
    struct Items {
        let kpis, risks, initiatives, findings: [Int]

        init(_ d: Dashboard, lens: OwnerLens, filter: String, changedOnly: Bool) {
            let needle = Array(filter.lowercased().utf8)
            let texts = needle.isEmpty ? nil : d.searchTexts
            let changes = changedOnly ? d.changes : nil
            func passes(
                _ owner: Owner, _ search: [[UInt8]]?, _ index: Int, _ area: ChangeArea, _ id: @autoclosure () -> String
            ) -> Bool {
                lens.includes(owner) && (search.map { FilteredView.contains($0[index], needle) } ?? true)
                    && (changes.map { $0.change(area, id()) != nil } ?? true)
            }
            let card = d.card
            kpis = card.kpis.indices.filter {
                passes(card.kpis[$0].kpi.owner, texts?.kpis, $0, .kpi, card.kpis[$0].kpi.id)
            }
            risks = card.risks.indices.filter {
                passes(card.risks[$0].risk.owner, texts?.risks, $0, .risk, card.risks[$0].risk.id)
            }
            initiatives = card.initiatives.indices.filter {
                passes(
                    card.initiatives[$0].initiative.sponsor, texts?.initiatives, $0, .initiative,
                    card.initiatives[$0].initiative.id)
            }
            findings = card.findings.indices.filter { index in
                d.findingOwners[index].contains(where: lens.includes)
                    && (texts.map { FilteredView.contains($0.findings[index], needle) } ?? true)
                    && (changes.map { $0.change(.finding, Dashboard.key(of: card.findings[index])) != nil } ?? true)
            }
        }
    }

    /// Whether `needle` occurs in `haystack`, byte by byte.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var start = 0
                let last = hay.count - pin.count
                while start <= last {
                    if hay[start] == first {
                        var matched = 1
                        while matched < pin.count, hay[start + matched] == pin[matched] { matched += 1 }
                        if matched == pin.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}

extension FilteredView {
    /// A value derived from this view (an order, a list), computed once per lens and filter.
    func cached<T>(_ what: String, _ make: () -> T) -> T {
        dashboard.cache.value(.init(lens: lens, filter: filter, changedOnly: changedOnly, what: what), make)
    }
}
