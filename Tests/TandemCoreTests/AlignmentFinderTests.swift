import TandemTestSupport
import Testing

@testable import TandemCore

/// Each alignment finding of the spec, with its edges.
@Suite struct AlignmentFinderTests {
    /// A KPI (higher is better, target 100, warn 90) whose latest value gives `status`.
    private func kpi(_ id: String, _ status: KPIStatus, pair: String? = nil) -> KPI {
        let history: [(String, Double?)]
        switch status {
        case .green: history = [("2026-10-31", 100)]
        case .amber: history = [("2026-10-31", 95)]
        case .red: history = [("2026-10-31", 80)]
        case .stale: history = [("2026-01-31", 80)]
        case .noData: history = []
        }
        return makeKPI(id: id, .higher, target: 100, warn: 90, pair: pair, history: history)
    }

    private func findings(kpis: [KPI] = [], risks: [Risk] = [], initiatives: [Initiative] = []) -> [String] {
        scorecard(kpis: kpis, risks: risks, initiatives: initiatives).findings.map {
            "\($0.kind.rawValue) \($0.ids.joined(separator: ","))"
        }
    }

    private func kinds(_ kind: FindingKind, kpis: [KPI] = [], risks: [Risk] = [], initiatives: [Initiative] = [])
        -> [[String]]
    {
        scorecard(kpis: kpis, risks: risks, initiatives: initiatives).findings.filter { $0.kind == kind }.map(\.ids)
    }

    // MARK: - Unanchored initiative

    @Test func anActiveInitiativeThatLinksNoKPIIsUnanchored() {
        #expect(kinds(.unanchoredInitiative, initiatives: [makeInitiative(id: "I1", kpis: [])]) == [["I1"]])
    }

