/// What a cell's number format says about its number, as far as Tandem cares: whether Excel shows
/// it as a date, as a percentage, or as a plain number. A date in a workbook is only a number
/// (days since 1900 or 1904) with a date format; nothing else marks it.
enum NumberFormat: UInt8, Equatable, Sendable {
    /// Shown as a number (General, `#,##0.00`, currency, and times of day without a date).
    case general
    /// Shown as a calendar date, with or without a time.
    case date
    /// Shown multiplied by 100 with a `%`.
    case percent

    /// The meaning of a built-in format id (those without a `<numFmt>` of their own): 9 and 10
    /// are `0%` and `0.00%`; 14–17 and 22 are dates (`m/d/yyyy`, `d-mmm-yy`, …); 27–36, 50–58
    /// and 71–76 are the dates of East Asian and Thai locales. 18–21 and 45–47 are times of day
    /// and durations: numbers, not days.
    init(builtIn id: Int) {
        switch id {
        case 9, 10: self = .percent
        case 14...17, 22, 27...36, 50...58, 71...76: self = .date
        default: self = .general
        }
    }

    /// The meaning of a custom format code such as `mmm-yy`, `0.0%` or `"£"#,##0.0,,"m"`.
    ///
    /// Only the first section counts (the one for positive numbers). Quoted text, escaped and
    /// padding characters, and bracketed parts (colours, conditions, locales such as `[$-809]`)
    /// are skipped, except elapsed-time brackets (`[h]`). A day or year part makes a date; `m`
    /// is a month only without an hour or second beside it (`h:mm` is minutes).
    init(code: String) {
        var sawDayOrYear = false
        var sawMonthOrMinute = false
        var sawTime = false
        var sawPercent = false
        var characters = code.lowercased().unicodeScalars.makeIterator()
        scan: while let character = characters.next() {
            switch character {
            case ";": break scan
            case "\"":
                while let next = characters.next(), next != "\"" {}
            case "\\", "_", "*":
                _ = characters.next()
            case "[":
                var inside = ""
                while let next = characters.next(), next != "]" { inside.unicodeScalars.append(next) }
                if !inside.isEmpty, inside.unicodeScalars.allSatisfy({ "hms".unicodeScalars.contains($0) }) {
                    sawTime = true
                }
            case "%": sawPercent = true
            case "d", "y": sawDayOrYear = true
            case "m": sawMonthOrMinute = true
            case "h", "s": sawTime = true
            default: break
            }
        }
        if sawDayOrYear || (sawMonthOrMinute && !sawTime) {
            self = .date
        } else if sawPercent {
            self = .percent
        } else {
            self = .general
        }
    }
}
