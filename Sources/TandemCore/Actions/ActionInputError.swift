/// A field of a new action, as the form and the command line name it.
public enum ActionField: String, Sendable, CaseIterable {
    case title, owner, assignee, due, links
}

/// Why a value typed for a new action was refused: which field, and a sentence saying what was
/// found and what is expected. The form shows it beside the field and keeps what was typed; the
/// command line prints it and exits 1. Nothing is written while any field has one.
public struct ActionInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public let field: ActionField
    public let message: String

    public init(_ field: ActionField, _ message: String) {
        self.field = field
        self.message = message
    }

    /// `due: "next week" is not a date; …`
    public var description: String { "\(field.rawValue): \(message)" }
}
