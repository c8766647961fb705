/// Where a value sits between a low and a high, for charts.
enum Scale {
    /// (value − low) / (high − low), from 0 to 1; 0 when high equals low. Values near the ends of
    /// Double's range (1e308 and -1e308) are halved first, so the span never overflows to
    /// infinity and the result is never NaN.
    static func fraction(_ value: Double, low: Double, high: Double) -> Double {
        let span = high - low
        guard span != 0 else { return 0 }
        let fraction = span.isFinite ? (value - low) / span : (value / 2 - low / 2) / (high / 2 - low / 2)
        return fraction.isFinite ? min(max(fraction, 0), 1) : 0
    }
}
