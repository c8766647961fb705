/// What changed between a baseline and the computed workspace: new and removed items, KPIs whose
/// status moved, risks whose band, appetite flag or missed target moved (or that were closed or reopened),
/// initiatives whose health, stage, due date or KPIs moved or that newly missed a milestone, and
/// findings that appeared or were resolved.
public struct Changes: Sendable {
    public let baseline: Baseline
    /// Every change, most pressing first (worse, new, removed, changed, better, resolved), then by
    /// area and file order.
    public let items: [ItemChange]
    private let index: [String: Int]

    public init(since baseline: Baseline, to card: Scorecard) {
        self.baseline = baseline
        // The risks and the findings on the other core: the heavier half (5.4 ms of 9 at 1,000,000
        // measurements, 10,000 risks and 5,000 initiatives), and the only one reading the register,
        // whose references two threads must not both count.
        var (kpis, risks, initiatives, findings, actions) = (
            [ItemChange](), [ItemChange](), [ItemChange](), [ItemChange](), [ItemChange]()
        )
        TwoCores.both(worthIt: card.risks.count + card.initiatives.count >= Scorecard.twoCoresFrom) {
            kpis = Self.kpiChanges(baseline, card)
            initiatives = Self.initiativeChanges(baseline, card)
            actions = Self.actionChanges(baseline, card)
        } _: {
            risks = Self.riskChanges(baseline, card)
            findings = Self.findingChanges(baseline, card)
        }
        let items = kpis + risks + initiatives + findings + actions
        let ordered = items.enumerated().sorted { a, b in
            (a.element.direction, a.element.area, a.offset) < (b.element.direction, b.element.area, b.offset)
        }.map(\.element)
        self.items = ordered
        var index: [String: Int] = [:]
        for (position, item) in ordered.enumerated() where item.direction != .removed && item.direction != .resolved {
            index[Self.key(item.area, item.id)] = position
        }
        self.index = index
    }

    /// The change of an item still in the data, if it changed.
    public func change(_ area: ChangeArea, _ id: String) -> ItemChange? {
        index[Self.key(area, id)].map { items[$0] }
    }

    public func count(_ direction: ChangeDirection) -> Int { items.count { $0.direction == direction } }

    private static func key(_ area: ChangeArea, _ id: String) -> String { area.rawValue + "\u{1}" + id }

    /// The finding's identity across loads: its kind and the ids it names.
    public static func findingID(kind: FindingKind, ids: [String]) -> String {
        kind.rawValue + ":" + ids.joined(separator: ",")
    }

    // MARK: - Per area

    private static func kpiChanges(_ baseline: Baseline, _ card: Scorecard) -> [ItemChange] {
        var matches = BaselineMatches(baseline.kpis.count) { baseline.kpis[$0].id }
        var changes: [ItemChange] = []
        // By index, fields read in place: a copy of an assessment retained its whole history.
        for index in card.kpis.indices {
            guard let position = matches.match(card.kpis[index].kpi.id) else {
                let kpi = card.kpis[index].kpi
                changes.append(
                    ItemChange(
                        area: .kpi, id: kpi.id, name: kpi.name, owners: [kpi.owner], direction: .new,
                        notes: ["new KPI, \(card.kpis[index].status.word)"]))
                continue
            }
            let old = baseline.kpis[position]
            guard old.status != card.kpis[index].status else { continue }
            let kpi = card.kpis[index].kpi
            let direction = compare(rank(old.status), rank(card.kpis[index].status))
            // Judged against a year ago too: a status that rose while the value is worse than a
            // year ago (a seasonal upswing) is not called better.
            let seasonal = direction == .better && card.kpis[index].changeYoYIsBetter == false
            changes.append(
                ItemChange(
                    area: .kpi, id: kpi.id, name: kpi.name, owners: [kpi.owner],
                    direction: seasonal ? .changed : direction,
                    notes: ["status \(old.status.word) → \(card.kpis[index].status.word)"]
                        + (seasonal ? ["still worse than a year ago"] : [])))
        }
        for position in matches.removed {
            let old = baseline.kpis[position]
            changes.append(
                ItemChange(
                    area: .kpi, id: old.id, name: old.name, owners: [old.owner], direction: .removed,
                    notes: [gone(old.id, from: .kpis, card) + " (was \(old.status.word))"]))
        }
        return changes
    }

    private static func riskChanges(_ baseline: Baseline, _ card: Scorecard) -> [ItemChange] {
        var matches = BaselineMatches(baseline.risks.count) { baseline.risks[$0].id }
        var changes: [ItemChange] = []
        for item in card.risks {
            // The risk's fields read in place: a copy of the whole risk retained each of its strings.
            let (id, status) = (item.risk.id, item.risk.status)
            guard let position = matches.match(id) else {
                changes.append(
                    ItemChange(
                        area: .risk, id: id, name: item.risk.title, owners: [item.risk.owner], direction: .new,
                        notes: [
                            "new risk, \(item.band.rawValue) (score \(item.residualScore))"
                                + (item.aboveAppetite ? ", above appetite" : "")
                        ]))
                continue
            }
            let old = baseline.risks[position]
            var steps = Steps()
            if old.status != .closed, status == .closed {
                steps.add("closed", .better)
            } else if old.status == .closed, status != .closed {
                steps.add("reopened", .worse)
            }
            if old.band != item.band {
                steps.add(
                    "band \(old.band.rawValue) → \(item.band.rawValue) (score \(old.residualScore) "
                        + "→ \(item.residualScore))",
                    item.band > old.band ? .worse : .better)
            }
            if old.aboveAppetite != item.aboveAppetite {
                steps.add(
                    item.aboveAppetite ? "now above appetite" : "back within appetite",
                    item.aboveAppetite ? .worse : .better)
            }
            // Only where both know: a baseline saved before targets has none to compare.
            if let was = old.targetMissed, let now = item.targetMissed, was != now {
                steps.add(now ? "target missed" : "no longer past its target", now ? .worse : .better)
            }
            guard !steps.notes.isEmpty else { continue }
            changes.append(
                ItemChange(
                    area: .risk, id: id, name: item.risk.title, owners: [item.risk.owner],
                    direction: steps.direction, notes: steps.notes))
        }
        for position in matches.removed {
            let old = baseline.risks[position]
            changes.append(
                ItemChange(
                    area: .risk, id: old.id, name: old.title, owners: [old.owner], direction: .removed,
                    notes: [gone(old.id, from: .risks, card) + " (was \(old.band.rawValue))"]))
        }
        return changes
    }

