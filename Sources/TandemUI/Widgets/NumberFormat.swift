import TandemCore

/// Numbers as executives read them: few digits, thousands grouped, units where they belong.
public enum NumberFormat {
    /// `99.64`, `1,234`, `0.85`, `384`: at most three significant decimals, trailing zeros cut.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return overflow(value) }
        let magnitude = abs(value)
        // Beyond what whole numbers can hold, scientific notation (a KPI may be 1e20).
        if magnitude >= 1e18 || !value.isFinite { return SignificantDigits.string(value, digits: 3) }
        let decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3
        let scale = pow10(decimals)
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return grouped(Int(saturating: rounded)) }
        let whole = Int(saturating: rounded.magnitude.rounded(.down))
        var fraction = String(Int(rounding: (rounded.magnitude - Double(whole)) * scale))
        fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (rounded < 0 ? "-" : "") + grouped(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// With its unit: `99.6%`, `$14.20`, `384 ms`, `57 minutes`, `1 minute`.
    /// - Parameter short: units of time abbreviated (`57 min`, `4 h`, `3 d`), for narrow columns.
    public static func value(_ value: Double, unit: String, short: Bool = false) -> String {
        switch unit {
        case "%": return plain(value) + "%"
        case "$", "£", "€", "¥": return amount(value, currency: unit)
        case "": return plain(value)
        default:
            let number = plain(value)
            return number + " " + word(unit, one: number == "1" || number == "-1", short: short)
        }
    }

    /// Money in the workspace's currency: `£1.2M`, `€640k`, `$14.20`; an ISO code without a common
    /// symbol goes before the amount (`CHF 1.2M`).
    public static func amount(_ value: Double, currency: String) -> String {
        let symbols = ["USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"]
        let symbol = symbols[currency.uppercased()] ?? currency
        let prefix = symbol.count == 1 ? symbol : symbol + " "
        return (value < 0 ? "-" : "") + prefix + money(abs(value))
    }

    /// With a sign: `+2`, `-4 minutes`; a change of a percentage in points (`+0.26 pts`), since
    /// `+0.26%` reads as relative.
    public static func signed(_ value: Double, unit: String, short: Bool = false) -> String {
        let text =
            unit == "%"
            ? plain(abs(value)) + (plain(abs(value)) == "1" ? " pt" : " pts")
            : NumberFormat.value(abs(value), unit: unit, short: short)
        return value > 0 ? "+" + text : value < 0 ? "-" + text : text
    }

    /// The unit as written, singular for exactly one (`minute`), or abbreviated (`min`).
    private static func word(_ unit: String, one: Bool, short: Bool) -> String {
        if short, let abbreviation = abbreviations[unit.lowercased()] { return abbreviation }
        // Only a plain word loses its plural s: `calls/1k` or `ms` stay as they are.
        if one, unit.count > 3, unit.hasSuffix("s"), !unit.hasSuffix("ss"), unit.allSatisfy(\.isLetter) {
            return String(unit.dropLast())
        }
        return unit
    }

    private static let abbreviations = [
        "minutes": "min", "minute": "min", "mins": "min", "hours": "h", "hour": "h", "hrs": "h",
        "days": "d", "day": "d", "seconds": "s", "second": "s", "secs": "s", "weeks": "wk", "week": "wk",
        "milliseconds": "ms",
    ]

    /// `4.45M`, `450k`, `1,250`, `14.20` (always with cents below a thousand).
    public static func money(_ value: Double) -> String {
        if value >= 1e18 || !value.isFinite { return plain(value) }
        if value >= 1_000_000 { return plain((value / 10_000).rounded() / 100) + "M" }
        if value >= 10_000 { return plain((value / 1000).rounded()) + "k" }
        if value < 1000 {
            let cents = Int(rounding: value * 100)
            let rest = cents % 100
            return grouped(cents / 100) + "." + (rest < 10 ? "0" : "") + String(rest)
        }
        return grouped(Int(saturating: value))
    }

    /// A percentage with no decimals unless it is small: `104%`, `4.5`.
    public static func points(_ value: Double) -> String {
        guard value.isFinite else { return overflow(value) }
        return abs(value) >= 10 ? String(Int(rounding: value)) : plain((value * 10).rounded() / 10)
    }

    /// A whole percentage, `104%`; beyond ±999% (or not finite) a bound, `>999%`: a figure that
    /// large says "off the scale", and its digits would only crowd the column.
    public static func percent(_ value: Double) -> String {
        if value.isNaN { return "—" }
        if value > 999 { return ">999%" }
        if value < -999 { return "<-999%" }
        return "\(Int(rounding: value))%"
    }

    /// A signed percentage with one decimal, `+2.5%`, bounded like `percent`: `>+999%`.
    public static func signedPercent(_ value: Double) -> String {
        if value.isNaN { return "—" }
        if value > 999 { return ">+999%" }
        if value < -999 { return "<-999%" }
        // A relative change is a percentage: never the points of `signed(_:unit: "%")`.
        let rounded = (value * 10).rounded() / 10
        return (rounded > 0 ? "+" : rounded < 0 ? "-" : "") + plain(abs(rounded)) + "%"
    }

    /// What stands for a figure that is not finite: it overflowed past ±1.8e308, or (NaN) it
    /// cannot be told at all. Plain ASCII, so `--ascii` needs no stand-in.
    static func overflow(_ value: Double) -> String {
        value.isNaN ? "—" : value > 0 ? ">1e308" : "<-1e308"
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 10 } }
}
