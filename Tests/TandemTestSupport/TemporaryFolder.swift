import Foundation

/// A fresh folder under the system's temporary folder, removed when the value goes away.
///
/// Keep the value alive for as long as anything reads the folder: Swift may end a value's life
/// at its last use, not at the end of the scope.
public final class TemporaryFolder: @unchecked Sendable {
    public let path: String

    public init() throws {
        path = NSTemporaryDirectory() + "tandem-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The path of `name` inside the folder.
    public func url(_ name: String) -> String { path + "/" + name }

    public func write(_ name: String, _ text: String) throws {
        try write(name, Array(text.utf8))
    }

    public func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: url(name)))
    }

    public func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: url(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    public func makeFolder(_ name: String) throws {
        try FileManager.default.createDirectory(atPath: url(name), withIntermediateDirectories: true)
    }

    /// The names in the folder, sorted.
    public func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}
