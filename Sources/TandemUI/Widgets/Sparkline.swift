/// A one-row chart of values with the eight block heights `▁▂▃▄▅▆▇█`. Missing values are gaps.
public enum Sparkline {
    /// The last `width` values, scaled between their minimum and maximum. Drawn right-aligned in
    /// a column, so the latest value of every row is in the same column.
    public static func render(_ values: [Double?], width: Int, glyphs: Glyphs = .unicode) -> String {
        guard width > 0 else { return "" }
        let shown = values.suffix(width)
        let present = shown.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else { return "" }
        let levels = glyphs.spark.count
        return shown.map { value -> String in
            guard let value else { return " " }
            guard high > low else { return glyphs.spark[levels / 2 - 1] }
            // Too few values to have a scale: two heights around the middle, not a jump from zero.
            if present.count < 3 { return glyphs.spark[value == high ? levels / 2 : levels / 2 - 1] }
            let level = Int(rounding: Scale.fraction(value, low: low, high: high) * Double(levels - 1))
            return glyphs.spark[min(max(level, 0), levels - 1)]
        }.joined()
    }
}