    @Test func anInitiativeThatLinksAKPIIsAnchored() {
        #expect(
            kinds(.unanchoredInitiative, kpis: [kpi("K", .green)], initiatives: [makeInitiative(id: "I1", kpis: ["K"])])
                == [])
    }

    @Test(arguments: [Stage.proposed, .paused, .done, .cancelled])
    func onlyActiveInitiativesCanBeUnanchored(_ stage: Stage) {
        #expect(kinds(.unanchoredInitiative, initiatives: [makeInitiative(id: "I1", stage: stage, kpis: [])]) == [])
    }

    // MARK: - Unaddressed KPI

    @Test(arguments: [KPIStatus.red, .amber])
    func aRedOrAmberKPIThatNoActiveInitiativeLinksIsUnaddressed(_ status: KPIStatus) {
        #expect(kinds(.unaddressedKPI, kpis: [kpi("K", status)]) == [["K"]])
    }

    @Test(arguments: [KPIStatus.green, .stale, .noData])
    func greenStaleAndNoDataKPIsAreNotUnaddressed(_ status: KPIStatus) {
        #expect(kinds(.unaddressedKPI, kpis: [kpi("K", status)]) == [])
    }

    @Test func aKPILinkedByAnActiveInitiativeIsAddressed() {
        #expect(kinds(.unaddressedKPI, kpis: [kpi("K", .red)], initiatives: [makeInitiative(kpis: ["K"])]) == [])
    }

    @Test(arguments: [Stage.proposed, .paused, .done, .cancelled])
    func aKPILinkedOnlyByAnInitiativeThatIsNotActiveIsUnaddressed(_ stage: Stage) {
        #expect(
            kinds(.unaddressedKPI, kpis: [kpi("K", .red)], initiatives: [makeInitiative(stage: stage, kpis: ["K"])])
                == [["K"]])
    }

    // MARK: - Possible duplication

    @Test func twoActiveInitiativesWithDifferentSponsorsSharingAKPIMayDuplicate() {
        let found = scorecard(
            kpis: [kpi("K", .green)],
            initiatives: [
                makeInitiative(id: "I2", sponsor: .coo, kpis: ["K"]),
                makeInitiative(id: "I1", sponsor: .cio, kpis: ["K"]),
            ]
        ).findings.filter { $0.kind == .possibleDuplication }
        #expect(found.map(\.ids) == [["I1", "I2"]])
        #expect(found.first?.detail.contains("KPI K") == true)
    }

    @Test func sharingACapabilityTagMayDuplicate() {
        let found = scorecard(initiatives: [
            makeInitiative(id: "I1", sponsor: .cio, kpis: ["A"], capabilities: ["portal"]),
            makeInitiative(id: "I2", sponsor: .joint, kpis: ["B"], capabilities: ["portal", "ehr"]),
        ]).findings.filter { $0.kind == .possibleDuplication }
        #expect(found.map(\.ids) == [["I1", "I2"]])
        #expect(found.first?.detail.contains("capability portal") == true)
    }

    @Test func theSameSponsorIsNotDuplication() {
        #expect(
            kinds(
                .possibleDuplication,
                initiatives: [
                    makeInitiative(id: "I1", sponsor: .coo, kpis: ["K"], capabilities: ["x"]),
                    makeInitiative(id: "I2", sponsor: .coo, kpis: ["K"], capabilities: ["x"]),
                ]) == [])
    }

    @Test func aPairSharingSeveralLinksIsReportedOnce() {
        let found = scorecard(initiatives: [
            makeInitiative(id: "I1", sponsor: .cio, kpis: ["K", "L"], capabilities: ["a", "b"]),
            makeInitiative(id: "I2", sponsor: .coo, kpis: ["L", "K"], capabilities: ["b", "a"]),
        ]).findings.filter { $0.kind == .possibleDuplication }
        #expect(found.map(\.ids) == [["I1", "I2"]])
        #expect(
            found.first?.detail
                == "Initiative I1 (CIO) and Initiative I2 (COO) share capability a, capability b, KPI K, KPI L")
    }

    @Test func oneFindingNamesEveryActiveInitiativeOnTheSharedKPI() {
        // Grouped, not pairwise: the two COO initiatives are named too, since the group spans sponsors.
        let found = scorecard(initiatives: [
            makeInitiative(id: "C", sponsor: .cio, kpis: ["K"]),
            makeInitiative(id: "O", sponsor: .coo, kpis: ["K"]),
            makeInitiative(id: "J", sponsor: .joint, kpis: ["K"]),
            makeInitiative(id: "O2", sponsor: .coo, kpis: ["K"]),
        ]).findings.filter { $0.kind == .possibleDuplication }
        #expect(found.map(\.ids) == [["C", "J", "O", "O2"]])
        #expect(found.map(\.on) == [["K"]])
        #expect(
            found.first?.detail
                == "Initiative C (CIO), Initiative O (COO), Initiative J (Joint) and Initiative O2 (COO) share KPI K")
    }

    @Test func linksSharedByTheSameInitiativesMergeAndOthersStandApart() {
        let found = scorecard(initiatives: [
            makeInitiative(id: "A", sponsor: .cio, kpis: ["K2", "K1"], capabilities: ["portal"]),
            makeInitiative(id: "B", sponsor: .coo, kpis: ["K1", "K2"], capabilities: ["portal"]),
            makeInitiative(id: "C", sponsor: .coo, kpis: ["K2"]),
        ]).findings.filter { $0.kind == .possibleDuplication }
        #expect(found.map(\.ids) == [["A", "B"], ["A", "B", "C"]])
        #expect(found.map(\.on) == [["K1", "portal"], ["K2"]])
    }

    @Test func twoThousandInitiativesOnOneKPIAreOneFinding() {
        let initiatives = (0..<2000).map {
            makeInitiative(id: "I\($0)", sponsor: $0 % 2 == 0 ? .cio : .coo, kpis: ["K"])
        }
        let found = scorecard(initiatives: initiatives).findings.filter { $0.kind == .possibleDuplication }
        #expect(found.count == 1)
        #expect(found.first?.ids.count == 2000)
        #expect(
            found.first?.detail
                == "Initiative I0 (CIO), Initiative I1 (COO), Initiative I2 (CIO) and 1997 more share KPI K")
        #expect(found.first?.idList() == "I0, I1, I10, I100, I1000 and 1995 more")
    }

    @Test func initiativesThatAreNotActiveAreNotDuplicates() {
        #expect(
            kinds(
                .possibleDuplication,
                initiatives: [
                    makeInitiative(id: "I1", sponsor: .cio, kpis: ["K"]),
                    makeInitiative(id: "I2", sponsor: .coo, stage: .done, kpis: ["K"]),
                    makeInitiative(id: "I3", sponsor: .joint, stage: .proposed, kpis: ["K"]),
                ]) == [])
    }

    @Test func capabilityTagsDifferingOnlyInCaseAreOneTag() throws {
        let loaded = try WorkspaceFixture().rows(
            "initiatives.csv",
            "I1,Portal,cio,,active,2026-01-01,2026-12-31,90,,,,,,K1,,,Portal;portal,",
            "I2,Booking,coo,,active,2026-01-01,2026-12-31,90,,,,,,,,,PORTAL,"
        ).load()
        let found = Scorecard(loaded, asOf: asOf).findings.filter { $0.kind == .possibleDuplication }
        #expect(found.map(\.detail) == ["Portal (CIO) and Booking (COO) share capability portal"])
    }

    // MARK: - One-sided mitigation

    @Test func aHighRiskWithoutTechnicalMitigationIsOneSided() {
        let found = scorecard(risks: [makeRisk(id: "R", likelihood: 3, impact: 4, technical: "")]).findings
        #expect(found.map(\.ids) == [["R"]])
        #expect(found.first?.kind == .oneSidedMitigation)
    }

    @Test func aCriticalRiskWithoutProceduralMitigationIsOneSided() {
        #expect(
            kinds(.oneSidedMitigation, risks: [makeRisk(id: "R", likelihood: 4, impact: 4, procedural: "")]) == [["R"]])
    }

    @Test func aHighRiskWithNeitherMitigationIsOneSided() {
        #expect(
            kinds(
                .oneSidedMitigation, risks: [makeRisk(id: "R", likelihood: 5, impact: 5, technical: "", procedural: "")]
            ) == [["R"]])
    }

    @Test func aHighRiskWithBothMitigationsIsFine() {
        #expect(kinds(.oneSidedMitigation, risks: [makeRisk(id: "R", likelihood: 5, impact: 5)]) == [])
    }

    @Test func mediumAndLowRisksAreNeverOneSided() {
        #expect(kinds(.oneSidedMitigation, risks: [makeRisk(id: "R", likelihood: 2, impact: 5, technical: "")]) == [])
        #expect(kinds(.oneSidedMitigation, risks: [makeRisk(id: "R", likelihood: 1, impact: 4, procedural: "")]) == [])
    }

    @Test func theResidualBandDecides() {
        #expect(
            kinds(
                .oneSidedMitigation,
                risks: [makeRisk(id: "R", likelihood: 5, impact: 5, residual: (2, 5), technical: "")]) == [])
        #expect(
            kinds(
                .oneSidedMitigation,
                risks: [makeRisk(id: "R", likelihood: 5, impact: 5, residual: (nil, 2), technical: "")]) == [["R"]])
    }

    @Test(arguments: [RiskStatus.open, .mitigating, .accepted])
    func risksThatAreNotClosedCount(_ status: RiskStatus) {
        #expect(
            kinds(
                .oneSidedMitigation, risks: [makeRisk(id: "R", likelihood: 4, impact: 4, status: status, technical: "")]
            ) == [["R"]])
    }

    @Test func aClosedRiskIsNotOneSided() {
        #expect(
            kinds(
                .oneSidedMitigation,
                risks: [makeRisk(id: "R", likelihood: 4, impact: 4, status: .closed, technical: "")]) == [])
    }

    @Test func theDetailSaysWhichHalfIsMissing() {
        let details = scorecard(risks: [
            makeRisk(id: "A", likelihood: 4, impact: 4, technical: ""),
            makeRisk(id: "B", likelihood: 4, impact: 4, procedural: ""),
            makeRisk(id: "C", likelihood: 4, impact: 4, technical: "", procedural: ""),
        ]).findings.map(\.detail)
        #expect(details.count == 3)
        #expect(details.first?.hasSuffix("(critical) has no technical mitigation") == true)
        #expect(details.dropFirst().first?.hasSuffix("(critical) has no procedural mitigation") == true)
        #expect(details.last?.hasSuffix("(critical) has no mitigation of either kind") == true)
        // Reads as English: not "has no a technical mitigation" nor "has no both …".
        #expect(!details.contains { $0.contains("no a ") || $0.contains("no both") })
    }

    // MARK: - Low adoption

    @Test func anActiveInitiativeAtEightyPercentWithLowAdoption() {
        #expect(kinds(.lowAdoption, initiatives: [makeInitiative(id: "I", progress: 80, adoption: 30)]) == [["I"]])
    }

    @Test func anActiveInitiativeAtSeventyNinePercentIsNotYetJudgedOnAdoption() {
        #expect(kinds(.lowAdoption, initiatives: [makeInitiative(id: "I", progress: 79, adoption: 30)]) == [])
    }

    @Test func adoptionOfFiftyIsNotLow() {
        #expect(kinds(.lowAdoption, initiatives: [makeInitiative(id: "I", progress: 90, adoption: 50)]) == [])
        #expect(kinds(.lowAdoption, initiatives: [makeInitiative(id: "I", progress: 90, adoption: 49.9)]) == [["I"]])
    }

    @Test func aDoneInitiativeWithLowAdoption() {
        #expect(
            kinds(.lowAdoption, initiatives: [makeInitiative(id: "I", stage: .done, progress: 100, adoption: 10)]) == [
                ["I"]
            ])
        #expect(
            kinds(.lowAdoption, initiatives: [makeInitiative(id: "I", stage: .done, progress: 40, adoption: 10)]) == [
                ["I"]
            ])
    }

    @Test func withoutAdoptionThereIsNoFinding() {
        #expect(kinds(.lowAdoption, initiatives: [makeInitiative(id: "I", stage: .done, progress: 100)]) == [])
    }

    @Test(arguments: [Stage.proposed, .paused, .cancelled])
    func otherStagesAreNotJudgedOnAdoption(_ stage: Stage) {
        #expect(
            kinds(.lowAdoption, initiatives: [makeInitiative(id: "I", stage: stage, progress: 90, adoption: 10)]) == [])
    }

    // MARK: - Paired KPIs diverge

    @Test func greenAndRedPairsDivergeAndAreReportedOnce() {
        let found = findings(
            kpis: [kpi("S", .green, pair: "O"), kpi("O", .red, pair: "S")],
            initiatives: [makeInitiative(kpis: ["S", "O"])])
        #expect(found == ["paired_kpis_diverge O,S"])
    }

    @Test func aPairNamedFromOneSideOnlyStillCounts() {
        #expect(kinds(.pairedKPIsDiverge, kpis: [kpi("S", .red), kpi("O", .green, pair: "S")]) == [["O", "S"]])
    }

    @Test(arguments: [
        (KPIStatus.green, KPIStatus.amber), (.amber, .red), (.green, .green), (.red, .red),
        (.stale, .red), (.green, .noData), (.stale, .green),
    ])
    func otherPairsDoNotDiverge(_ first: KPIStatus, _ second: KPIStatus) {
        #expect(kinds(.pairedKPIsDiverge, kpis: [kpi("A", first, pair: "B"), kpi("B", second, pair: "A")]) == [])
    }

    // MARK: - Order

    @Test func findingsAreSortedByKindThenIds() {
        let found = findings(
            kpis: [kpi("K2", .red), kpi("K1", .amber, pair: "K3"), kpi("K3", .green)],
            risks: [
                makeRisk(id: "R2", likelihood: 5, impact: 5, technical: ""),
                makeRisk(id: "R1", likelihood: 5, impact: 5, procedural: ""),
            ],
            initiatives: [
                makeInitiative(id: "I9", sponsor: .coo, progress: 85, adoption: 5, kpis: [], capabilities: ["x"]),
                makeInitiative(id: "I3", sponsor: .cio, kpis: [], capabilities: ["x"]),
            ])
        #expect(
            found == [
                "low_adoption I9",
                "one_sided_mitigation R1",
                "one_sided_mitigation R2",
                "possible_duplication I3,I9",
                "unaddressed_kpi K1",
                "unaddressed_kpi K2",
                "unanchored_initiative I3",
                "unanchored_initiative I9",
            ])
    }

    @Test func kindsHaveTheExportNamesInAlphabeticalOrder() {
        let names = FindingKind.allCases.map(\.rawValue)
        #expect(
            names == [
                "low_adoption", "one_sided_mitigation", "optimistic_report", "paired_kpis_diverge",
                "possible_duplication", "unaddressed_kpi", "unanchored_initiative", "unowned_decision",
            ])
        #expect(names == names.sorted())
        #expect(FindingKind.allCases == FindingKind.allCases.sorted())  // `<` follows the names
        #expect(FindingKind.allCases.allSatisfy { !$0.title.isEmpty && !$0.whyItMatters.isEmpty })
    }
}
