import SnapshotTesting
import TandemCore
import TandemUI
import Testing

/// The demo's actions from its last meeting (one done, one overdue, one open): the Actions pane,
/// an action's detail, the actions on a linked item's detail, and the overdue one on the overview.
@Suite struct ActionSnapshotTests {
    @Test(arguments: [
        ("pane", "6", Size.of(120, 40)), ("pane-narrow", "6", Size.of(80, 24)), ("detail", "6 Enter", Size.of(120, 40)),
        ("on-a-risk", "3 / R05 Enter Enter", Size.of(120, 40)), ("overview", "1", Size.of(120, 40)),
        ("overview-narrow", "1", Size.of(80, 24)),
        ("form-refused", "a Tab Backspace Backspace Backspace x Tab Tab soon Enter", Size.of(80, 24)),
        ("form-long-title", "3 a " + String(repeating: "word Space ", count: 30), Size.of(80, 24)),
    ])
    func actionsOnScreen(name: String, keys: String, size: Size) {
        assertSnapshot(of: screen(keys, size: size, model: ChangeSnapshotTests.demo), as: .lines, named: name)
    }
}
