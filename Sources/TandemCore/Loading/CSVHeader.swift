/// The header of a CSV file: finds columns by name, in any order. Names match as people write
/// them: case, and every run of spaces, line breaks, `_` and `-`, do not matter, so
/// `Residual Likelihood`, `residual_likelihood` and `RESIDUAL-LIKELIHOOD` are one column.
struct CSVHeader {
    let file: String
    private let indexByName: [String: Int]
    /// Warnings about the header itself: a column named twice, a near miss of a known column.
    let warnings: [Diagnostic]

    /// - Parameter known: the columns Tandem reads from this file, for "did you mean".
    init(file: String, names: [String], known: [String] = []) {
        self.file = file
        var indexByName: [String: Int] = [:]
        var repeats: [(shown: String, positions: [Int])] = []
        var repeatIndex: [String: Int] = [:]
        var warnings: [Diagnostic] = []
        let knownKeys = Set(known.map(Self.key))
        for (index, raw) in names.enumerated() {
            let name = Self.key(raw)
            guard !name.isEmpty else { continue }
            let shown = { TextSanitizer.visible(String(TextSanitizer.clean(raw).prefix(60))) }
            if let first = indexByName[name] {
                // One warning per name repeated, however often: a header of thousands stays readable.
                if let at = repeatIndex[name] {
                    repeats[at].positions.append(index + 1)
                } else {
                    repeatIndex[name] = repeats.count
                    repeats.append((shown(), [first + 1, index + 1]))
                }
                continue
            }
            indexByName[name] = index
            if !knownKeys.isEmpty, !knownKeys.contains(name), warnings.count < Self.nearMissesListed,
                let near = known.first(where: { Self.isNearMiss(name, Self.key($0)) })
            {
                warnings.append(
                    Diagnostic(
                        .warning, file: file, line: 1,
                        "the column \"\(shown())\" is not one Tandem reads and is ignored; did you mean \"\(near)\"?"))
            }
        }
        for (shown, positions) in repeats.prefix(Self.repeatsListed) {
            let listed =
                positions.prefix(5).map(String.init).joined(separator: ", ") + (positions.count > 5 ? ", …" : "")
            warnings.append(
                Diagnostic(
                    .warning, file: file, line: 1,
                    "the column \"\(shown)\" appears \(positions.count) times (columns \(listed)); the first is read, "
                        + "expected each column once"))
        }
        self.indexByName = indexByName
        self.warnings = warnings
    }

    /// At most this many names are warned about, for near misses and for repeats each.
    static let nearMissesListed = 20
    static let repeatsListed = 20

    func column(_ name: String) -> Column { Column(name: name, index: indexByName[Self.key(name)]) }

    /// Fails the load when a required column is missing.
    func requireColumns(_ names: [String]) throws(LoadFailure) {
        let missing = names.filter { indexByName[Self.key($0)] == nil }
        guard missing.isEmpty else {
            let list = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            throw LoadFailure(
                file: file, line: 1,
                "the header has no \(missing.count == 1 ? "column" : "columns") \(list); expected the "
                    + "columns \(names.joined(separator: ", ")) (in any order)"
            )
        }
    }

    /// The name as compared: as words are (`WordForms.normalized`), lowercased with runs of
    /// spaces, line breaks, `_` and `-` as one space.
    static func key(_ raw: String) -> String { WordForms.normalized(TextSanitizer.clean(raw)) }

    /// Within two edits of a known name (and long enough for that to mean something).
    static func isNearMiss(_ a: String, _ b: String) -> Bool {
        guard a.count >= 4, abs(a.count - b.count) <= 2 else { return false }
        let (x, y) = (Array(a), Array(b))
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where j <= y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count] <= 2
    }
}
