/// Computes the alignment findings of `SPEC.md` from assessed KPIs, risks and initiatives. Links
/// are resolved through dictionaries, so a large workspace stays linear.
enum AlignmentFinder {
    /// - Parameter missing: the data sets the workspace lacks; a finding that needs one of them is
    ///   not computed (an initiative is not "unanchored" where there are no KPIs to link).
    static func findings(
        kpis: [KPIAssessment], risks: [RiskAssessment],
        initiatives: [InitiativeAssessment], missing: Set<DataSet> = []
    ) -> [Finding] {
        let active = initiatives.map(\.initiative).filter { $0.stage == .active }
        var findings: [Finding] = []

        for initiative in active where initiative.kpis.isEmpty && !missing.contains(.kpis) {
            findings.append(
                Finding(
                    kind: .unanchoredInitiative, ids: [initiative.id],
                    detail: "\(initiative.name) links no KPI"))
        }

        let addressed = Set(active.flatMap(\.kpis))
        for item in kpis
        where (item.status == .red || item.status == .amber) && !addressed.contains(item.kpi.id)
            && !missing.contains(.initiatives)
        {
            findings.append(
                Finding(
                    kind: .unaddressedKPI, ids: [item.kpi.id],
                    detail: "\(item.kpi.name) is \(item.status.rawValue) and no active initiative links it"))
        }

        findings += duplications(among: active)

        // By index: `for item in risks` copied every assessment, strings and all.
        for index in risks.indices where !risks[index].isClosed && risks[index].band >= .high {
            let technical = risks[index].risk.technicalMitigation.isEmpty
            let procedural = risks[index].risk.proceduralMitigation.isEmpty
            guard technical || procedural else { continue }
            let missing =
                technical && procedural
                ? "mitigation of either kind" : technical ? "technical mitigation" : "procedural mitigation"
            let (id, title, band) = (risks[index].risk.id, risks[index].risk.title, risks[index].band)
            findings.append(
                Finding(
                    kind: .oneSidedMitigation, ids: [id], detail: "\(title) (\(band.rawValue)) has no \(missing)"))
        }

        for item in initiatives {
            let initiative = item.initiative
            // Of unknown progress, only a done initiative is known to be delivering.
            let progress = initiative.stage == .active ? initiative.progress : nil
            let delivering = initiative.stage == .done || progress.map { $0 >= 80 } == true
            guard delivering, let adoption = initiative.adoption, adoption < 50 else { continue }
            let stage = progress.map { "\(Int(saturating: $0))% progress" } ?? "done"
            findings.append(
                Finding(
                    kind: .lowAdoption, ids: [initiative.id],
                    detail: "\(initiative.name): adoption \(Int(rounding: adoption))% at \(stage)"))
        }

        for item in initiatives where item.isOptimisticReport {
            guard let rating = item.initiative.rating, let health = item.health else { continue }
            findings.append(
                Finding(
                    kind: .optimisticReport, ids: [item.initiative.id],
                    detail: "\(item.initiative.name): reported \(rating.rawValue), measured \(health.rawValue)"))
        }

        var statusByID: [String: KPIStatus] = [:]
        var nameByID: [String: String] = [:]
        for item in kpis { (statusByID[item.kpi.id], nameByID[item.kpi.id]) = (item.status, item.kpi.name) }
        var seenPairs = Set<[String]>()
        for item in kpis {
            guard let partner = item.kpi.pair, let partnerStatus = statusByID[partner],
                let mine = item.status.rag, let theirs = partnerStatus.rag,
                Set([mine, theirs]) == [.green, .red],
                seenPairs.insert([item.kpi.id, partner].sorted()).inserted
            else { continue }
            let partnerName = nameByID[partner] ?? partner  // by dictionary: a search per pair was quadratic
            findings.append(
                Finding(
                    kind: .pairedKPIsDiverge, ids: [item.kpi.id, partner],
                    detail: "\(item.kpi.name) is \(mine.rawValue) while its pair \(partnerName) is \(theirs.rawValue)"))
        }

        return findings.sorted(by: Finding.exportOrder)
    }

    /// For each KPI or capability that active initiatives of at least two sponsors link, one
    /// finding naming every active initiative that links it; links shared by exactly the same
    /// initiatives make one finding. Grouped, not pairwise: 2,000 initiatives on one KPI are one
    /// finding, not two million (SPEC.md § Alignment findings).
    private static func duplications(among active: [Initiative]) -> [Finding] {
        var byLink: [Link: [Int]] = [:]
        for (index, initiative) in active.enumerated() {
            for kpi in initiative.kpis { byLink[Link(isKPI: true, id: kpi), default: []].append(index) }
            for capability in initiative.capabilities {
                byLink[Link(isKPI: false, id: capability), default: []].append(index)
            }
        }
        var linksByGroup: [[String]: [Link]] = [:]
        var membersByGroup: [[String]: [Int]] = [:]
        for (link, members) in byLink {
            let sponsor = active[members[0]].sponsor
            guard members.contains(where: { active[$0].sponsor != sponsor }) else { continue }
            let ids = members.map { active[$0].id }.sorted()
            linksByGroup[ids, default: []].append(link)
            membersByGroup[ids] = members  // in file order, for the sentence
        }
        return linksByGroup.map { ids, links in
            // Capabilities first, then KPIs, each by name, as the sentence has always read.
            let links = links.sorted { ($0.isKPI ? 1 : 0, $0.id) < ($1.isKPI ? 1 : 0, $1.id) }
            let members = membersByGroup[ids]!.map { active[$0] }
            // Named up to four; a group of thousands is counted, not listed.
            let named = members.prefix(members.count > 4 ? 3 : 4).map { "\($0.name) (\($0.sponsor.label))" }
            let who =
                named.count == members.count
                ? named.dropLast().joined(separator: ", ") + " and " + named.last!
                : named.joined(separator: ", ") + " and \(members.count - named.count) more"
            let words = links.map { ($0.isKPI ? "KPI " : "capability ") + $0.id }
            return Finding(
                kind: .possibleDuplication, ids: ids, on: links.map(\.id),
                detail: "\(who) share \(words.joined(separator: ", "))")
        }
    }

    /// What initiatives can share: a KPI or a capability tag.
    private struct Link: Hashable {
        let isKPI: Bool
        let id: String
    }
}
