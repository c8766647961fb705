/// Reads `tandem.toml` into `Settings`. A syntax error is a load failure with its line; a value of
/// the wrong kind is a warning and the default stays, so one typo never hides the dashboard.
/// Not API: the SPI lets the fuzz targets in Fuzz/ call the parser directly.
@_spi(Fuzzing) public enum ManifestParser {
    static let fileName = "tandem.toml"

    private static let knownKeys: [String: Set<String>] = [
        "organization": ["name", "as_of", "currency", "fiscal_year_start"],
        "leaders": ["cio", "coo"],
        "kpis": ["warn_band_pct", "stale_grace_days"],
        "risks": ["appetite", "bands", "review_days"],
        "initiatives": ["behind_amber_points", "behind_red_points", "cost_amber_pct", "cost_red_pct"],
        "sources": Set(DataSet.allCases.map(\.rawValue)),
    ]

    public static func parse(_ text: String) throws(LoadFailure) -> (Settings, [Diagnostic]) {
        try parse(bytes: Array(text.utf8))
    }

    /// The manifest as read from disk: bytes that are not UTF-8 are an error with their place,
    /// not replaced with `�` unseen.
    public static func parse(bytes: [UInt8]) throws(LoadFailure) -> (Settings, [Diagnostic]) {
        let table: TOMLTable
        do {
            table = try TOMLParser.parse(bytes: bytes)
        } catch {
            throw LoadFailure(
                file: fileName, line: error.line, "not valid TOML: \(error.message) (column \(error.column))")
        }
        var reader = Reader(table: table)
        var settings = Settings(organization: "")

        reader.checkKnownKeys()
        if let name = reader.string("organization", "name"), !name.isEmpty {
            settings.organization = name
        } else {
            reader.report(
                .error, "organization", "name",
                "is missing; expected the organisation's name, e.g. name = \"Northwind Health\"")
            settings.organization = "Untitled workspace"
        }
        settings.asOf = reader.day("organization", "as_of")
        if let currency = reader.string("organization", "currency") {
            if currency.isEmpty || currency.count > 8 {
                reader.report(
                    .warning, "organization", "currency",
                    "expected an ISO code or a symbol, e.g. currency = \"GBP\" or \"£\"; using \"$\"")
            } else {
                settings.currency = currency
            }
        }
        reader.integer("organization", "fiscal_year_start", nil, 1...12, into: &settings.fiscalYearStart)
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
            let critical = settings.bandFloors[.critical], !(medium < high && high < critical)
        {
            reader.report(
                .warning, "risks", "bands",
                "medium \(medium), high \(high), critical \(critical) are not increasing; expected medium < high < "
                    + "critical; using the defaults 5, 12, 16"
            )
            settings.bandFloors = Settings(organization: "").bandFloors
        }
        reader.number("initiatives", "behind_amber_points", 0...100, into: &settings.behindAmberPoints)
        reader.number("initiatives", "behind_red_points", 0...100, into: &settings.behindRedPoints)
        reader.number("initiatives", "cost_amber_pct", 0...1000, into: &settings.costAmberPct)
        reader.number("initiatives", "cost_red_pct", 0...1000, into: &settings.costRedPct)
        // Swapped limits would rate work past the red limit green (15 points behind with amber
        // at 15 and red at 5): like swapped risk bands, a warning and the defaults.
        let defaults = Settings(organization: "")
        if settings.behindAmberPoints > settings.behindRedPoints {
            reader.report(
                .warning, "initiatives", "behind_red_points",
                "behind_amber_points \(reader.format(settings.behindAmberPoints)) is above "
                    + "behind_red_points \(reader.format(settings.behindRedPoints)); expected amber at or below red; "
                    + "using the defaults \(reader.format(defaults.behindAmberPoints)) "
                    + "and \(reader.format(defaults.behindRedPoints))"
            )
            (settings.behindAmberPoints, settings.behindRedPoints) = (
                defaults.behindAmberPoints, defaults.behindRedPoints
            )
        }
        if settings.costAmberPct > settings.costRedPct {
            reader.report(
                .warning, "initiatives", "cost_red_pct",
                "cost_amber_pct \(reader.format(settings.costAmberPct)) is above "
                    + "cost_red_pct \(reader.format(settings.costRedPct)); expected amber at or below red; using the "
                    + "defaults \(reader.format(defaults.costAmberPct)) and \(reader.format(defaults.costRedPct))"
            )
            (settings.costAmberPct, settings.costRedPct) = (defaults.costAmberPct, defaults.costRedPct)
        }
        if let sources = table["sources"]?.table {
            let (found, problems) = SourceParser.parse(sources, fiscalYearStart: settings.fiscalYearStart)
            settings.sources = found
            reader.diagnostics += problems
        }
        return (settings, reader.diagnostics)
    }

