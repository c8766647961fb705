/// Something that needs the leaders' attention: which item, and how urgently. Data only; each
/// view words it from the item's assessment when it draws it.
public struct AttentionItem: Sendable, Equatable {
    public enum Subject: Sendable, Equatable {
        /// Indices into the scorecard's lists.
        case kpi(Int)
        case risk(Int)
        case initiative(Int)
        /// An index into the scorecard's actions.
        case action(Int)
        /// A row left out of a file for an error: its diagnostic, and its id when it could be read.
        case rowLeftOut(diagnostic: Int, id: String)
        /// The rows left out beyond those listed one by one, and the diagnostic that opens them.
        case moreRowsLeftOut(count: Int, diagnostic: Int?)
    }

    public let subject: Subject
    public let urgency: Urgency

    public init(_ subject: Subject, _ urgency: Urgency) {
        self.subject = subject
        self.urgency = urgency
    }

    /// The diagnostic Enter opens, for a row left out.
    public var diagnostic: Int? {
        switch subject {
        case .rowLeftOut(let index, _): index
        case .moreRowsLeftOut(_, let index): index
        case .kpi, .risk, .initiative, .action: nil
        }
    }
}
