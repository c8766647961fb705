/// The values `BaselineReader` keeps of an item's fields, and how each becomes the type a
/// baseline holds or the problem that says why it cannot.
extension BaselineReader {
    /// Where in the file: `kpis[2].residual_score` is `[.key("kpis"), .index(2), .key("residual_score")]`.
    enum Step: Equatable {
        case key(String)
        case index(Int)
    }

    /// Why a file is not a baseline, in the terms of Foundation's decoder (which read baselines
    /// before this reader), so that messages say what they said.
    enum Problem: Error, Equatable {
        case syntax(JSONScanner.Failure)
        /// A field that must be there is not.
        case missing([Step])
        /// A value of the wrong kind: the type expected, as Swift names it, and what was found.
        case mismatch([Step], expected: String, found: JSONScanner.Kind)
        /// Null where a value must be.
        case null([Step], expected: String)
        /// A value of the right kind that is not one the field can hold.
        case invalid([Step], String)
    }

    /// A field's value as read: scalars whole, lists of strings whole, anything else by kind only.
    enum Field {
        case string(String)
        case number(Substring)
        case bool(Bool)
        case null
        case strings([String])
        /// A list with something not a string in it: the first such item's position and kind.
        case badItem(Int, JSONScanner.Kind)
        case other(JSONScanner.Kind)

        var kind: JSONScanner.Kind {
            switch self {
            case .string: .string
            case .number: .number
            case .bool: .bool
            case .null: .null
            case .strings, .badItem: .array
            case .other(let kind): kind
            }
        }
    }

    static func text(_ field: Field?, _ at: @autoclosure () -> [Step]) throws(Problem) -> String {
        guard let field else { throw .missing(at()) }
        if case .string(let text) = field { return text }
        throw field.kind == .null
            ? .null(at(), expected: "String") : .mismatch(at(), expected: "String", found: field.kind)
    }

    /// Absent and null are both nil.
    static func optionalText(_ field: Field?, _ at: @autoclosure () -> [Step]) throws(Problem) -> String? {
        guard let field, field.kind != .null else { return nil }
        return try text(field, at())
    }

    static func flag(_ field: Field?, _ at: @autoclosure () -> [Step]) throws(Problem) -> Bool {
        guard let field else { throw .missing(at()) }
        if case .bool(let value) = field { return value }
        throw field.kind == .null ? .null(at(), expected: "Bool") : .mismatch(at(), expected: "Bool", found: field.kind)
    }

    static func optionalFlag(_ field: Field?, _ at: @autoclosure () -> [Step]) throws(Problem) -> Bool? {
        guard let field, field.kind != .null else { return nil }
        return try flag(field, at())
    }

    /// A whole number, which may be written as one with a zero fraction or an exponent (`12.0`, `1.2e1`).
    static func integer(_ field: Field?, _ at: @autoclosure () -> [Step]) throws(Problem) -> Int {
        guard let field else { throw .missing(at()) }
        guard case .number(let text) = field else {
            throw field.kind == .null
                ? .null(at(), expected: "Int") : .mismatch(at(), expected: "Int", found: field.kind)
        }
        if let value = Int(text) { return value }
        if let value = Double(text), let whole = Int(exactly: value) { return whole }
        throw .invalid(at(), "Parsed JSON number <\(text)> does not fit in Int.")
    }

    static func choice<Value: RawRepresentable<String>>(_ field: Field?, _ at: @autoclosure () -> [Step])
        throws(Problem) -> Value
    {
        let raw = try text(field, at())
        guard let value = Value(rawValue: raw) else {
            throw .invalid(at(), "Cannot initialize \(Value.self) from invalid String value \(raw)")
        }
        return value
    }

    static func optionalChoice<Value: RawRepresentable<String>>(
        _ field: Field?, _ at: @autoclosure () -> [Step]
    ) throws(Problem) -> Value? {
        guard let field, field.kind != .null else { return nil }
        return try choice(field, at()) as Value
    }

    static func texts(_ field: Field?, _ at: @autoclosure () -> [Step]) throws(Problem) -> [String] {
        guard let field else { throw .missing(at()) }
        switch field {
        case .strings(let texts): return texts
        case .badItem(let index, let kind):
            let item = at() + [.index(index)]
            throw kind == .null ? .null(item, expected: "String") : .mismatch(item, expected: "String", found: kind)
        case .null: throw .null(at(), expected: "Array<Any>")
        default: throw .mismatch(at(), expected: "Array<Any>", found: field.kind)
        }
    }

    static func optionalTexts(_ field: Field?, _ at: @autoclosure () -> [Step]) throws(Problem) -> [String]? {
        guard let field, field.kind != .null else { return nil }
        return try texts(field, at())
    }
}