    private static func initiativeChanges(_ baseline: Baseline, _ card: Scorecard) -> [ItemChange] {
        var matches = BaselineMatches(baseline.initiatives.count) { baseline.initiatives[$0].id }
        var changes: [ItemChange] = []
        for index in card.initiatives.indices {
            // The initiative and its health, not the whole assessment: a copy of that retained each
            // of its texts twice.
            let (initiative, health) = (card.initiatives[index].initiative, card.initiatives[index].health)
            let owners = [initiative.sponsor]
            guard let position = matches.match(initiative.id) else {
                changes.append(
                    ItemChange(
                        area: .initiative, id: initiative.id, name: initiative.name, owners: owners,
                        direction: .new,
                        notes: ["new initiative, \(health.map(\.rawValue) ?? initiative.stage.rawValue)"]))
                continue
            }
            let old = baseline.initiatives[position]
            var steps = Steps()
            if old.stage != initiative.stage {
                steps.add(
                    "stage \(old.stage.rawValue) → \(initiative.stage.rawValue)",
                    initiative.stage == .done ? .better : .changed)
            }
            if let was = old.health, let now = health, was != now {
                steps.add("health \(was.rawValue) → \(now.rawValue)", now > was ? .worse : .better)
            }
            // What the sponsor says moved, whatever was measured: both are news to the meeting.
            if let was = old.rating, let now = initiative.rating, was != now {
                steps.add("reported \(was.label) → \(now.label)", now.rank > was.rank ? .worse : .better)
            }
            if let due = old.due.flatMap(Day.init(iso:)), due != initiative.due {
                if let now = initiative.due {
                    let later = now > due
                    steps.add("due \(later ? "slipped" : "brought forward") \(due) → \(now)", later ? .worse : .better)
                } else {
                    // The date was taken out: the initiative is unscheduled now.
                    steps.add("due \(due) no longer given", .changed)
                }
            }
            if let missedBefore = old.missedMilestones, !card.initiatives[index].missedMilestones.isEmpty {
                let earlier = Set(missedBefore)
                for milestone in card.initiatives[index].missedMilestones where !earlier.contains(milestone.name) {
                    steps.add(
                        "missed \(milestone.isKey ? "key " : "")milestone \"\(milestone.name)\" (due \(milestone.due))",
                        .worse)
                }
            }
            if let linked = old.kpis, linked != initiative.kpis {
                // Sets: an initiative may link thousands of KPIs, and arrays made this quadratic.
                let (before, now) = (Set(linked), Set(initiative.kpis))
                let added = initiative.kpis.filter { !before.contains($0) }
                let dropped = linked.filter { !now.contains($0) }
                if !added.isEmpty { steps.add("now moves KPI \(added.joined(separator: ", "))", .changed) }
                if !dropped.isEmpty { steps.add("no longer moves KPI \(dropped.joined(separator: ", "))", .changed) }
            }
            guard !steps.notes.isEmpty else { continue }
            changes.append(
                ItemChange(
                    area: .initiative, id: initiative.id, name: initiative.name, owners: owners,
                    direction: steps.direction, notes: steps.notes))
        }
        for position in matches.removed {
            let old = baseline.initiatives[position]
            changes.append(
                ItemChange(
                    area: .initiative, id: old.id, name: old.name, owners: [old.sponsor],
                    direction: .removed, notes: [gone(old.id, from: .initiatives, card)]))
        }
        return changes
    }

    /// Why an item of the baseline is not on screen: gone from its file, or left out for an error.
    static func gone(_ id: String, from set: DataSet, _ card: Scorecard) -> String {
        let file = card.fileName(of: set)
        guard let line = card.leftOutIDs[set]?[id] else { return "no longer in \(file)" }
        return "left out of \(file) for an error on line \(line) (`tandem validate` says which)"
    }

    // MARK: - Ranking

    /// Red is worst; amber, stale and no data sit between red and green.
    private static func rank(_ status: KPIStatus) -> Int {
        switch status {
        case .red: 0
        case .amber, .stale, .noData: 1
        case .green: 2
        }
    }

    private static func compare(_ old: Int, _ new: Int) -> ChangeDirection {
        new < old ? .worse : new > old ? .better : .changed
    }

}

/// The changes found on one item: each in words, and which way it went.
private struct Steps {
    private(set) var notes: [String] = []
    private var directions: [ChangeDirection] = []

    mutating func add(_ note: String, _ direction: ChangeDirection) {
        notes.append(note)
        directions.append(direction)
    }

    /// Any step for the worse makes the item worse; otherwise any step for the better, better.
    var direction: ChangeDirection {
        directions.contains(.worse) ? .worse : directions.contains(.better) ? .better : .changed
    }
}

extension KPIStatus {
    /// The status in words, as the brief and change notes write it.
    public var word: String { self == .noData ? "no data" : rawValue }
}
