/// Reads the `[sources.NAME]` tables of the manifest. Like every other setting, a value of the
/// wrong kind is a warning that names its line, and that one setting is ignored: a typo in a
/// mapping must not hide the dashboard.
enum SourceParser {
    static let keys: Set<String> = [
        "file", "sheet", "header_row", "delimiter", "decimal", "date_format", "percent", "money_scale", "layout",
        "columns", "values", "defaults",
    ]

    static func parse(_ sources: TOMLTable, fiscalYearStart: Int?) -> ([DataSet: Source], [Diagnostic]) {
        var found: [DataSet: Source] = [:]
        var diagnostics: [Diagnostic] = []
        for name in sources.keys {
            guard let set = DataSet(rawValue: name) else { continue }  // said by the manifest's key check
            var reader = TableReader(
                table: sources[name]?.table, path: "sources.\(name)", line: line(of: name, in: sources))
            if let source = reader.source(for: set, fiscalYearStart: fiscalYearStart) { found[set] = source }
            diagnostics += reader.diagnostics
        }
        return (found, diagnostics)
    }

    static func line(of key: String, in table: TOMLTable) -> Int? { table.entry(key)?.keyPosition.line }

    private struct TableReader {
        let table: TOMLTable?
        let path: String
        let line: Int?
        var diagnostics: [Diagnostic] = []

        init(table: TOMLTable?, path: String, line: Int?) {
            self.table = table
            self.path = path
            self.line = line
        }

        mutating func warn(_ key: String?, _ message: String, in subtable: TOMLTable? = nil) {
            let place = key.flatMap { SourceParser.line(of: $0, in: subtable ?? table!) } ?? line
            diagnostics.append(
                Diagnostic(
                    .warning, file: ManifestParser.fileName, line: place,
                    column: path + (key.map { ".\(TextSanitizer.visible($0))" } ?? ""), message))
        }

        mutating func source(for set: DataSet, fiscalYearStart: Int?) -> Source? {
            guard let table else {
                warn(
                    nil,
                    "expected a table such as [\(path)] with file = \"…\"; the data set is read from \(set.fileName)")
                return nil
            }
            for key in table.keys where !SourceParser.keys.contains(key) {
                warn(
                    key, "unknown key is ignored; expected one of \(SourceParser.keys.sorted().joined(separator: ", "))"
                )
            }
            guard let file = text("file"), !file.isEmpty else {
                warn(
                    nil,
                    "has no file; expected file = \"…\" (a .csv, .tsv, .txt or .xlsx); the data set is read "
                        + "from \(set.fileName)")
                return nil
            }
            var source = Source(file: file, options: ValueOptions(fiscalYearStart: fiscalYearStart))
            source.sheet = text("sheet")
            source.headerRow = integer("header_row", 1...CellReference.maximumRow)
            source.delimiter = choice("delimiter", [",": ",", ";": ";", "tab": "\t", "\t": "\t", "|": "|"])
                .map { $0.utf8.first! }
            source.options.decimal = choice("decimal", [".": ".", ",": ","]).map(Character.init) ?? "."
            source.options.dateFormat = choice("date_format", ["DMY": "DMY", "MDY": "MDY", "YMD": "YMD"])
                .flatMap(DateOrder.init)
            source.options.percent =
                choice("percent", ["points": "points", "fraction": "fraction"])
                .flatMap(PercentForm.init) ?? .points
            source.options.moneyScale = moneyScale() ?? 1
            source.isWide = choice("layout", ["long": "long", "wide": "wide"]) == "wide"
            if source.isWide, set != .measurements {
                warn("layout", "only measurements can be wide; expected layout = \"wide\" under [sources.measurements]")
                source.isWide = false
            }
            let known = source.isWide ? ["kpi"] : set.columns
            source.columns = columns(known: known)
            source.options.words = words(known: set.columns)
            source.defaults = defaults(known: set.columns)
            if source.isWide, !source.defaults.isEmpty {
                warn("defaults", "is not read with layout = \"wide\", whose rows are KPIs, not values; ignored")
                source.defaults = [:]
            }
            return source
        }

        mutating func text(_ key: String) -> String? {
            guard let value = table?[key] else { return nil }
            guard let text = value.string else {
                warn(key, "expected text in quotes; the setting is ignored")
                return nil
            }
            return TextSanitizer.clean(text)
        }

