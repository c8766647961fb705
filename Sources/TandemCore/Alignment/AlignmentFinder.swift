/// Computes the alignment findings of `SPEC.md` from assessed KPIs, risks and initiatives. Links
/// are resolved through dictionaries, so a large workspace stays linear.
enum AlignmentFinder {
    static func findings(kpis: [KPIAssessment], risks: [RiskAssessment],
                         initiatives: [InitiativeAssessment]) -> [Finding] {
        let active = initiatives.map(\.initiative).filter { $0.stage == .active }
        var findings: [Finding] = []

        for initiative in active where initiative.kpis.isEmpty {
            findings.append(Finding(kind: .unanchoredInitiative, ids: [initiative.id],
                                    detail: "\(initiative.name) links no KPI"))
        }

        let addressed = Set(active.flatMap(\.kpis))
        for item in kpis where (item.status == .red || item.status == .amber) && !addressed.contains(item.kpi.id) {
            findings.append(Finding(kind: .unaddressedKPI, ids: [item.kpi.id],
                                    detail: "\(item.kpi.name) is \(item.status.rawValue) and no active initiative links it"))
        }

        findings += duplications(among: active)

        for item in risks where !item.isClosed && item.band >= .high {
            let technical = item.risk.technicalMitigation.isEmpty
            let procedural = item.risk.proceduralMitigation.isEmpty
            guard technical || procedural else { continue }
            let missing = technical && procedural ? "mitigation of either kind" : technical ? "technical mitigation" : "procedural mitigation"
            findings.append(Finding(kind: .oneSidedMitigation, ids: [item.risk.id],
                                    detail: "\(item.risk.title) (\(item.band.rawValue)) has no \(missing)"))
        }

        for item in initiatives {
            let initiative = item.initiative
            let delivering = initiative.stage == .done || (initiative.stage == .active && initiative.progress >= 80)
            guard delivering, let adoption = initiative.adoption, adoption < 50 else { continue }
            findings.append(Finding(kind: .lowAdoption, ids: [initiative.id],
                                    detail: "\(initiative.name): adoption \(Int(rounding: adoption))% at \(initiative.stage == .done ? "done" : "\(Int(saturating: initiative.progress))% progress")"))
        }

        var statusByID: [String: KPIStatus] = [:]
        for item in kpis { statusByID[item.kpi.id] = item.status }
        var seenPairs = Set<[String]>()
        for item in kpis {
            guard let partner = item.kpi.pair, let partnerStatus = statusByID[partner],
                  let mine = item.status.rag, let theirs = partnerStatus.rag,
                  Set([mine, theirs]) == [.green, .red],
                  seenPairs.insert([item.kpi.id, partner].sorted()).inserted else { continue }
            let partnerName = kpis.first { $0.kpi.id == partner }?.kpi.name ?? partner
            findings.append(Finding(kind: .pairedKPIsDiverge, ids: [item.kpi.id, partner],
                                    detail: "\(item.kpi.name) is \(mine.rawValue) while its pair \(partnerName) is \(theirs.rawValue)"))
        }

        return findings.sorted(by: Finding.exportOrder)
    }

    /// Pairs of active initiatives with different sponsors that share a KPI or a capability.
    private static func duplications(among active: [Initiative]) -> [Finding] {
        var byLink: [String: [Int]] = [:]
        for (index, initiative) in active.enumerated() {
            for kpi in initiative.kpis { byLink["kpi:" + kpi, default: []].append(index) }
            for capability in initiative.capabilities { byLink["cap:" + capability, default: []].append(index) }
        }
        var shared: [[Int]: [String]] = [:]
        for (link, members) in byLink where members.count > 1 {
            for (position, a) in members.enumerated() {
                for b in members[(position + 1)...] where active[a].sponsor != active[b].sponsor {
                    shared[[a, b], default: []].append(link)
                }
            }
        }
        return shared.map { pair, links in
            let (a, b) = (active[pair[0]], active[pair[1]])
            let words = links.sorted().map { $0.hasPrefix("kpi:") ? "KPI " + $0.dropFirst(4) : "capability " + $0.dropFirst(4) }
            return Finding(kind: .possibleDuplication, ids: [a.id, b.id],
                           detail: "\(a.name) (\(a.sponsor.label)) and \(b.name) (\(b.sponsor.label)) share \(words.joined(separator: ", "))")
        }
    }
}
