/// An item of a baseline's lists, made from the fields `BaselineReader` kept of it: only those
/// named, in the order given (which is the order problems are found in).
protocol BaselineItem {
    /// The fields read, as the export names them.
    static var fields: [String] { get }
    /// Those of them that are lists of strings.
    static var lists: [String] { get }
    init(_ fields: [BaselineReader.Field?], _ path: [BaselineReader.Step]) throws(BaselineReader.Problem)
}

private typealias R = BaselineReader

extension Baseline.KPI: BaselineItem {
    static let fields = ["id", "name", "owner", "status"]
    static let lists: [String] = []

    init(_ f: [BaselineReader.Field?], _ path: [BaselineReader.Step]) throws(BaselineReader.Problem) {
        self.init(
            id: try R.text(f[0], path + [.key("id")]), name: try R.text(f[1], path + [.key("name")]),
            owner: try R.choice(f[2], path + [.key("owner")]), status: try R.choice(f[3], path + [.key("status")]))
    }
}

extension Baseline.Risk: BaselineItem {
    static let fields = [
        "id", "title", "owner", "band", "residual_score", "above_appetite", "status", "target_missed",
    ]
    static let lists: [String] = []

    init(_ f: [BaselineReader.Field?], _ path: [BaselineReader.Step]) throws(BaselineReader.Problem) {
        self.init(
            id: try R.text(f[0], path + [.key("id")]), title: try R.text(f[1], path + [.key("title")]),
            owner: try R.choice(f[2], path + [.key("owner")]), band: try R.choice(f[3], path + [.key("band")]),
            residualScore: try R.integer(f[4], path + [.key("residual_score")]),
            aboveAppetite: try R.flag(f[5], path + [.key("above_appetite")]),
            status: try R.choice(f[6], path + [.key("status")]),
            targetMissed: try R.optionalFlag(f[7], path + [.key("target_missed")]))
    }
}

extension Baseline.Initiative: BaselineItem {
    static let fields = ["id", "name", "sponsor", "stage", "health", "due", "missed_milestones", "kpis", "rating"]
    static let lists = ["missed_milestones", "kpis"]

    init(_ f: [BaselineReader.Field?], _ path: [BaselineReader.Step]) throws(BaselineReader.Problem) {
        self.init(
            id: try R.text(f[0], path + [.key("id")]), name: try R.text(f[1], path + [.key("name")]),
            sponsor: try R.choice(f[2], path + [.key("sponsor")]), stage: try R.choice(f[3], path + [.key("stage")]),
            health: try R.optionalChoice(f[4], path + [.key("health")]),
            due: try R.optionalText(f[5], path + [.key("due")]),
            missedMilestones: try R.optionalTexts(f[6], path + [.key("missed_milestones")]),
            kpis: try R.optionalTexts(f[7], path + [.key("kpis")]),
            rating: try R.optionalChoice(f[8], path + [.key("rating")]))
    }
}

extension Baseline.Finding: BaselineItem {
    static let fields = ["kind", "ids"]
    static let lists = ["ids"]

    init(_ f: [BaselineReader.Field?], _ path: [BaselineReader.Step]) throws(BaselineReader.Problem) {
        self.init(kind: try R.choice(f[0], path + [.key("kind")]), ids: try R.texts(f[1], path + [.key("ids")]))
    }
}

extension Baseline.Action: BaselineItem {
    static let fields = ["id", "title", "owner", "status", "due"]
    static let lists: [String] = []

    init(_ f: [BaselineReader.Field?], _ path: [BaselineReader.Step]) throws(BaselineReader.Problem) {
        self.init(
            id: try R.text(f[0], path + [.key("id")]), title: try R.text(f[1], path + [.key("title")]),
            owner: try R.choice(f[2], path + [.key("owner")]), status: try R.choice(f[3], path + [.key("status")]),
            due: try R.optionalText(f[4], path + [.key("due")]))
    }
}

extension BaselineReader {
    /// An item's object: the values of the fields named, nil where one is absent; others skipped.
    /// - Parameters:
    ///   - asBytes: the names' UTF-8.
    ///   - isList: for each name, whether its value is a list of strings.
    mutating func object(_ path: [Step], names: [String], asBytes: [[UInt8]], isList: [Bool]) throws(Problem)
        -> [Field?]
    {
        let kind = try peek()
        guard kind == .object else {
            throw kind == .null
                ? .null(path, expected: "Dictionary<String, Any>")
                : .mismatch(path, expected: "Dictionary<String, Any>", found: kind)
        }
        scanner.index += 1
        var values = [Field?](repeating: nil, count: names.count)
        var first = true
        while try more(closing: UInt8(ascii: "}"), first: first) {
            first = false
            // Matched as bytes: thousands of items, each with a dozen keys, made a text of every one.
            if let at = try keyIndex(in: names, asBytes: asBytes), values[at] == nil {
                values[at] = try field(list: isList[at])
            } else {
                try skip(depth: 3)
            }
        }
        return values
    }

    /// One value: scalars and (where `list`) lists of strings read, anything else skipped.
    mutating func field(list: Bool = false) throws(Problem) -> Field {
        do {
            switch try scanner.peekKind() {
            case .string: return .string(try scanner.string())
            case .number: return .number(try scanner.number())
            case .bool: return .bool(try scanner.bool())
            case .null:
                try scanner.literal("null")
                return .null
            case .array where list:
                scanner.index += 1
                var texts: [String] = []
                var bad: (Int, JSONScanner.Kind)?
                var count = 0
                while try scanner.more(closing: UInt8(ascii: "]"), first: count == 0) {
                    let kind = try scanner.peekKind()
                    if kind == .string, bad == nil {
                        texts.append(try scanner.string())
                    } else {
                        bad = bad ?? (count, kind)
                        try scanner.skipValue(depth: 4)
                    }
                    count += 1
                }
                return bad.map { .badItem($0.0, $0.1) } ?? .strings(texts)
            case let kind:
                try scanner.skipValue(depth: 3)
                return .other(kind)
            }
        } catch { throw .syntax(error) }
    }
}
