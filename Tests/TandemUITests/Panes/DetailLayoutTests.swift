import TandemCore
import TandemUI
import Testing

/// Layout faults found while reviewing the screens, each pinned to the line that shows it.
@Suite struct DetailLayoutTests {
    func line(_ text: String, containing needle: String) -> String? {
        text.split(separator: "\n").first { $0.contains(needle) }.map(String.init)
    }

    /// Detail labels are padded to 14 columns; "Why it matters" is 14 long and runs into its text.
    @Test func findingLabelsAreSeparatedFromTheirText() {
        let detail = screen("5 Enter", size: .of(120, 40))
        #expect(
            line(detail, containing: "Why it matters")?.contains("Why it matters ") == true,
            "\(line(detail, containing: "Why it matters") ?? "")")
    }

    /// The chart's label column is 10 wide, so "target 99.5" loses its value.
    @Test func chartShowsTheWholeTargetValue() {
        let detail = screen("2 Enter", size: .of(120, 40))
        #expect(detail.contains("target 99.5"), "\(line(detail, containing: "target") ?? "")")
    }

    /// With fewer than ten values the axis pads " … Oct 2026" into too few columns.
    @Test func chartAxisNamesItsLastMonth() {
        let detail = screen("2 Enter", size: .of(120, 40))
        #expect(
            line(detail, containing: "May 2026")?.contains("Oct 2026") == true,
            "\(line(detail, containing: "May 2026") ?? "")")
    }

    /// The KPIs title says 8 KPIs; the footer counts table rows, domain headings included.
    @Test func kpiFooterCountsKPIsNotTableRows() {
        let kpis = screen("2", size: .of(60, 16))
        #expect(kpis.contains("KPIs 8 of 8"))
        #expect(kpis.contains(" 1–7 of 8 "), "\(line(kpis, containing: " of ") ?? "")")
    }
}
