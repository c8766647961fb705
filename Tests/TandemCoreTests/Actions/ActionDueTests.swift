import Testing

@testable import TandemCore

@Suite struct ActionDueTests {
    private func due(_ text: String) -> Day? { try? ActionDue.parse(text, asOf: asOf).get() }

    @Test func emptyMeansFourteenDaysAfterTheAsOfDate() {
        #expect(due("") == day("2026-12-04"))
        #expect(due("   ") == day("2026-12-04"))
    }

    @Test func relativeDatesCountFromTheAsOfDate() {
        #expect(due("+10d") == day("2026-11-30"))
        #expect(due("+2w") == day("2026-12-04"))
        #expect(due("+2W") == day("2026-12-04"))
        #expect(due("+0d") == asOf)
    }

    @Test func datesInFormsWhoseOrderIsNeverInDoubt() {
        #expect(due("2026-12-15") == day("2026-12-15"))
        #expect(due("2026/12/15") == day("2026-12-15"))
        #expect(due("15 Dec 2026") == day("2026-12-15"))
        #expect(due("15 december 2026") == day("2026-12-15"))
    }

    @Test(arguments: ["next week", "2026-02-30", "+2", "+w", "+-3d", "+99999999w", "12/15/2026", "+3m", "+１d"])
    func refusesWhatIsNotADueDate(_ text: String) {
        guard case .failure(let error) = ActionDue.parse(text, asOf: asOf) else {
            Issue.record("\(text) was taken as a date")
            return
        }
        #expect(error.field == .due)
        #expect(error.message.contains("expected"))
    }

    @Test func aDateBeforeTheAsOfDateIsRefused() {
        guard case .failure(let error) = ActionDue.parse("2026-11-19", asOf: asOf) else {
            Issue.record("a past date was taken")
            return
        }
        #expect(error.message == "2026-11-19 is before the as-of date 2026-11-20; expected a date on or after it")
    }

    @Test func controlCharactersNeverReachTheMessage() {
        guard case .failure(let error) = ActionDue.parse("\u{1B}[31mtomorrow", asOf: asOf) else {
            Issue.record("taken as a date")
            return
        }
        #expect(!error.message.contains("\u{1B}"))
    }
}
