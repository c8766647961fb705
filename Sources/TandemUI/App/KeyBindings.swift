/// One row of the key-binding table: the keys, what they do, and how help describes them.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How the keys are written in help and the README, e.g. `↑/k`.
    public let label: String
    public let action: Action
    public let help: String
}

/// The one key-binding table. Keys map to actions here and nowhere else; the help overlay and the
/// README's keyboard map are generated from it.
public enum KeyBindings {
    public static let all: [KeyBinding] = [
        KeyBinding(keys: [.character("1")], label: "1–6", action: .focus(.overview), help: "Go to pane 1–6"),
        KeyBinding(keys: [.character("2")], label: "", action: .focus(.kpis), help: ""),
        KeyBinding(keys: [.character("3")], label: "", action: .focus(.risks), help: ""),
        KeyBinding(keys: [.character("4")], label: "", action: .focus(.initiatives), help: ""),
        KeyBinding(keys: [.character("5")], label: "", action: .focus(.alignment), help: ""),
        KeyBinding(keys: [.character("6")], label: "", action: .focus(.actions), help: ""),
        KeyBinding(keys: [.tab, .right, .character("l")], label: "Tab / → / l", action: .focusNext, help: "Next pane"),
        KeyBinding(
            keys: [.backTab, .left, .character("h")], label: "Shift-Tab / ← / h", action: .focusPrevious,
            help: "Previous pane"),
        KeyBinding(keys: [.up, .character("k")], label: "↑ / k", action: .moveUp, help: "Move up"),
        KeyBinding(keys: [.down, .character("j")], label: "↓ / j", action: .moveDown, help: "Move down"),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: .pageUp, help: "Page up"),
        KeyBinding(keys: [.pageDown, .character(" ")], label: "PgDn / Space", action: .pageDown, help: "Page down"),
        KeyBinding(keys: [.home, .character("g")], label: "g / Home", action: .top, help: "First row"),
        KeyBinding(keys: [.end, .character("G")], label: "G / End", action: .bottom, help: "Last row"),
        KeyBinding(keys: [.enter], label: "Enter", action: .openDetail, help: "Open the selected row"),
        KeyBinding(keys: [.escape], label: "Esc", action: .back, help: "Back; clears the filter"),
        KeyBinding(keys: [.character("/")], label: "/", action: .startFilter, help: "Filter all panes"),
        KeyBinding(
            keys: [.character("o")], label: "o", action: .cycleLens,
            help: "Owner lens: All, CIO + Joint, COO + Joint, Joint only"),
        KeyBinding(keys: [.character("s")], label: "s", action: .cycleSort, help: "Sort the pane"),
        KeyBinding(
            keys: [.character("c")], label: "c", action: .toggleChanges, help: "Only what changed since the baseline"),
        KeyBinding(
            keys: [.character("!")], label: "!", action: .toggleDiagnostics,
            help: "Every warning and error in the files"),
        KeyBinding(keys: [.character("t")], label: "t", action: .nextTheme, help: "Next colour theme"),
        KeyBinding(keys: [.character("r")], label: "r", action: .reload, help: "Reload the data"),
        KeyBinding(keys: [.character("p")], label: "p", action: .snapshot, help: "Save the screen to a file"),
        KeyBinding(keys: [.character("?"), .f1], label: "? / F1", action: .toggleHelp, help: "This help"),
        KeyBinding(keys: [.character("q")], label: "q", action: .quit, help: "Quit"),
    ]

    /// The action bound to a key outside filter editing, if any.
    public static func action(for key: Key) -> Action? {
        all.first { $0.keys.contains(key) }?.action
    }

    /// The rows help shows: bindings with a label.
    public static var documented: [KeyBinding] { all.filter { !$0.label.isEmpty } }
}
