import TandemCore

/// The form `a` opens over the screen to write down an action in the meeting: title first, then
/// owner, assignee, due date and links, prefilled from the item selected when it opened. What was
/// typed is kept while a field is refused; nothing is written until every field is valid.
public struct ActionForm: Equatable, Sendable {
    public var values: [ActionField: String]
    public var focus: ActionField = .title
    /// Why a field was refused at the last Enter, shown beside it.
    public var problems: [ActionField: String] = [:]

    /// The longest text a field takes as typed; the engine checks the real limits.
    static let maximumTyped = 400

    /// - Parameters: `owner` and `links`: of the item the form was opened on, if any.
    public init(owner: Owner?, links: [String]) {
        values = [
            .title: "", .owner: owner?.rawValue ?? "", .assignee: "", .due: "",
            .links: links.joined(separator: "; "),
        ]
    }

    public func value(_ field: ActionField) -> String { values[field] ?? "" }

    mutating func type(_ character: Character) {
        // Typed text is as untrusted as file text: no control characters, as in the filter.
        guard DisplayWidth.of(character) > 0, value(focus).count < Self.maximumTyped else { return }
        values[focus] = value(focus) + String(character)
        problems[focus] = nil
    }

    mutating func deleteBackward() {
        values[focus] = String(value(focus).dropLast())
        problems[focus] = nil
    }

    mutating func move(by step: Int) {
        let all = ActionField.allCases
        focus = all[(all.firstIndex(of: focus)! + step + all.count) % all.count]
    }

    /// The action to write, or each field's problem marked in place (focus on the first).
    mutating func validated(asOf: Day, known: Set<String>) -> NewAction? {
        do throws(ActionInputError) {
            problems = [:]
            return try NewAction(
                title: value(.title), owner: value(.owner), assignee: value(.assignee), due: value(.due),
                links: NewAction.linkIDs(value(.links)), asOf: asOf, known: known)
        } catch {
            // Every field's problem at once, so each is marked in place; the focus goes to the first.
            let found = NewAction.problems(
                title: value(.title), owner: value(.owner), assignee: value(.assignee), due: value(.due),
                links: NewAction.linkIDs(value(.links)), asOf: asOf, known: known)
            problems = Dictionary(found.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
            focus = ActionField.allCases.first { problems[$0] != nil } ?? error.field
            return nil
        }
    }
}
