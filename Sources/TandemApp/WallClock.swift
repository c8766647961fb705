#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import TandemCore

/// The one place the program reads the clock: the as-of date when neither `--as-of` nor the
/// manifest gives one, and the time of a snapshot or a failed reload. The engine never reads it.
public enum WallClock {
    public static func now() -> Date { Date() }

    /// Today in the local time zone.
    public static func today() -> Day {
        let time = LocalTime(now())
        return Day(year: time.year, month: time.month, day: time.day)!
    }
}

/// A moment's date and time of day in the local time zone (`TZ`, else /etc/localtime), from the C
/// library: FoundationEssentials knows no time zone but GMT, and the full Foundation would bring
/// ICU into the binary.
struct LocalTime {
    let year, month, day, hour, minute, second: Int

    init(_ date: Date) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        _ = localtime_r(&seconds, &parts)
        (year, month, day) = (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
        (hour, minute, second) = (Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// `HH:MM:SS`.
    var clock: String { "\(Self.two(hour)):\(Self.two(minute)):\(Self.two(second))" }

    /// `YYYYMMDD-HHMMSS`.
    var stamp: String {
        "\(year)\(Self.two(month))\(Self.two(day))-\(Self.two(hour))\(Self.two(minute))\(Self.two(second))"
    }

    /// At least two digits, as `%02d` writes it.
    private static func two(_ number: Int) -> String { (0..<10).contains(number) ? "0\(number)" : "\(number)" }
}
