/// An action agreed in a meeting: who answers for it, who does it, by when, and what it is about.
/// (Named `ActionItem`, as minutes call it, to keep it apart from a key press's action.)
public struct ActionItem: Sendable, Equatable {
    public var id: String
    public var title: String
    public var owner: Owner
    /// The person who does it, in the owner's team.
    public var assignee: String
    public var due: Day?
    public var status: ActionStatus
    /// The day it was done.
    public var done: Day?
    /// The meeting that agreed it.
    public var raised: Day?
    /// KPI, risk, initiative or action ids.
    public var links: [String]
    public var note: String
    /// The row's line in its file, for messages.
    public var line: Int

    public init(
        id: String, title: String, owner: Owner, assignee: String = "", due: Day? = nil,
        status: ActionStatus = .open, done: Day? = nil, raised: Day? = nil, links: [String] = [], note: String = "",
        line: Int = 0
    ) {
        (self.id, self.title, self.owner, self.assignee, self.due) = (id, title, owner, assignee, due)
        (self.status, self.done, self.raised, self.links, self.note, self.line) =
            (status, done, raised, links, note, line)
    }
}

public enum ActionStatus: String, CaseIterable, Sendable {
    case open, done, dropped
}
