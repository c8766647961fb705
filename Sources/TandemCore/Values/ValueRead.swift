/// What one field holds, as read by a value parser: a value, nothing, or something that is not a
/// value of this kind, with the sentence that says what was expected.
public enum ValueRead<Value: Equatable & Sendable>: Equatable, Sendable {
    case value(Value)
    /// Empty, or one of the words people write for nothing (`n/a`, `TBC`…).
    case empty
    /// Not a value; `expected` completes "expected …" in a message.
    case notAValue(expected: String)
    /// A form that reads only once `setting` is given (`date_format`, `fiscal_year_start`):
    /// said once per column, not once per row, since every row of the column is alike.
    case needsSetting(String, expected: String)

    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}
