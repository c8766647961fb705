/// Reads the fields of a baseline file that changes are computed from, in one pass over its
/// bytes, and skips the rest (values, scores, diagnostics: most of a large workspace's export)
/// after checking it is JSON. Foundation's `JSONDecoder` built every value first and cost a
/// 1,000,000-measurement workspace 300 ms at each start and reload.
///
/// Problems are found as the decoder found them: bad JSON anywhere first, then the first
/// problem in the order the fields are declared (as_of, kpis, risks, initiatives, findings,
/// actions; within an item, its fields in order), wherever in the file each is.
struct BaselineReader {
    struct Contents {
        let asOf: String
        let kpis: [Baseline.KPI]?
        let risks: [Baseline.Risk]?
        let initiatives: [Baseline.Initiative]?
        let findings: [Baseline.Finding]
        let actions: [Baseline.Action]?
    }

    var scanner: JSONScanner

    private init(_ bytes: [UInt8]) { scanner = JSONScanner(bytes) }

    static func read(_ bytes: [UInt8]) throws(Problem) -> Contents {
        var reader = Self(bytes)
        return try reader.document()
    }

    /// A field's outcome, kept until the whole file is known to be JSON.
    private enum Slot<Value> {
        case absent
        case read(Value)
        case failed(Problem)

        var isAbsent: Bool {
            if case .absent = self { true } else { false }
        }
    }

    private mutating func document() throws(Problem) -> Contents {
        let kind = try peek()
        guard kind == .object else {
            try skip(depth: 0)
            try end()
            throw kind == .null
                ? .null([], expected: "Dictionary<String, Any>")
                : .mismatch([], expected: "Dictionary<String, Any>", found: kind)
        }
        var asOf = Slot<String>.absent
        var kpis = Slot<[Baseline.KPI]?>.absent
        var risks = Slot<[Baseline.Risk]?>.absent
        var initiatives = Slot<[Baseline.Initiative]?>.absent
        var findings = Slot<[Baseline.Finding]?>.absent
        var actions = Slot<[Baseline.Action]?>.absent
        scanner.index += 1
        var first = true
        while try more(closing: UInt8(ascii: "}"), first: first) {
            first = false
            let key = try key()
            let path = [Step.key(key)]
            // The first of keys given twice counts, as with Foundation's decoder; the rest are checked and skipped.
            switch key {
            case "as_of" where asOf.isAbsent:
                asOf = try slot { (r: inout Self) throws(Problem) in try Self.text(r.field(), path) }
            case "kpis" where kpis.isAbsent:
                kpis = try slot { (r: inout Self) throws(Problem) in try r.list(path, Baseline.KPI.self) }
            case "risks" where risks.isAbsent:
                risks = try slot { (r: inout Self) throws(Problem) in try r.list(path, Baseline.Risk.self) }
            case "initiatives" where initiatives.isAbsent:
                initiatives = try slot { (r: inout Self) throws(Problem) in try r.list(path, Baseline.Initiative.self) }
            case "findings" where findings.isAbsent:
                findings = try slot { (r: inout Self) throws(Problem) in try r.list(path, Baseline.Finding.self) }
            case "actions" where actions.isAbsent:
                actions = try slot { (r: inout Self) throws(Problem) in try r.list(path, Baseline.Action.self) }
            default: try skip(depth: 1)
            }
        }
        try end()
        func value<Value>(_ slot: Slot<Value>, _ key: String, required: Bool) throws(Problem) -> Value? {
            switch slot {
            case .absent: if required { throw .missing([.key(key)]) } else { return nil }
            case .read(let value): return value
            case .failed(let problem): throw problem
            }
        }
        let date = try value(asOf, "as_of", required: true)!
        let kpiList = try value(kpis, "kpis", required: false) ?? nil
        let riskList = try value(risks, "risks", required: false) ?? nil
        let initiativeList = try value(initiatives, "initiatives", required: false) ?? nil
        guard let findingList = try value(findings, "findings", required: true)! else {
            throw .null([.key("findings")], expected: "Array<Any>")
        }
        return Contents(
            asOf: date, kpis: kpiList, risks: riskList, initiatives: initiativeList, findings: findingList,
            actions: try value(actions, "actions", required: false) ?? nil)
    }

    // The scanner's steps, its failures as problems.

    mutating func peek() throws(Problem) -> JSONScanner.Kind {
        do { return try scanner.peekKind() } catch { throw .syntax(error) }
    }

    mutating func skip(depth: Int) throws(Problem) {
        do { try scanner.skipValue(depth: depth) } catch { throw .syntax(error) }
    }

    mutating func more(closing: UInt8, first: Bool) throws(Problem) -> Bool {
        do { return try scanner.more(closing: closing, first: first) } catch { throw .syntax(error) }
    }

    /// A member's key, and the colon after it.
    mutating func key() throws(Problem) -> String {
        do {
            let key = try scanner.string()
            try scanner.expect(UInt8(ascii: ":"))
            return key
        } catch { throw .syntax(error) }
    }

    /// Which of `names` a member's key is (`asBytes`: their UTF-8), and the colon after it; nil
    /// for another key.
    mutating func keyIndex(in names: [String], asBytes: [[UInt8]]) throws(Problem) -> Int? {
        do {
            let index = try scanner.stringIndex(in: names, asBytes: asBytes)
            try scanner.expect(UInt8(ascii: ":"))
            return index
        } catch { throw .syntax(error) }
    }

    mutating func end() throws(Problem) {
        do { try scanner.end() } catch { throw .syntax(error) }
    }

    /// Reads one top-level field's value. A problem in it is kept for later and the value skipped
    /// (checking it is JSON), since bad JSON further on is reported first.
    private mutating func slot<Value>(_ body: (inout Self) throws(Problem) -> Value) throws(Problem) -> Slot<Value> {
        let start = scanner.index
        do {
            return .read(try body(&self))
        } catch .syntax(let failure) {
            throw .syntax(failure)
        } catch {
            scanner.index = start
            try skip(depth: 1)
            return .failed(error)
        }
    }

    /// A list of items, or nil for null (a data set the workspace lacked).
    private mutating func list<Item: BaselineItem>(_ path: [Step], _: Item.Type) throws(Problem) -> [Item]? {
        let kind = try peek()
        if kind == .null {
            try skip(depth: 1)
            return nil
        }
        guard kind == .array else { throw .mismatch(path, expected: "Array<Any>", found: kind) }
        scanner.index += 1
        let (names, isList) = (Item.fields, Item.fields.map(Item.lists.contains))
        let asBytes = names.map { Array($0.utf8) }
        var items: [Item] = []
        while try more(closing: UInt8(ascii: "]"), first: items.isEmpty) {
            let at = path + [.index(items.count)]
            items.append(try Item(try object(at, names: names, asBytes: asBytes, isList: isList), at))
        }
        return items
    }
}
