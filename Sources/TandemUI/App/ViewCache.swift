import TandemCore

/// Remembers what key presses ask for again and again (the filtered items, each pane's order,
/// the overview's rows) for the lens, filter and sort in force, so a key press costs a lookup, not
/// a pass over a million rows. One cache belongs to one `ViewModel`: new data, new cache.
final class ViewCache: @unchecked Sendable {
    /// What is cached; a pane's order names its sort.
    enum List: Hashable {
        case visible
        case kpis(KPISort)
        case risks(RiskSort)
        case initiatives(InitiativeSort)
        case actions(ActionSort)
        case findings(FindingSort)
        case overview, tabBadges, riskSummary
    }

    struct Key: Hashable {
        let lens: OwnerLens
        let filter: String
        let changedOnly: Bool
        let list: List
    }

    private let lock = Lock()
    private var orders: [Key: [Int]] = [:]
    private var visible: [Key: VisibleItems.Items] = [:]
    private var overview: [Key: [OverviewRow]] = [:]
    private var badges: [Key: [Pane: Int]] = [:]
    private var riskSummaries: [Key: RiskSummary] = [:]
    private var kpiIndex, riskIndex, initiativeIndex, actionIndex: [String: Int]?
    private var search: ViewModel.SearchTexts?
    private var scoreDigits: RiskPane.ScoreDigits?
    private var findingOwners: [Set<Owner>]?

    /// True once the tabs' counts for this key are made.
    func hasBadges(_ key: Key) -> Bool { lock.withLock { badges[key] != nil } }

    func order(_ key: Key, _ make: () -> [Int]) -> [Int] { value(key, \.orders, make) }
    func visible(_ key: Key, _ make: () -> VisibleItems.Items) -> VisibleItems.Items { value(key, \.visible, make) }
    func overview(_ key: Key, _ make: () -> [OverviewRow]) -> [OverviewRow] { value(key, \.overview, make) }
    func badges(_ key: Key, _ make: () -> [Pane: Int]) -> [Pane: Int] { value(key, \.badges, make) }
    func riskSummary(_ key: Key, _ make: () -> RiskSummary) -> RiskSummary { value(key, \.riskSummaries, make) }

    /// The items of a kind by id: made on the first look-up, kept for the life of the data.
    func index(_ kind: ItemKind, _ make: () -> [String: Int]) -> [String: Int] {
        switch kind {
        case .kpis: once(\.kpiIndex, make)
        case .risks: once(\.riskIndex, make)
        case .initiatives: once(\.initiativeIndex, make)
        case .actions: once(\.actionIndex, make)
        }
    }

    enum ItemKind { case kpis, risks, initiatives, actions }

    /// What the filter searches: made on the first filter, kept for the life of the data.
    func searchTexts(_ make: () -> ViewModel.SearchTexts) -> ViewModel.SearchTexts { once(\.search, make) }

    /// The widest scores of the register: measured on its first frame, kept for the life of the data.
    func scoreDigits(_ make: () -> RiskPane.ScoreDigits) -> RiskPane.ScoreDigits { once(\.scoreDigits, make) }

    /// Who owns each finding: found on the first lens or look at the findings, kept for the life of the data.
    func findingOwners(_ make: () -> [Set<Owner>]) -> [Set<Owner>] { once(\.findingOwners, make) }

    private func once<T>(_ store: ReferenceWritableKeyPath<ViewCache, T?>, _ make: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let value = self[keyPath: store] { return value }
        let made = make()
        self[keyPath: store] = made
        return made
    }

    /// The cached value for a key, computed by `make` the first time.
    private func value<T>(_ key: Key, _ store: ReferenceWritableKeyPath<ViewCache, [Key: T]>, _ make: () -> T) -> T {
        lock.lock()
        if let value = self[keyPath: store][key] {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = make()
        lock.lock()
        if self[keyPath: store].count > 64 { self[keyPath: store].removeAll() }  // typing a filter makes many
        self[keyPath: store][key] = value
        lock.unlock()
        return value
    }
}
