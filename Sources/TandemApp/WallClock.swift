import Foundation
import TandemCore

/// The one place the program reads the clock: the as-of date when neither `--as-of` nor the
/// manifest gives one, and the time of a snapshot or a failed reload. The engine never reads it.
public enum WallClock {
    public static func now() -> Date { Date() }

    /// Today in the local time zone.
    public static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: now())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
