import Testing

@testable import TandemCore

/// Year on year: the latest value against the one for the period ending a year before it (same
/// month or quarter; weekly, 52 weeks earlier), better or worse by direction. As of 2026-11-20.
@Suite struct KPIYearOnYearTests {
    private func item(_ frequency: Frequency, _ history: [(String, Double?)]) -> KPIAssessment {
        item(.higher, frequency, history)
    }

    private func item(
        _ direction: Direction, _ frequency: Frequency, _ history: [(String, Double?)]
    ) -> KPIAssessment {
        assess(makeKPI(direction, target: 95, frequency: frequency, history: history))
    }

    @Test func monthlyComparesWithTheSameMonthAYearEarlier() {
        let kpi = item(.monthly, [("2025-10-31", 95), ("2025-11-30", 94), ("2026-09-30", 92), ("2026-10-31", 92.5)])
        #expect(kpi.yearAgo?.period == day("2025-10-31"))
        #expect(kpi.changeYoY == -2.5)
        #expect(kpi.changeYoYIsBetter == false)
        // Month on month it is better: +0.5.
        #expect(kpi.changeIsBetter == true)
    }

    @Test func monthlyFindsAYearAgoValueDatedAnyDayOfThatMonth() {
        let kpi = item(.monthly, [("2025-10-15", 90), ("2026-10-31", 92.5)])
        #expect(kpi.yearAgo?.period == day("2025-10-15"))
        #expect(kpi.changeYoY == 2.5)
        #expect(kpi.changeYoYIsBetter == true)
    }

    @Test func aRiseIsWorseYearOnYearWhenLowerIsBetter() {
        let kpi = item(.lower, .monthly, [("2025-10-31", 40), ("2026-10-31", 44)])
        #expect(kpi.changeYoY == 4)
        #expect(kpi.changeYoYIsBetter == false)
    }

    @Test func theSameValueAsAYearAgoIsNeitherBetterNorWorse() {
        let kpi = item(.monthly, [("2025-10-31", 93), ("2026-10-31", 93)])
        #expect(kpi.changeYoY == 0)
        #expect(kpi.changeYoYIsBetter == nil)
    }

    @Test func quarterlyComparesWithTheSameQuarterAYearEarlier() {
        // Northwind's K5: 2025-Q3 31, 2026-Q3 36.
        let kpi = item(
            .quarterly,
            [("2025-09-30", 31), ("2025-12-31", 33), ("2026-03-31", 35), ("2026-06-30", 34), ("2026-09-30", 36)])
        #expect(kpi.yearAgo?.period == day("2025-09-30"))
        #expect(kpi.changeYoY == 5)
        #expect(kpi.changeYoYIsBetter == true)
        // A value dated inside that quarter counts as the quarter's.
        #expect(item(.quarterly, [("2025-08-15", 30), ("2026-09-30", 36)]).changeYoY == 6)
        // The quarter before does not.
        #expect(item(.quarterly, [("2025-06-30", 30), ("2026-09-30", 36)]).changeYoY == nil)
    }

    @Test func weeklyComparesWithTheWeekFiftyTwoWeeksEarlier() {
        // 2026-11-15 − 364 days = 2025-11-16.
        let kpi = item(.weekly, [("2025-11-09", 80), ("2025-11-16", 82), ("2026-11-08", 85), ("2026-11-15", 86)])
        #expect(kpi.yearAgo?.period == day("2025-11-16"))
        #expect(kpi.changeYoY == 4)
        // 53 weeks earlier is not a year ago.
        #expect(item(.weekly, [("2025-11-09", 80), ("2026-11-15", 86)]).changeYoY == nil)
    }

    @Test func noneWhenTheYearAgoPeriodHasNoValue() {
        // September and November of 2025, not October.
        let gap = item(.monthly, [("2025-09-30", 95), ("2025-11-30", 94), ("2026-10-31", 92.5)])
        #expect(gap.yearAgo == nil)
        #expect(gap.changeYoY == nil)
        #expect(gap.changeYoYIsBetter == nil)
        // October 2025 recorded without a value.
        let empty = item(.monthly, [("2025-10-31", nil), ("2026-10-31", 92.5)])
        #expect(empty.changeYoY == nil)
        // Less than a year of history.
        #expect(item(.monthly, [("2026-01-31", 90), ("2026-10-31", 92.5)]).changeYoY == nil)
    }

    @Test func dailyKPIsAreNotComparedYearOnYear() {
        let kpi = item(.daily, [("2025-11-20", 30), ("2026-11-20", 35)])
        #expect(kpi.yearAgo == nil)
        #expect(kpi.changeYoY == nil)
        #expect(KPIAssessment.yearAgoPeriod(of: day("2026-11-20"), frequency: .daily) == nil)
    }

    @Test func theYearAgoIsCountedFromTheLatestValueNotTheAsOfDate() {
        // The latest value is August's (September and October are empty): compared with August 2025.
        let kpi = item(.monthly, [("2025-08-31", 90), ("2025-10-31", 99), ("2026-08-31", 92), ("2026-10-31", nil)])
        #expect(kpi.latest?.period == day("2026-08-31"))
        #expect(kpi.changeYoY == 2)
    }

    @Test func theYearAgoPeriods() {
        #expect(
            KPIAssessment.yearAgoPeriod(of: day("2026-10-31"), frequency: .monthly)
                == day("2025-10-01")...day("2025-10-31"))
        #expect(
            KPIAssessment.yearAgoPeriod(of: day("2024-02-29"), frequency: .monthly)
                == day("2023-02-01")...day("2023-02-28"))
        #expect(
            KPIAssessment.yearAgoPeriod(of: day("2026-11-20"), frequency: .quarterly)
                == day("2025-10-01")...day("2025-12-31"))
        #expect(
            KPIAssessment.yearAgoPeriod(of: day("2026-11-15"), frequency: .weekly)
                == day("2025-11-16")...day("2025-11-16"))
    }

    @Test func theExportCarriesChangeYoYOrNull() {
        let compared = ExportDocument.kpi(item(.monthly, [("2025-10-31", 95), ("2026-10-31", 92.5)])).rendered()
        #expect(compared.contains("\"change_yoy\": -2.5"))
        let none = ExportDocument.kpi(item(.monthly, [("2026-10-31", 92.5)])).rendered()
        #expect(none.contains("\"change_yoy\": null"))
    }
}
