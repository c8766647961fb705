@testable import TandemCore

/// The day written as `YYYY-MM-DD`; a typo in a test stops it at once.
func day(_ text: String) -> Day {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, let day = Day(year: parts[0], month: parts[1], day: parts[2]) else {
        preconditionFailure("not a day: \(text)")
    }
    return day
}

/// The as-of date every fixture uses unless a test says otherwise.
let asOf = day("2026-11-20")
