/// What needs the leaders' attention, most urgent first: red, amber and stale KPIs, open risks
/// above appetite, past their target date or overdue for review, initiatives in red or amber,
/// actions past their due date, and rows left out for errors. The one rule behind the overview's
/// list, the brief and the tab badges, so that they never disagree.
public enum Attention {
    /// Rows left out that the list names one by one; one more item counts the rest.
    public static let rowsLeftOutListed = 20

    /// - Parameters:
    ///   - kpis, risks, initiatives: the indices to consider (what a lens or filter lets through);
    ///     nil for all.
    ///   - rowsLeftOut: whether rows left out for errors are listed (not while filtering).
    public static func items(
        _ card: Scorecard, kpis: [Int]? = nil, risks: [Int]? = nil, initiatives: [Int]? = nil,
        actions: [Int]? = nil, rowsLeftOut: Bool = true
    ) -> [AttentionItem] {
        // Most urgent first, the files' order among equals: each item put in its urgency's list as
        // it is found, the lists then joined. One pass: a filter pass per urgency copied every item.
        var byUrgency = [[AttentionItem]](repeating: [], count: Urgency.highest.rawValue + 1)
        func add(_ subject: AttentionItem.Subject, _ urgency: Urgency) {
            byUrgency[urgency.rawValue].append(AttentionItem(subject, urgency))
        }
        if rowsLeftOut { byUrgency[Urgency.rowLeftOut.rawValue] = leftOutRows(card) }
        for index in kpis ?? Array(card.kpis.indices) {
            if let urgency = urgency(card.kpis[index]) { add(.kpi(index), urgency) }
        }
        for index in risks ?? Array(card.risks.indices) {
            if let urgency = urgency(ofRisk: index, in: card.risks) { add(.risk(index), urgency) }
        }
        for index in initiatives ?? Array(card.initiatives.indices) {
            if let urgency = urgency(card.initiatives[index]) { add(.initiative(index), urgency) }
        }
        let allActions = card.actions ?? []
        for index in actions ?? Array(allActions.indices) where allActions[index].isOverdue {
            add(.action(index), .overdueAction)
        }
        var items: [AttentionItem] = []
        items.reserveCapacity(byUrgency.reduce(0) { $0 + $1.count })
        for list in byUrgency.reversed() { items += list }
        return items
    }

    public static func urgency(_ item: KPIAssessment) -> Urgency? {
        switch item.status {
        case .red: .redKPI
        case .amber: .amberKPI
        case .stale: .staleKPI
        case .green, .noData: nil
        }
    }

    /// An open risk above appetite, past its target date still above its target, or whose review
    /// is overdue: the most urgent of these, review by its band.
    @inlinable @inline(__always)
    public static func urgency(_ item: RiskAssessment) -> Urgency? {
        guard !item.isClosed else { return nil }
        return openRisk(
            aboveAppetite: item.aboveAppetite, band: item.band, targetMissed: item.targetMissed,
            reviewOverdue: item.reviewOverdue)
    }

    /// The urgency of the risk at `index`, its fields read where they are: handing the assessment
    /// over copied it, counting a reference to the register it holds, and on two threads at once
    /// (the Overview's list beside the tabs' counts) those counts contend.
    @inlinable @inline(__always)
    public static func urgency(ofRisk index: Int, in risks: [RiskAssessment]) -> Urgency? {
        guard !risks[index].isClosed else { return nil }
        return openRisk(
            aboveAppetite: risks[index].aboveAppetite, band: risks[index].band,
            targetMissed: risks[index].targetMissed, reviewOverdue: risks[index].reviewOverdue)
    }

    @usableFromInline @inline(__always)
    static func openRisk(aboveAppetite: Bool, band: RiskBand, targetMissed: Bool?, reviewOverdue: Bool) -> Urgency? {
        if aboveAppetite { return band == .critical ? .criticalRiskAboveAppetite : .riskAboveAppetite }
        let target: Urgency? = targetMissed == true ? .riskTargetMissed : nil
        guard reviewOverdue else { return target }
        let review: Urgency
        switch band {
        case .low: review = .lowRiskReviewOverdue
        case .medium: review = .mediumRiskReviewOverdue
        case .high: review = .highRiskReviewOverdue
        case .critical: review = .criticalRiskReviewOverdue
        }
        return max(review, target ?? review)
    }

    public static func urgency(_ item: InitiativeAssessment) -> Urgency? {
        switch item.health {
        case .red?: .redInitiative
        case .amber?: .amberInitiative
        case .green?, nil: nil
        }
    }

    /// Each row left out of a CSV file for an error, once per place, then one item for the rest.
    private static func leftOutRows(_ card: Scorecard) -> [AttentionItem] {
        var seen = Set<String>()
        var items: [AttentionItem] = []
        for (index, diagnostic) in card.diagnostics.enumerated() where items.count < rowsLeftOutListed {
            guard diagnostic.severity == .error, !diagnostic.isWholeFile, let line = diagnostic.line,
                let set = diagnostic.dataSet, seen.insert("\(set.rawValue):\(line)").inserted
            else { continue }
            let id = card.leftOutIDs[set]?.first { $0.value == line }?.key ?? ""
            items.append(AttentionItem(.rowLeftOut(diagnostic: index, id: id), .rowLeftOut))
        }
        let more = card.rowsLeftOut.reduce(0) { $0 + $1.rows } - items.count
        if items.count == rowsLeftOutListed, more > 0 {
            let opens = card.diagnostics.firstIndex { $0.unlistedRows > 0 } ?? items.last?.diagnostic
            items.append(AttentionItem(.moreRowsLeftOut(count: more, diagnostic: opens), .rowLeftOut))
        }
        return items
    }
}
