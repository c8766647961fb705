import Foundation
import Testing

@testable import TandemCore

/// The public toml-test suite (github.com/toml-lang/toml-test), TOML 1.0 cases only: every valid
/// file must parse to the tree its JSON describes, every invalid file must be refused. The suite
/// is not part of this repository: point `TOML_TEST_DIR` at its `tests` folder to run it.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["TOML_TEST_DIR"] != nil, "TOML_TEST_DIR is not set"))
struct TOMLTestSuiteTests {
    let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["TOML_TEST_DIR"] ?? "/nonexistent")

    /// The files the suite lists for TOML 1.0 (1.1-only cases are left out).
    func files(_ kind: String) throws -> [String] {
        let list = try String(contentsOf: folder.appendingPathComponent("files-toml-1.0.0"), encoding: .utf8)
        return list.split(separator: "\n").map(String.init).filter { $0.hasPrefix(kind + "/") && $0.hasSuffix(".toml") }
    }

    func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(path)))
    }

    @Test func validFilesParseToTheTreeTheirJSONDescribes() throws {
        let paths = try files("valid")
        var failures: [String] = []
        for path in paths {
            let json = try JSONSerialization.jsonObject(
                with: Data(bytes(path.replacingOccurrences(of: ".toml", with: ".json"))), options: [.fragmentsAllowed])
            do {
                let table = try TOMLParser.parse(bytes: bytes(path))
                if let difference = Self.difference(.table(table), json, at: "") {
                    failures.append("\(path): \(difference)")
                }
            } catch {
                failures.append("\(path): refused: \(error)")
            }
        }
        print("toml-test valid (TOML 1.0): \(paths.count - failures.count) of \(paths.count) pass")
        #expect(failures == [], "\(failures.joined(separator: "\n"))")
    }

    @Test func invalidFilesAreRefused() throws {
        let paths = try files("invalid")
        var accepted: [String] = []
        for path in paths {
            do {
                let table = try TOMLParser.parse(bytes: bytes(path))
                accepted.append("\(path): accepted as \(table.keys)")
            } catch {
                // TOML_TEST_VERBOSE=1 lists each refusal's message, to read them for sense.
                if ProcessInfo.processInfo.environment["TOML_TEST_VERBOSE"] != nil { print("\(path): \(error)") }
            }
        }
        print("toml-test invalid (TOML 1.0): \(paths.count - accepted.count) of \(paths.count) refused")
        #expect(accepted == [], "\(accepted.joined(separator: "\n"))")
    }

    /// Where the parsed value differs from the suite's tagged JSON (`{"type": "integer", "value":
    /// "1"}`), or nil. Numbers compare by value, dates by their fields (so `t`/`T`, `z`/`Z` and a
    /// space for `T` are the same, as the suite's rules say).
    static func difference(_ value: TOMLValue, _ json: Any, at path: String) -> String? {
        if let tagged = json as? [String: Any], tagged.count == 2, let type = tagged["type"] as? String,
            let text = tagged["value"] as? String
        {
            let expected: TOMLValue?
            switch type {
            case "string": expected = .string(text)
            case "integer": expected = Int64(text).map { .integer($0) }
            case "float":
                let number: Double? =
                    switch text {
                    case "inf", "+inf": .infinity
                    case "-inf": -.infinity
                    case "nan", "+nan", "-nan": .nan
                    default: Double(text)
                    }
                if let number, number.isNaN, let float = value.float, float.isNaN { return nil }
                expected = number.map { .float($0) }
            case "bool": expected = .boolean(text == "true")
            case "datetime", "datetime-local", "date-local", "time-local":
                expected = (try? TOMLParser.parse("x = \(text)"))?["x"]
            default: return "\(path): unknown type \(type)"
            }
            guard let expected else { return "\(path): the suite's \(type) \(text) does not read" }
            return expected == value ? nil : "\(path): expected \(type) \(text), got \(value)"
        }
        if let object = json as? [String: Any] {
            guard let table = value.table else { return "\(path): expected a table, got \(value)" }
            guard Set(table.keys) == Set(object.keys) else {
                return "\(path): keys \(table.keys.sorted()) instead of \(object.keys.sorted())"
            }
            guard table.keys.count == Set(table.keys).count else { return "\(path): a key is listed twice" }
            for key in table.keys {
                if let difference = difference(table[key]!, object[key]!, at: path + "." + key) { return difference }
            }
            return nil
        }
        if let list = json as? [Any] {
            guard let array = value.array else { return "\(path): expected an array, got \(value)" }
            guard array.elements.count == list.count else {
                return "\(path): \(array.elements.count) elements instead of \(list.count)"
            }
            for (index, element) in array.elements.enumerated() {
                if let difference = difference(element, list[index], at: "\(path)[\(index)]") { return difference }
            }
            return nil
        }
        return "\(path): unexpected JSON \(json)"
    }
}
