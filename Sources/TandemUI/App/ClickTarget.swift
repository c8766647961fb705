/// What a click on the screen does: the buffer records what was drawn where (`Hit`), the app
/// decides what that means.
extension Action {
    public init?(clickOn hit: Hit) {
        switch hit {
        case .tab(let number):
            guard let pane = Pane(rawValue: number) else { return nil }
            self = .focus(pane)
        case .row(let index): self = .select(index)
        case .problems: self = .toggleDiagnostics
        }
    }
}

extension CellBuffer {
    /// The action of a click at (x, y), if any.
    public func target(x: Int, y: Int) -> Action? { hit(x: x, y: y).flatMap(Action.init(clickOn:)) }
}
