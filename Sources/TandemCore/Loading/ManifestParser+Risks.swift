/// The `[risks]` settings: the matrix first, then the appetite (one number, or one per category)
/// and the band cutoffs, each checked against the highest score the matrix can give.
extension ManifestParser {
    static func readRisks(_ reader: inout Reader, into settings: inout Settings) {
        reader.integer("risks", "likelihood_levels", 2...10, into: &settings.likelihoodLevels)
        reader.integer("risks", "impact_levels", 2...10, into: &settings.impactLevels)
        let highest = settings.maxRiskScore
        let defaultAppetiteGiven = readAppetite(&reader, into: &settings)
        for band in [RiskBand.medium, .high, .critical] {
            reader.integer("risks", "bands", band.rawValue, 1...highest, into: &settings.bandFloors[band])
        }
        for band in RiskBand.allCases {
            reader.integer("risks", "review_days", band.rawValue, 1...3650, into: &settings.reviewDays[band])
        }
        let defaults = Settings(organization: "")
        if let medium = settings.bandFloors[.medium], let high = settings.bandFloors[.high],
            let critical = settings.bandFloors[.critical], !(medium < high && high < critical)
        {
            reader.report(
                .warning, "risks", "bands",
                "medium \(medium), high \(high), critical \(critical) are not increasing; expected medium < high < "
                    + "critical; using the defaults 5, 12, 16"
            )
            settings.bandFloors = defaults.bandFloors
        }
        // The defaults are a 5 × 5 matrix's: on a smaller one they can be out of reach, which is
        // said rather than silently leaving a band or the appetite that nothing can reach.
        let matrix = "the highest score \(highest) of a \(settings.likelihoodLevels) × \(settings.impactLevels) matrix"
        let unreachable = [RiskBand.medium, .high, .critical].filter { settings.bandFloors[$0] ?? 0 > highest }
        if let band = unreachable.first {
            reader.report(
                .warning, "risks", "bands",
                "\(band.rawValue) starts at \(settings.bandFloors[band] ?? 0), above \(matrix): no risk can be "
                    + "\(unreachable.map(\.rawValue).joined(separator: " or ")); expected bands for this matrix, "
                    + "e.g. bands = { medium = \(max(1, highest / 4)), high = \(max(2, highest / 2)), "
                    + "critical = \(max(3, highest * 2 / 3)) }"
            )
        }
        if !defaultAppetiteGiven, settings.appetite >= highest {
            reader.report(
                .warning, "risks", "appetite",
                "the default appetite \(settings.appetite) is at or above \(matrix): no risk can be above it; "
                    + "expected an appetite for this matrix, from 0 to \(highest - 1)")
        }
    }

    /// `appetite = 12`, or a table by category with `default` for the rest: `appetite = { default =
    /// 12, cyber = 6 }` or a `[risks.appetite]` section. A bad value is a warning, and the category
    /// keeps the default.
    /// - Returns: whether the default appetite was written (well or not).
    private static func readAppetite(_ reader: inout Reader, into settings: inout Settings) -> Bool {
        guard let value = reader.value("risks", "appetite") else { return false }
        let range = 0...settings.maxRiskScore
        guard let table = value.table else {
            guard let number = value.integer.map(Int.init), range.contains(number) else {
                reader.report(
                    .warning, "risks", "appetite",
                    "expected a whole number from 0 to \(range.upperBound), or a table by category such as "
                        + "appetite = { default = 12, cyber = 6 }; using the default \(settings.appetite)")
                return true
            }
            settings.appetite = number
            return true
        }
        // The default first, so that a bad category's message names the appetite it gets.
        for key in table.keys.filter({ $0 == "default" }) + table.keys.filter({ $0 != "default" }) {
            let shown = TextSanitizer.visible(key)
            guard let number = table[key]?.integer.map(Int.init), range.contains(number) else {
                reader.report(
                    .warning, "risks", "appetite", subkey: key,
                    "\(shown): expected a whole number from 0 to \(range.upperBound); "
                        + (key == "default"
                            ? "using the default \(settings.appetite)"
                            : "\(shown) risks have the default appetite \(settings.appetite)"))
                continue
            }
            if key == "default" {
                settings.appetite = number
            } else {
                settings.appetiteByCategory[TextSanitizer.clean(key).lowercased()] = number
            }
        }
        return table["default"] != nil
    }
}
