import TandemTestSupport
import TandemUI
import Testing

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (99.64, "99.64"), (1234, "1,234"), (0.85, "0.85"), (384, "384"), (1234.56, "1,234.6"),
        (-2.5, "-2.5"), (0.0004, "0"), (1_000_000, "1,000,000"), (99.999, "100"), (0.1 + 0.2, "0.3"),
        (-1234.5, "-1,234.5"), (0, "0"), (-0.0001, "0"), (12.5, "12.5"), (0.125, "0.125"),
    ])
    func plainKeepsFewDigits(value: Double, text: String) {
        #expect(NumberFormat.plain(value) == text)
    }

    @Test func valueCarriesItsUnit() {
        #expect(NumberFormat.value(99.6, unit: "%") == "99.6%")
        #expect(NumberFormat.value(14.2, unit: "$") == "$14.20")
        #expect(NumberFormat.value(-14.2, unit: "$") == "-$14.20")
        #expect(NumberFormat.value(384, unit: "ms") == "384 ms")
        #expect(NumberFormat.value(57, unit: "minutes") == "57 minutes")
        #expect(NumberFormat.value(7.25, unit: "") == "7.25")
    }

    @Test func moneyShortensLargeAmounts() {
        #expect(NumberFormat.money(4_450_000) == "4.45M")
        #expect(NumberFormat.money(2_400_000) == "2.4M")
        #expect(NumberFormat.money(450_000) == "450k")
        #expect(NumberFormat.money(12_345) == "12k")
        #expect(NumberFormat.money(1234.5) == "1,234")  // cents only below a thousand
        #expect(NumberFormat.money(14.05) == "14.05")
        #expect(NumberFormat.money(999) == "999.00")
    }

    @Test func unitsAreSingularForOneAndShortWhenAsked() {
        #expect(NumberFormat.value(1, unit: "minutes") == "1 minute")
        #expect(NumberFormat.signed(-1, unit: "minutes") == "-1 minute")
        #expect(NumberFormat.value(2, unit: "minutes") == "2 minutes")
        #expect(NumberFormat.value(1, unit: "calls/1k") == "1 calls/1k")
        #expect(NumberFormat.value(1, unit: "ms") == "1 ms")
        #expect(NumberFormat.value(57, unit: "minutes", short: true) == "57 min")
        #expect(NumberFormat.value(4, unit: "hours", short: true) == "4 h")
        #expect(NumberFormat.value(3, unit: "days", short: true) == "3 d")
    }

    @Test func signedShowsPlusAndMinus() {
        #expect(NumberFormat.signed(2, unit: "") == "+2")
        #expect(NumberFormat.signed(-0.3, unit: "%") == "-0.3 pts")  // points: -0.3% would read as relative
        #expect(NumberFormat.signed(1, unit: "%") == "+1 pt")
        #expect(NumberFormat.signed(-2, unit: "$") == "-$2.00")
        #expect(NumberFormat.signed(0, unit: "ms") == "0 ms")
    }

    @Test func pointsHaveNoDecimalsFromTen() {
        #expect(NumberFormat.points(12.4) == "12")
        #expect(NumberFormat.points(-12.6) == "-13")
        #expect(NumberFormat.points(4.46) == "4.5")
        #expect(NumberFormat.points(0) == "0")
    }

    /// A KPI target or value of 1e20 is a valid number in the files; formatting it must not trap
    /// (`Int(rounded.magnitude.rounded(.down))` overflows beyond Int.max).
    @Test func hugeValuesAreFormattedWithoutCrashing() async {
        await #expect(processExitsWith: .success) {
            _ = NumberFormat.plain(1e20)
            _ = NumberFormat.value(-3e19, unit: "%")
        }
    }

    /// The CSV reader accepts `1e20` as a KPI target; the KPIs pane must still draw.
    @Test func kpiWithAHugeTargetRenders() async {
        await #expect(processExitsWith: .success) {
            var workspace = TestWorkspace()
            workspace.extraKPIRows = [["HUGE", "Huge target", "cio", "higher", "1e20", "", "", "", "", "", "", ""]]
            _ = screen("2", size: .of(120, 40), model: try! workspace.model())
        }
    }

    @Test func valuesUpToAQuadrillionAreGrouped() {
        #expect(NumberFormat.plain(1e15) == "1,000,000,000,000,000")
        #expect(NumberFormat.plain(-1e15) == "-1,000,000,000,000,000")
    }
}

@Suite struct MoneyInTheWorkspaceCurrencyTests {
    @Test func symbolsAndCodesAsPeopleReadThem() {
        #expect(NumberFormat.amount(1_200_000, currency: "GBP") == "£1.2M")
        #expect(NumberFormat.amount(640_000, currency: "€") == "€640k")
        #expect(NumberFormat.amount(14.2, currency: "$") == "$14.20")
        #expect(NumberFormat.amount(-350, currency: "usd") == "-$350.00")
        #expect(NumberFormat.amount(1_200_000, currency: "CHF") == "CHF 1.2M")
        #expect(NumberFormat.value(3.5, unit: "£") == "£3.50")
    }
}
