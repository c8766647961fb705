/// A run of text in one role: the unit widgets compose lines from.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, _ role: StyleRole = .text) {
        self.text = text
        self.role = role
    }

    public var width: Int { text.displayWidth }
}

/// A line of spans.
public typealias Line = [Span]

extension Array where Element == Span {
    public var width: Int { reduce(0) { $0 + $1.width } }
    public var plainText: String { map(\.text).joined() }
}
