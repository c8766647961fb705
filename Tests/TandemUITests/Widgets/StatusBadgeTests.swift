import TandemCore
import TandemUI
import Testing

/// Status is never told by colour alone: every badge has a symbol and a word.
@Suite struct StatusBadgeTests {
    @Test(arguments: [
        (KPIStatus.green, "● GREEN", "* GREEN", StyleRole.statusGreen),
        (.amber, "● AMBER", "* AMBER", .statusAmber),
        (.red, "● RED", "* RED", .statusRed),
        (.stale, "○ STALE", "o STALE", .statusNeutral),
        (.noData, "○ NO DATA", "o NO DATA", .statusNeutral),
    ])
    func kpiStatusWords(status: KPIStatus, unicode: String, ascii: String, role: StyleRole) {
        #expect(StatusBadge.kpi(status, .unicode) == Span(unicode, role))
        #expect(StatusBadge.kpi(status, .ascii) == Span(ascii, role))
    }

    @Test func everyKPIStatusHasABadge() {
        let words = KPIStatus.allCases.map { StatusBadge.kpi($0, .unicode).text }
        #expect(Set(words).count == KPIStatus.allCases.count)
    }

    @Test(arguments: [
        (RAG.green, "● GREEN", StyleRole.statusGreen),
        (.amber, "● AMBER", .statusAmber),
        (.red, "● RED", .statusRed),
    ])
    func ragWords(rag: RAG, text: String, role: StyleRole) {
        #expect(StatusBadge.rag(rag, .unicode) == Span(text, role))
    }

    @Test func missingRatingIsADashOrTheGivenWord() {
        #expect(StatusBadge.rag(nil, .unicode) == Span("—", .muted))
        #expect(StatusBadge.rag(nil, .ascii) == Span("-", .muted))
        #expect(StatusBadge.rag(nil, .unicode, none: "n/a") == Span("n/a", .muted))
        #expect(StatusBadge.rag(nil, .ascii, none: "n/a") == Span("n/a", .muted))
    }

    @Test(arguments: [
        (RiskBand.low, "● LOW", StyleRole.bandLow),
        (.medium, "● MEDIUM", .bandMedium),
        (.high, "● HIGH", .bandHigh),
        (.critical, "● CRITICAL", .bandCritical),
    ])
    func riskBandWords(band: RiskBand, text: String, role: StyleRole) {
        #expect(StatusBadge.band(band, .unicode) == Span(text, role))
    }

    @Test(arguments: [
        (Stage.proposed, "○ PROPOSED"), (.paused, "○ PAUSED"), (.done, "○ DONE"), (.cancelled, "○ CANCELLED"),
    ])
    func inactiveInitiativeShowsItsStage(stage: Stage, text: String) {
        let item = assessment(stage: stage, progress: 50)
        #expect(StatusBadge.health(item, .unicode) == Span(text, .statusNeutral))
    }

    @Test func activeInitiativeShowsItsHealth() {
        // Half the time gone, 50% done, no budget, no milestones: on plan.
        #expect(StatusBadge.health(assessment(stage: .active, progress: 50), .unicode) == Span("● GREEN", .statusGreen))
        // 30 points behind plan.
        #expect(StatusBadge.health(assessment(stage: .active, progress: 20), .unicode) == Span("● RED", .statusRed))
    }

    func assessment(stage: Stage, progress: Double) -> InitiativeAssessment {
        let start = Day(year: 2026, month: 1, day: 1)!
        let due = Day(year: 2026, month: 12, day: 31)!
        let initiative = Initiative(
            id: "I", name: "Initiative", sponsor: .cio, stage: stage,
            start: start, due: due, progress: progress)
        return InitiativeAssessment(initiative, settings: Settings(organization: "Test"), asOf: start.adding(days: 182))
    }
}

/// Arrows tell good news from bad by the KPI's direction, not by the sign of the change.
@Suite struct TrendArrowTests {
    func kpi(_ direction: Direction, _ values: [Double], unit: String = "") -> KPIAssessment {
        let periods = (5...10).map { Day(year: 2026, month: $0, day: Day.daysIn(month: $0, year: 2026))! }
        let kpi = KPI(
            id: "K", name: "K", owner: .cio, direction: direction, target: 50, unit: unit,
            history: zip(periods, values).map { Observation(period: $0, value: $1) })
        return KPIAssessment(kpi, settings: Settings(organization: "Test"), asOf: Day(year: 2026, month: 11, day: 20)!)
    }

    @Test func riseIsBetterWhenHigherIsBetter() {
        #expect(TrendArrow.change(kpi(.higher, [10, 12]), .unicode) == Span("▲ +2", .statusGreen))
        #expect(
            TrendArrow.change(kpi(.higher, [98.5, 99.25], unit: "%"), .unicode) == Span("▲ +0.75 pts", .statusGreen))
    }

    @Test func riseIsWorseWhenLowerIsBetter() {
        #expect(TrendArrow.change(kpi(.lower, [10, 12]), .unicode) == Span("▲ +2", .statusRed))
        #expect(TrendArrow.change(kpi(.lower, [12, 10], unit: "ms"), .unicode) == Span("▼ -2 ms", .statusGreen))
        #expect(TrendArrow.change(kpi(.higher, [12, 10], unit: "$"), .unicode) == Span("▼ -$2.00", .statusRed))
    }

    @Test func unchangedIsNeitherBetterNorWorse() {
        #expect(TrendArrow.change(kpi(.higher, [10, 10]), .unicode) == Span("= 0", .muted))
    }

    @Test func noChangeWithOneValue() {
        #expect(TrendArrow.change(kpi(.higher, [10]), .unicode) == Span("", .muted))
        #expect(TrendArrow.trend(kpi(.higher, [10]), .unicode) == Span("", .muted))
    }

    @Test func trendArrowsColouredByDirection() {
        #expect(TrendArrow.trend(kpi(.higher, [1, 2, 3, 4]), .unicode) == Span("↗", .statusGreen))
        #expect(TrendArrow.trend(kpi(.lower, [1, 2, 3, 4]), .unicode) == Span("↗", .statusRed))
        #expect(TrendArrow.trend(kpi(.higher, [4, 3, 2, 1]), .unicode) == Span("↘", .statusRed))
        #expect(TrendArrow.trend(kpi(.lower, [4, 3, 2, 1]), .unicode) == Span("↘", .statusGreen))
        #expect(TrendArrow.trend(kpi(.higher, [100, 100.1, 99.9, 100]), .unicode) == Span("→", .muted))
    }

    @Test func asciiArrows() {
        #expect(TrendArrow.change(kpi(.higher, [10, 12]), .ascii) == Span("^ +2", .statusGreen))
        #expect(TrendArrow.change(kpi(.higher, [12, 10]), .ascii) == Span("v -2", .statusRed))
        #expect(TrendArrow.trend(kpi(.higher, [1, 2, 3]), .ascii) == Span("/", .statusGreen))
        #expect(TrendArrow.trend(kpi(.higher, [3, 2, 1]), .ascii) == Span("\\", .statusRed))
    }
}
