extension Int {
    /// The value rounded toward zero and clamped to `Int`'s range; NaN is 0.
    ///
    /// `Int(_:)` traps on values valid data can still produce: the change between 1e308 and
    /// -1e308 is infinite, a forecast of 1e17 on a budget of 1 is 1e19 %. Every conversion of a
    /// computed Double to an integer goes through here.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 0x1p63 {
            self = .max
        } else if value < -0x1p63 {
            self = .min
        } else {
            self.init(value)
        }
    }

    /// The value rounded to the nearest integer, saturating like `init(saturating:)`.
    public init(rounding value: Double) { self.init(saturating: value.rounded()) }
}
