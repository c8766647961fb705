import SnapshotTesting
import TandemCore
import TandemUI
import Testing

/// The detail of one item of each kind.
@Suite struct DetailSnapshotTests {
    @Test func kpiDetail() {
        // MTTR: the second KPI in domain order, twelve months of history.
        assertSnapshot(of: screen("2 j Enter", size: .of(120, 40)), as: .lines, named: "MTTR-120x40")
    }

    @Test func kpiDetailScrolled() {
        assertSnapshot(of: screen("2 j Enter j j j j j", size: .of(80, 24)), as: .lines, named: "MTTR-80x24")
    }

    @Test func riskDetail() {
        assertSnapshot(of: screen("3 Enter", size: .of(120, 40)), as: .lines, named: "R1-120x40")
    }

    @Test func initiativeDetail() {
        assertSnapshot(of: screen("4 Enter", size: .of(120, 40)), as: .lines, named: "I1-120x40")
    }

    @Test func unscheduledInitiativeDetail() {
        // I4: no progress given, so no schedule rating and no bar.
        assertSnapshot(of: screen("4 j j j Enter", size: .of(120, 40)), as: .lines, named: "I4-unscheduled-120x40")
    }

    @Test
    func findingDetail() {
        assertSnapshot(of: screen("5 Enter", size: .of(120, 40)), as: .lines, named: "low-adoption-I3-120x40")
    }
}
