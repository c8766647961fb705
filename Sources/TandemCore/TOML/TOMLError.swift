/// Why a TOML file could not be read, and where: the first problem only, as a sentence that
/// says what was expected (`expected a value after '='`).
public struct TOMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, _ message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ position: TOMLPosition, _ message: String) {
        self.init(line: position.line, column: position.column, message)
    }

    public var description: String { "line \(line), column \(column): \(message)" }

    /// A byte as a message shows it: printable ASCII in quotes, anything else by its code, so
    /// that a message never carries a control character of the file.
    static func shown(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        switch byte {
        case 0x20: return "a space"
        case 0x09: return "a tab"
        case 0x0A: return "the end of the line"
        case 0x0D: return "a carriage return without a line feed"
        default:
            let hex = String(byte, radix: 16, uppercase: true)
            return byte < 0x80 ? "the control character U+\(hex.count < 2 ? "000" : "00")\(hex)" : "the byte 0x\(hex)"
        }
    }

    /// A key as a message shows it: bare when it could be written bare, else in quotes with
    /// anything unprintable escaped.
    static func shown(key: String) -> String {
        let bare = !key.isEmpty && key.utf8.allSatisfy(TOMLScanner.isBareKeyByte)
        if bare { return key }
        var text = "\""
        for scalar in key.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case _
            where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || (0x2028...0x202E).contains(scalar.value):
                text +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16, uppercase: true)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    /// A dotted path (`fruit.apple`) as a message shows it.
    static func shown(path: [String]) -> String { path.map { shown(key: $0) }.joined(separator: ".") }
}
