/// Reads `tandem.toml` into `Settings`. A syntax error is a load failure with its line; a value of
/// the wrong kind is a warning and the default stays, so one typo never hides the dashboard.
/// Not API: the SPI lets the fuzz targets in Fuzz/ call the parser directly.
@_spi(Fuzzing) public enum ManifestParser {
    static let fileName = "tandem.toml"

    static let knownKeys: [String: Set<String>] = [
        "organization": ["name", "as_of", "currency", "fiscal_year_start"],
        "leaders": ["cio", "coo"],
        "kpis": ["warn_band_pct", "stale_grace_days"],
        "risks": ["likelihood_levels", "impact_levels", "appetite", "bands", "review_days"],
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
        readRisks(&reader, into: &settings)
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
}

extension StringProtocol {
    /// Trims the given characters from both ends, without Foundation. The few characters are
    /// searched as they are: a `Set` of them, built on every call, cost more than the trimming.
    func trimmingCharacters(in characters: String) -> String {
        guard let first = firstIndex(where: { !characters.contains($0) }),
            let last = lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
