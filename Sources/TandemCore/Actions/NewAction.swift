/// An action about to be added, every field checked. Values typed in a meeting are untrusted
/// like any file: control characters are stripped, owners and dates must be words and dates the
/// loader reads back, and links must name items that exist, all before anything is written, so
/// the file never gains a row that would be left out on the next load.
public struct NewAction: Sendable, Equatable {
    public let title: String
    public let owner: Owner
    /// A person, or empty.
    public let assignee: String
    public let due: Day
    /// KPI, risk, initiative or action ids, each once, in the order given.
    public let links: [String]
    /// The meeting that agreed it: the as-of date.
    public let raised: Day

    /// The longest title and assignee taken: a sentence, not a document.
    public static let maximumTitle = 300
    public static let maximumAssignee = 100

    /// Checks every field; throws the first problem in the form's field order.
    /// - Parameters:
    ///   - due: as typed (see `ActionDue.parse`); empty for the default.
    ///   - links: one id each, as given (`--on` once per id, or the form's field split by `linkIDs`):
    ///     an id may hold spaces or commas, so a value is never split again here.
    ///   - known: the ids a link may name (`knownIDs(in:)`).
    public init(
        title: String, owner: String, assignee: String = "", due: String = "", links: [String] = [], asOf: Day,
        known: Set<String>
    ) throws(ActionInputError) {
        self.title = try Self.title(title).get()
        self.owner = try Self.owner(owner).get()
        self.assignee = try Self.assignee(assignee).get()
        self.due = try ActionDue.parse(due, asOf: asOf).get()
        self.links = try Self.links(links, known: known).get()
        raised = asOf
    }

    /// Every field's problem at once, for a form that marks each field in place.
    public static func problems(
        title: String, owner: String, assignee: String, due: String, links: [String], asOf: Day, known: Set<String>
    ) -> [ActionInputError] {
        [
            Self.title(title).failure, Self.owner(owner).failure, Self.assignee(assignee).failure,
            ActionDue.parse(due, asOf: asOf).failure, Self.links(links, known: known).failure,
        ].compactMap { $0 }
    }

    public static func title(_ text: String) -> Result<String, ActionInputError> {
        let title = TextSanitizer.clean(text)
        guard !title.isEmpty else {
            return .failure(
                ActionInputError(.title, "is empty; expected what is to be done, e.g. \"Agree the contract\""))
        }
        guard title.count <= maximumTitle else {
            return .failure(
                ActionInputError(.title, "is \(title.count) characters long; expected at most \(maximumTitle)"))
        }
        return .success(title)
    }

    /// `cio`, `coo` or `joint`, in any case.
    public static func owner(_ text: String) -> Result<Owner, ActionInputError> {
        let word = TextSanitizer.clean(text)
        guard let owner = Owner(rawValue: word.lowercased()) else {
            let found =
                word.isEmpty ? "is empty" : "\"\(TextSanitizer.visible(String(word.prefix(40))))\" is not an owner"
            return .failure(ActionInputError(.owner, "\(found); expected cio, coo or joint"))
        }
        return .success(owner)
    }

    public static func assignee(_ text: String) -> Result<String, ActionInputError> {
        let name = TextSanitizer.clean(text)
        guard name.count <= maximumAssignee else {
            return .failure(
                ActionInputError(.assignee, "is \(name.count) characters long; expected at most \(maximumAssignee)"))
        }
        return .success(name)
    }

    /// Each id must name a KPI, risk, initiative or action of the workspace. An id holding `;`
    /// is refused even when it exists: the file separates links with `;`, so it would read back as
    /// two ids.
    public static func links(_ ids: [String], known: Set<String>) -> Result<[String], ActionInputError> {
        var seen = Set<String>()
        var links: [String] = []
        for raw in ids.map({ TextSanitizer.clean($0) }) where !raw.isEmpty && seen.insert(raw).inserted {
            let shown = TextSanitizer.visible(String(raw.prefix(40)))
            guard !raw.contains(";") else {
                return .failure(
                    ActionInputError(
                        .links, "\"\(shown)\" holds \";\", which separates links in the file; expected one id"))
            }
            guard known.contains(raw) else {
                return .failure(
                    ActionInputError(
                        .links,
                        "\"\(shown)\" is not the id of a KPI, risk, initiative or action in this workspace; "
                            + "expected an id from the dashboard, e.g. \(known.sorted().first ?? "R01")"))
            }
            links.append(raw)
        }
        return .success(links)
    }

    /// The ids in the form's links field: separated by `;` only, as in the file, so an id with a
    /// space or a comma in it can be linked too.
    public static func linkIDs(_ text: String) -> [String] {
        TextSanitizer.clean(text).split(separator: ";").map { TextSanitizer.clean(String($0)) }.filter { !$0.isEmpty }
    }

    /// The ids a new action may link: every KPI, risk, initiative and action loaded, and those left out
    /// for an error (the loader warns about such a link and keeps the row).
    public static func knownIDs(in card: Scorecard) -> Set<String> {
        let workspace = card.workspace
        var ids = Set(workspace.kpis.map(\.id))
        ids.formUnion(workspace.risks.map(\.id))
        ids.formUnion(workspace.initiatives.map(\.id))
        ids.formUnion(workspace.actions?.map(\.id) ?? [])
        for (_, leftOut) in card.leftOutIDs { ids.formUnion(leftOut.keys) }
        return ids
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
