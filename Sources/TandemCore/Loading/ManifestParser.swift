import TOMLKit

/// Reads `tandem.toml` into `Settings`. A syntax error is a load failure with its line; a value of
/// the wrong kind is a warning and the default stays, so one typo never hides the dashboard.
/// Not API: the SPI lets the fuzz targets in Fuzz/ call the parser directly.
@_spi(Fuzzing) public enum ManifestParser {
    static let fileName = "tandem.toml"

    private static let knownKeys: [String: Set<String>] = [
        "organization": ["name", "as_of"],
        "leaders": ["cio", "coo"],
        "kpis": ["warn_band_pct", "stale_grace_days"],
        "risks": ["appetite", "bands", "review_days"],
        "initiatives": ["behind_amber_points", "behind_red_points", "cost_amber_pct", "cost_red_pct"],
    ]

    public static func parse(_ text: String) throws(LoadFailure) -> (Settings, [Diagnostic]) {
        if let (line, message) = TOMLPreflight.problem(in: text) {
            throw LoadFailure(file: fileName, line: line, "not valid TOML: \(message)")
        }
        let table: TOMLKit.TOMLTable
        do {
            table = try TOMLKit.TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw LoadFailure(file: fileName, line: error.source.begin.line,
                              "not valid TOML: \(error.description)")
        } catch {
            throw LoadFailure(file: fileName, "not valid TOML: \(error)")
        }
        // Lines split on the scalar, so that "\r\n" (one Character) ends a line too.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        var reader = Reader(table: table, lines: lines)
        var settings = Settings(organization: "")

        reader.checkKnownKeys()
        if let name = reader.string("organization", "name"), !name.isEmpty {
            settings.organization = name
        } else {
            reader.report(.error, "organization", "name", "is missing; expected the organisation's name, e.g. name = \"Northwind Health\"")
            settings.organization = "Untitled workspace"
        }
        settings.asOf = reader.day("organization", "as_of")
        settings.cioName = reader.string("leaders", "cio") ?? ""
        settings.cooName = reader.string("leaders", "coo") ?? ""
        reader.number("kpis", "warn_band_pct", 0...100, into: &settings.warnBandPct)
        reader.integer("kpis", "stale_grace_days", 0...3650, into: &settings.staleGraceDays)
        reader.integer("risks", "appetite", 0...25, into: &settings.appetite)
        for band in [RiskBand.medium, .high, .critical] {
            reader.integer("risks", "bands", band.rawValue, 1...25, into: &settings.bandFloors[band])
        }
        for band in RiskBand.allCases {
            reader.integer("risks", "review_days", band.rawValue, 1...3650, into: &settings.reviewDays[band])
        }
        if let medium = settings.bandFloors[.medium], let high = settings.bandFloors[.high],
           let critical = settings.bandFloors[.critical], !(medium < high && high < critical) {
            reader.report(.warning, "risks", "bands", "medium \(medium), high \(high), critical \(critical) are not increasing; expected medium < high < critical; using the defaults 5, 12, 16")
            settings.bandFloors = Settings(organization: "").bandFloors
        }
        reader.number("initiatives", "behind_amber_points", 0...100, into: &settings.behindAmberPoints)
        reader.number("initiatives", "behind_red_points", 0...100, into: &settings.behindRedPoints)
        reader.number("initiatives", "cost_amber_pct", 0...1000, into: &settings.costAmberPct)
        reader.number("initiatives", "cost_red_pct", 0...1000, into: &settings.costRedPct)
        return (settings, reader.diagnostics)
    }

    private struct Reader {
        let table: TOMLKit.TOMLTable
        let lines: [Substring]
        var diagnostics: [Diagnostic] = []

        func value(_ section: String, _ key: String, _ subkey: String? = nil) -> TOMLValueConvertible? {
            guard let value = table[section]?.table?[key] else { return nil }
            guard let subkey else { return value }
            return value.table?[subkey]
        }