    private struct Reader {
        let table: TOMLTable
        var diagnostics: [Diagnostic] = []

        func value(_ section: String, _ key: String, _ subkey: String? = nil) -> TOMLValue? {
            guard let value = table[section]?.table?[key] else { return nil }
            guard let subkey else { return value }
            return value.table?[subkey]
        }

        mutating func report(
            _ severity: Diagnostic.Severity, _ section: String, _ key: String,
            _ message: String
        ) {
            diagnostics.append(
                Diagnostic(
                    severity, file: ManifestParser.fileName,
                    line: line(of: key, in: section) ?? line(ofSection: section),
                    column: "\(TextSanitizer.visible(section)).\(TextSanitizer.visible(key))", message))
        }

        mutating func checkKnownKeys() {
            for section in table.keys {
                guard let known = ManifestParser.knownKeys[section] else {
                    diagnostics.append(
                        Diagnostic(
                            .warning, file: ManifestParser.fileName,
                            line: line(ofSection: section), column: TextSanitizer.visible(section),
                            "unknown section [\(TextSanitizer.visible(section))] is ignored; expected one of "
                                + ManifestParser.knownKeys.keys.sorted().map { "[\($0)]" }.joined(separator: ", ")
                        ))
                    continue
                }
                for key in table[section]?.table?.keys ?? [] where !known.contains(key) {
                    report(
                        .warning, section, key,
                        "unknown key is ignored; expected one of \(known.sorted().joined(separator: ", "))")
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
            if case .localDate(let date) = value, let day = Day(year: date.year, month: date.month, day: date.day) {
                return day
            }
            if let text = value.string {
                let bytes = Array(text.utf8)
                if let day = bytes.withUnsafeBufferPointer(FieldParsing.day) { return day }
            }
            report(
                .warning, section, key, "expected a date as YYYY-MM-DD, e.g. \(key) = 2026-11-20; using today instead")
            return nil
        }

        mutating func number(
            _ section: String, _ key: String, _ range: ClosedRange<Double>,
            into target: inout Double
        ) {
            guard let value = value(section, key) else { return }
            guard let number = value.float ?? value.integer.map(Double.init), range.contains(number) else {
                report(
                    .warning, section, key,
                    "expected a number from \(Int(saturating: range.lowerBound)) "
                        + "to \(Int(saturating: range.upperBound)); using the default \(format(target))"
                )
                return
            }
            target = number
        }

        mutating func integer(
            _ section: String, _ key: String, _ subkey: String? = nil,
            _ range: ClosedRange<Int>, into target: inout Int?
        ) {
            guard let raw = value(section, key, subkey) else { return }
            guard let number = raw.integer.map(Int.init), range.contains(number) else {
                report(
                    .warning, section, key,
                    "\(subkey.map { "\($0): " } ?? "")expected a whole number from \(range.lowerBound) "
                        + "to \(range.upperBound); "
                        + (target.map { "using the default \($0)" } ?? "the setting is left unset")
                )
                return
            }
            target = number
        }

        mutating func integer(
            _ section: String, _ key: String, _ range: ClosedRange<Int>,
            into target: inout Int
        ) {
            var optional: Int? = target
            integer(section, key, nil, range, into: &optional)
            target = optional ?? target
        }

        func format(_ value: Double) -> String {
            value == value.rounded() ? String(Int(saturating: value)) : String(value)
        }

        /// The line the key is written on, from the place the TOML reader kept.
        func line(of key: String, in section: String) -> Int? {
            table[section]?.table?.entry(key)?.keyPosition.line
        }

        /// The line of the section's header (or of its key, for a section written with dotted keys).
        func line(ofSection section: String) -> Int? {
            table.entry(section)?.keyPosition.line
        }
    }
}

extension StringProtocol {
    /// Trims the given characters from both ends, without Foundation.
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        guard let first = firstIndex(where: { !set.contains($0) }),
            let last = lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
