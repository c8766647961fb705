/// Actions added, done, dropped, reopened, whose due date moved, or gone from the file: the next
/// meeting starts by asking what became of each action. New when added, better when done or
/// brought forward, worse when its due date slipped or it was reopened, changed when dropped.
extension Changes {
    /// Actions added, done, dropped, reopened, or whose due date moved (area `.action`).
    public var actions: [ItemChange] { items.filter { $0.area == .action } }

    /// None when either side has no actions data set: with nothing to compare, nothing is said.
    static func actionChanges(_ baseline: Baseline, _ card: Scorecard) -> [ItemChange] {
        guard let earlier = baseline.actions, let now = card.actions else { return [] }
        var matches = BaselineMatches(earlier.count) { earlier[$0].id }
        var changes: [ItemChange] = []
        for item in now {
            let action = item.action
            func change(_ direction: ChangeDirection, _ notes: [String]) -> ItemChange {
                ItemChange(
                    area: .action, id: action.id, name: action.title, owners: [action.owner], direction: direction,
                    notes: notes)
            }
            guard let position = matches.match(action.id) else {
                let due = action.due.map { ", due \($0)" } ?? ""
                changes.append(change(.new, ["new action, \(action.status.rawValue)\(due)"]))
                continue
            }
            let old = earlier[position]
            var notes: [String] = []
            var directions: [ChangeDirection] = []
            if old.status != action.status {
                switch action.status {
                case .done: (notes, directions) = (["done" + (action.done.map { " on \($0)" } ?? "")], [.better])
                case .dropped: (notes, directions) = (["dropped"], [.changed])
                case .open: (notes, directions) = (["reopened (was \(old.status.rawValue))"], [.worse])
                }
            }
            switch (old.due.flatMap(Day.init(iso:)), action.due) {
            case (let was?, let due?) where was != due:
                notes.append("due \(due > was ? "slipped" : "brought forward") \(was) → \(due)")
                directions.append(due > was ? .worse : .better)
            case (let was?, nil):
                // No date is no promise: worse than one, like a slip.
                notes.append("due date removed (was \(was))")
                directions.append(.worse)
            case (nil, let due?):
                notes.append("due date set to \(due)")
                directions.append(.changed)
            default: break
            }
            guard !notes.isEmpty else { continue }
            let direction: ChangeDirection =
                directions.contains(.worse) ? .worse : directions.contains(.better) ? .better : .changed
            changes.append(change(direction, notes))
        }
        for position in matches.removed {
            let old = earlier[position]
            changes.append(
                ItemChange(
                    area: .action, id: old.id, name: old.title, owners: [old.owner], direction: .removed,
                    notes: [gone(old.id, from: .actions, card)]))
        }
        return changes
    }
}