        mutating func report(_ severity: Diagnostic.Severity, _ section: String, _ key: String,
                             _ message: String) {
            diagnostics.append(Diagnostic(severity, file: ManifestParser.fileName,
                                          line: line(of: key, in: section) ?? line(ofSection: section),
                                          column: "\(section).\(key)", message))
        }

        mutating func checkKnownKeys() {
            for section in table.keys {
                guard let known = ManifestParser.knownKeys[section] else {
                    diagnostics.append(Diagnostic(.warning, file: ManifestParser.fileName,
                        line: line(ofSection: section), column: section,
                        "unknown section [\(section)] is ignored; expected one of \(ManifestParser.knownKeys.keys.sorted().map { "[\($0)]" }.joined(separator: ", "))"))
                    continue
                }
                for key in table[section]?.table?.keys ?? [] where !known.contains(key) {
                    report(.warning, section, key, "unknown key is ignored; expected one of \(known.sorted().joined(separator: ", "))")
                }
            }
        }

        mutating func string(_ section: String, _ key: String) -> String? {
            guard let value = value(section, key) else { return nil }
            guard let text = value.string else {
                report(.warning, section, key, "expected text in quotes")
                return nil
            }
            return TextSanitizer.clean(text)
        }

        mutating func day(_ section: String, _ key: String) -> Day? {
            guard let value = value(section, key) else { return nil }
            if let date = value.date, let day = Day(year: date.year, month: date.month, day: date.day) {
                return day
            }
            if let text = value.string {
                let bytes = Array(text.utf8)
                if let day = bytes.withUnsafeBufferPointer(FieldParsing.day) { return day }
            }
            report(.warning, section, key, "expected a date as YYYY-MM-DD, e.g. \(key) = 2026-11-20; using today instead")
            return nil
        }

        mutating func number(_ section: String, _ key: String, _ range: ClosedRange<Double>,
                             into target: inout Double) {
            guard let value = value(section, key) else { return }
            guard let number = value.double ?? value.int.map(Double.init), range.contains(number) else {
                report(.warning, section, key, "expected a number from \(Int(range.lowerBound)) to \(Int(range.upperBound)); using the default \(format(target))")
                return
            }
            target = number
        }

        mutating func integer(_ section: String, _ key: String, _ subkey: String? = nil,
                              _ range: ClosedRange<Int>, into target: inout Int?) {
            guard let raw = value(section, key, subkey) else { return }
            guard let number = raw.int, range.contains(number) else {
                report(.warning, section, key, "\(subkey.map { "\($0): " } ?? "")expected a whole number from \(range.lowerBound) to \(range.upperBound); using the default \(target.map(String.init) ?? "")")
                return
            }
            target = number
        }

        mutating func integer(_ section: String, _ key: String, _ range: ClosedRange<Int>,
                              into target: inout Int) {
            var optional: Int? = target
            integer(section, key, nil, range, into: &optional)
            target = optional ?? target
        }

        private func format(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String(value)
        }

        /// TOMLKit keeps no positions for keys, so the line is found in the text.
        func line(of key: String, in section: String) -> Int? {
            var current = ""
            for (index, raw) in lines.enumerated() {
                let line = raw.trimmingCharacters(in: " \t\r")
                if line.hasPrefix("[") {
                    current = String(line.dropFirst().prefix { $0 != "]" }).trimmingCharacters(in: " ")
                } else if current == section, line.hasPrefix(key),
                          line.dropFirst(key.count).trimmingCharacters(in: " \t").hasPrefix("=") {
                    return index + 1
                }
            }
            return nil
        }

        func line(ofSection section: String) -> Int? {
            lines.firstIndex { $0.trimmingCharacters(in: " \t\r").hasPrefix("[\(section)]") }.map { $0 + 1 }
        }
    }
}

extension StringProtocol {
    /// Trims the given characters from both ends, without Foundation.
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        guard let first = firstIndex(where: { !set.contains($0) }),
              let last = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
