/// Computes the alignment findings of `SPEC.md` from assessed KPIs, risks and initiatives. Links
/// are resolved through dictionaries, so a large workspace stays linear.
enum AlignmentFinder {
    /// The findings of every kind but possible duplications, which `possibleDuplications(among:)`
    /// makes apart so that both can be made at once on two cores. Unsorted: the caller sorts them
    /// together (`Finding.inExportOrder`).
    /// - Parameter missing: the data sets the workspace lacks; a finding that needs one of them is
    ///   not computed (an initiative is not "unanchored" where there are no KPIs to link).
    static func findingsApartFromDuplications(
        kpis: [KPIAssessment], risks: [RiskAssessment],
        initiatives: [InitiativeAssessment], missing: Set<DataSet> = []
    ) -> [Finding] {
        // Read in place, by index, throughout: a loop over the items copied each one, and a KPI's
        // assessment holds its whole history.
        let active = initiatives.indices.filter { initiatives[$0].initiative.stage == .active }
        var findings: [Finding] = []

        for index in active where initiatives[index].initiative.kpis.isEmpty && !missing.contains(.kpis) {
            let initiative = initiatives[index].initiative
            findings.append(
                Finding(
                    kind: .unanchoredInitiative, ids: [initiative.id],
                    detail: "\(initiative.name) links no KPI"))
        }

        var addressed = Set<String>()
        for index in active { addressed.formUnion(initiatives[index].initiative.kpis) }
        for index in kpis.indices where !missing.contains(.initiatives) {
            let status = kpis[index].status
            guard status == .red || status == .amber, !addressed.contains(kpis[index].kpi.id) else { continue }
            let kpi = kpis[index].kpi
            findings.append(
                Finding(
                    kind: .unaddressedKPI, ids: [kpi.id],
                    detail: "\(kpi.name) is \(status.rawValue) and no active initiative links it"))
        }

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

        for index in initiatives.indices {
            // Its fields read in place; the initiative copied only for a finding.
            let (stage, adoption) = (initiatives[index].initiative.stage, initiatives[index].initiative.adoption)
            // Of unknown progress, only a done initiative is known to be delivering.
            let progress = stage == .active ? initiatives[index].initiative.progress : nil
            let delivering = stage == .done || progress.map { $0 >= 80 } == true
            guard delivering, let adoption, adoption < 50 else { continue }
            let initiative = initiatives[index].initiative
            let reached = progress.map { "\(Int(saturating: $0))% progress" } ?? "done"
            findings.append(
                Finding(
                    kind: .lowAdoption, ids: [initiative.id],
                    detail: "\(initiative.name): adoption \(Int(rounding: adoption))% at \(reached)"))
        }

        for index in initiatives.indices where initiatives[index].isOptimisticReport {
            let initiative = initiatives[index].initiative
            guard let rating = initiative.rating, let health = initiatives[index].health else { continue }
            findings.append(
                Finding(
                    kind: .optimisticReport, ids: [initiative.id],
                    detail: "\(initiative.name): reported \(rating.rawValue), measured \(health.rawValue)"))
        }

        var statusByID: [String: KPIStatus] = [:]
        var nameByID: [String: String] = [:]
        for index in kpis.indices {
            (statusByID[kpis[index].kpi.id], nameByID[kpis[index].kpi.id]) = (kpis[index].status, kpis[index].kpi.name)
        }
        var seenPairs = Set<[String]>()
        for index in kpis.indices {
            guard let partner = kpis[index].kpi.pair, let partnerStatus = statusByID[partner],
                let mine = kpis[index].status.rag, let theirs = partnerStatus.rag,
                Set([mine, theirs]) == [.green, .red],
                seenPairs.insert([kpis[index].kpi.id, partner].sorted()).inserted
            else { continue }
            let kpi = kpis[index].kpi
            let partnerName = nameByID[partner] ?? partner  // by dictionary: a search per pair was quadratic
            findings.append(
                Finding(
                    kind: .pairedKPIsDiverge, ids: [kpi.id, partner],
                    detail: "\(kpi.name) is \(mine.rawValue) while its pair \(partnerName) is \(theirs.rawValue)"))
        }

        return findings
    }

    /// For each KPI or capability that active initiatives of at least two sponsors link, one
    /// finding naming every active initiative that links it; links shared by exactly the same
    /// initiatives make one finding. Grouped, not pairwise: 2,000 initiatives on one KPI are one
    /// finding, not two million (SPEC.md § Alignment findings). Unsorted, like the other findings.
    static func possibleDuplications(among initiatives: [InitiativeAssessment]) -> [Finding] {
        var byLink: [Link: [Int]] = [:]
        for index in initiatives.indices where initiatives[index].initiative.stage == .active {
            for kpi in initiatives[index].initiative.kpis {
                byLink[Link(isKPI: true, id: kpi), default: []].append(index)
            }
            for capability in initiatives[index].initiative.capabilities {
                byLink[Link(isKPI: false, id: capability), default: []].append(index)
            }
        }
        var linksByGroup: [[String]: [Link]] = [:]
        var membersByGroup: [[String]: [Int]] = [:]
        for (link, members) in byLink {
            let sponsor = initiatives[members[0]].initiative.sponsor
            guard members.contains(where: { initiatives[$0].initiative.sponsor != sponsor }) else { continue }
            let ids = members.map { initiatives[$0].initiative.id }.sorted()
            linksByGroup[ids, default: []].append(link)
            membersByGroup[ids] = members  // in file order, for the sentence
        }
        return linksByGroup.map { ids, links in
            // Capabilities first, then KPIs, each by name, as the sentence has always read.
            let links = links.sorted { ($0.isKPI ? 1 : 0, $0.id) < ($1.isKPI ? 1 : 0, $1.id) }
            let members = membersByGroup[ids]!
            // Named up to four; a group of thousands is counted, not listed.
            let named = members.prefix(members.count > 4 ? 3 : 4).map {
                "\(initiatives[$0].initiative.name) (\(initiatives[$0].initiative.sponsor.label))"
            }
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
