/// What marking an action does to its row: done on a day, reopened, or dropped. Reopening and
/// dropping clear the `done` date, so a row never says "dropped" and "done on …" at once.
public enum ActionStatusChange: Sendable, Equatable {
    case done(Day)
    case open
    case dropped

    /// The word written in the `status` column.
    public var word: String {
        switch self {
        case .done: "done"
        case .open: "open"
        case .dropped: "dropped"
        }
    }

    /// The value written in the `done` column.
    var doneDate: String {
        if case .done(let day) = self { return day.description }
        return ""
    }
}
