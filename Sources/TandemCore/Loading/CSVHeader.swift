/// The header of a CSV file: finds columns by name, in any order. Names match as people write
/// them: case, and every run of spaces, line breaks, `_` and `-`, do not matter, so
/// `Residual Likelihood`, `residual_likelihood` and `RESIDUAL-LIKELIHOOD` are one column.
struct CSVHeader {
    let file: String
    /// The line (or sheet row) the header is on.
    let line: Int
    private let indexByName: [String: Int]
    /// Tandem column → where `[sources.NAME.columns]` says it is.
    private let mapping: [String: SourceColumn]
    /// The names as written, for messages.
    let names: [String]
    /// Warnings about the header itself: a column named twice, a near miss of a known column.
    private(set) var warnings: [Diagnostic]

    /// - Parameter known: the columns Tandem reads from this file, for "did you mean".
    init(file: String, line: Int = 1, names: [String], known: [String] = [], mapping: [String: SourceColumn] = [:]) {
        self.file = file
        self.line = line
        self.mapping = mapping
        self.names = names
        var indexByName: [String: Int] = [:]
        var repeats: [(shown: String, positions: [Int])] = []
        var repeatIndex: [String: Int] = [:]
        var warnings: [Diagnostic] = []
        // A header the mapping names is read, whatever it is called.
        let knownKeys = Set(known.map(Self.key)).union(
            mapping.values.compactMap { if case .header(let name) = $0 { Self.key(name) } else { nil } })
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
                        .warning, file: file, line: line,
                        "the column \"\(shown())\" is not one Tandem reads and is ignored; did you mean \"\(near)\"?"))
            }
        }
        for (shown, positions) in repeats.prefix(Self.repeatsListed) {
            let listed =
                positions.prefix(5).map(String.init).joined(separator: ", ") + (positions.count > 5 ? ", …" : "")
            warnings.append(
                Diagnostic(
                    .warning, file: file, line: line,
                    "the column \"\(shown)\" appears \(positions.count) times (columns \(listed)); the first is read, "
                        + "expected each column once"))
        }
        self.indexByName = indexByName
        self.warnings = warnings
    }

    /// The header with more warnings about its row, before its own.
    func adding(_ warnings: [Diagnostic]) -> CSVHeader {
        var header = self
        header.warnings.insert(contentsOf: warnings, at: 0)
        return header
    }

    /// At most this many names are warned about, for near misses and for repeats each.
    static let nearMissesListed = 20
    static let repeatsListed = 20

    func column(_ name: String) -> Column { Column(name: name, index: index(of: name)) }

    private func index(of name: String) -> Int? {
        switch mapping[name] {
        case .position(let position): position <= names.count ? position - 1 : nil
        case .header(let header): indexByName[Self.key(header)]
        case nil: indexByName[Self.key(name)]
        }
    }

    /// The required columns the header lacks, as the message names them.
    func missing(_ required: [String]) -> [String] {
        required.filter { index(of: $0) == nil }.map { name in
            mapping[name].map { "\($0) (for \(name))" } ?? "\"\(name)\""
        }
    }

    /// Fails the load when a required column is missing.
    func requireColumns(_ names: [String]) throws(LoadFailure) {
        let missing = missing(names)
        guard missing.isEmpty else {
            let list = missing.joined(separator: ", ")
            throw LoadFailure(
                file: file, line: line,
                "the header has no \(missing.count == 1 ? "column" : "columns") \(list); expected the "
                    + "columns \(names.joined(separator: ", ")) (in any order)" + rowHolds
            )
        }
    }

    /// The headers the row has, when few enough to be worth listing beside what was missing.
    private var rowHolds: String {
        let shown = names.filter { !Self.key($0).isEmpty }.prefix(12).map {
            "\"\(TextSanitizer.visible(String(TextSanitizer.clean($0).prefix(40))))\""
        }
        guard !shown.isEmpty else { return "; the row is empty" }
        return "; the row holds " + shown.joined(separator: ", ") + (names.count > 12 ? ", …" : "")
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
