/// Comparisons against thresholds that forgive floating-point noise: a value written as exactly
/// the limit (a forecast of 1100 against a 110% limit on 1000, a KPI at 1.32 with a 10% band on
/// 1.2) must count as at the limit, although binary arithmetic lands a hair beside it.
enum Threshold {
    /// Relative tolerance: far below any precision a data file carries.
    private static func tolerance(_ a: Double, _ b: Double) -> Double { 1e-9 * max(1, abs(a), abs(b)) }

    /// An infinite value (a forecast % that overflowed) is compared as it is: a tolerance scaled
    /// by infinity would make it equal to every limit.
    static func isAtLeast(_ value: Double, _ limit: Double) -> Bool {
        guard value.isFinite, limit.isFinite else { return value >= limit }
        return value >= limit - tolerance(value, limit)
    }

    static func isAtMost(_ value: Double, _ limit: Double) -> Bool {
        guard value.isFinite, limit.isFinite else { return value <= limit }
        return value <= limit + tolerance(value, limit)
    }

    static func isBelow(_ value: Double, _ limit: Double) -> Bool { !isAtLeast(value, limit) }
}