        mutating func integer(_ key: String, _ range: ClosedRange<Int>) -> Int? {
            guard let value = table?[key] else { return nil }
            guard let number = value.integer, range.contains(Int(number)) else {
                warn(
                    key,
                    "expected a whole number from \(range.lowerBound) to \(range.upperBound); the setting is ignored")
                return nil
            }
            return Int(number)
        }

        /// One of `allowed` (keys compared as written, then without case); the value it stands for.
        mutating func choice(_ key: String, _ allowed: [String: String]) -> String? {
            guard let raw = text(key) else { return nil }
            if let value = allowed[raw] ?? allowed.first(where: { $0.key.lowercased() == raw.lowercased() })?.value {
                return value
            }
            let listed = allowed.keys.filter { $0 != "\t" }.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            warn(
                key,
                "\"\(TextSanitizer.visible(raw))\" is not allowed; expected one of \(listed); the setting is ignored")
            return nil
        }

        mutating func moneyScale() -> Double? {
            guard let value = table?["money_scale"] else { return nil }
            guard let number = value.float ?? value.integer.map(Double.init), number > 0, number.isFinite else {
                warn(
                    "money_scale",
                    "expected a number above 0, e.g. money_scale = 1_000_000 for a \"£m\" column; "
                        + "the setting is ignored")
                return nil
            }
            return number
        }

        /// The subtable `key`, each of its keys checked against the data set's columns.
        mutating func subtable(_ key: String, known: [String]) -> [(String, TOMLValue, TOMLTable)] {
            guard let value = table?[key] else { return [] }
            guard let sub = value.table else {
                warn(key, "expected a table such as [\(path).\(key)]; the setting is ignored")
                return []
            }
            var entries: [(String, TOMLValue, TOMLTable)] = []
            for name in sub.keys {
                guard known.contains(name) else {
                    let near = known.first { CSVHeader.isNearMiss(name, $0) }
                    warn(
                        name,
                        "\"\(TextSanitizer.visible(name))\" is not a column Tandem reads here and is ignored; expected "
                            + (near.map { "\"\($0)\"" } ?? "one of \(known.joined(separator: ", "))"), in: sub)
                    continue
                }
                entries.append((name, sub[name]!, sub))
            }
            return entries
        }

        mutating func columns(known: [String]) -> [String: SourceColumn] {
            var columns: [String: SourceColumn] = [:]
            for (name, value, sub) in subtable("columns", known: known) {
                if let header = value.string, !header.isEmpty {
                    columns[name] = .header(TextSanitizer.clean(header))
                } else if let position = value.integer, (1...Int64(CSVReader.maxFields)).contains(position) {
                    columns[name] = .position(Int(position))
                } else {
                    warn(
                        name, "expected the header in quotes or the column's position (1 is the first); ignored",
                        in: sub)
                }
            }
            return columns
        }

        mutating func words(known: [String]) -> [String: [String: String]] {
            var words: [String: [String: String]] = [:]
            for (name, value, sub) in subtable("values", known: known) {
                guard let map = value.table else {
                    warn(
                        name, "expected words such as { \"IT Director\" = \"cio\", \"*\" = \"joint\" }; ignored",
                        in: sub)
                    continue
                }
                for word in map.keys {
                    guard let meaning = map[word]?.string ?? map[word]?.integer.map({ String($0) }) else {
                        warn(
                            name, "\"\(TextSanitizer.visible(word))\": expected Tandem's word in quotes; ignored",
                            in: sub)
                        continue
                    }
                    words[name, default: [:]][TextSanitizer.clean(word)] = TextSanitizer.clean(meaning)
                }
            }
            return words
        }

        mutating func defaults(known: [String]) -> [String: String] {
            var defaults: [String: String] = [:]
            for (name, value, sub) in subtable("defaults", known: known) {
                switch value {
                case .string(let text): defaults[name] = TextSanitizer.clean(text)
                case .integer(let number): defaults[name] = String(number)
                case .float(let number): defaults[name] = String(number)
                case .boolean(let flag): defaults[name] = flag ? "true" : "false"
                case .localDate(let date):
                    defaults[name] = Day(year: date.year, month: date.month, day: date.day)?.description
                default: warn(name, "expected a value in quotes, a number or a date; ignored", in: sub)
                }
            }
            return defaults
        }
    }
}
