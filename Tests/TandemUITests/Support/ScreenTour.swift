import TandemCore
import TandemUI

/// One screen of the tour, named for failure messages.
struct TourStop {
    let name: String
    let buffer: CellBuffer
}

/// Every screen a user can reach with the keyboard at one size: each pane at its first and its
/// last row (scrolled), the detail of every item, the help overlay and the filter prompt.
func screenTour(_ model: ViewModel, size: Size, glyphs: Glyphs = .unicode) -> [TourStop] {
    var stops: [TourStop] = []
    func visit(_ name: String, _ state: AppState) {
        stops.append(
            TourStop(name: "\(name) at \(size)", buffer: DashboardView.render(state, model: model, glyphs: glyphs)))
    }
    let view = model.filtered(lens: .all, filter: "")
    for pane in Pane.allCases {
        let onPane = update(AppState(size: size), .focus(pane), model: model).0
        visit(pane.name, onPane)
        visit("\(pane.name) last row", update(onPane, .bottom, model: model).0)
        for row in 0..<PaneItems.count(pane, view, onPane) {
            let selected = update(onPane, .select(row), model: model).0
            visit("\(pane.name) row \(row) detail", update(selected, .openDetail, model: model).0)
        }
    }
    visit("help", state("?", size: size, model: model))
    visit("filter prompt", state("/ abc", size: size, model: model))
    return stops
}

/// The sizes the properties hold for: the minimum, odd ones, huge ones, and too small ones.
let tourSizes: [Size] = [
    .of(60, 16), .of(61, 16), .of(77, 23), .of(80, 24), .of(120, 40), .of(133, 41), .of(200, 60),
    .of(1000, 5), .of(59, 40), .of(30, 8), .of(1, 1),
]
