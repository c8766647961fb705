/// Dates and times as RFC 3339 writes them, the four TOML kinds: offset date-time, local
/// date-time, local date and local time.
enum TOMLDateTimeReader {
    /// `YYYY-MM-DD` at the start of the word (digits and dashes only; the calendar is checked later).
    static func isDate(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count >= 10 else { return false }
        let start = word.startIndex
        for index in 0..<10 {
            let byte = word[start + index]
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if !(byte >= 0x30 && byte <= 0x39) {
                return false
            }
        }
        return true
    }

    /// `HH:` at the start of the word: the word is a time.
    static func isTime(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count >= 3 else { return false }
        let start = word.startIndex
        return isDigit(word[start]) && isDigit(word[start + 1]) && word[start + 2] == UInt8(ascii: ":")
    }

    /// The date or time the word is; nil when the word does not look like one at all (so it is
    /// read as a number), a failure when it looks like one but is not valid.
    static func value(_ word: ArraySlice<UInt8>) -> Result<TOMLValue, TOMLWordProblemReason>? {
        if isTime(word) {
            var rest = word
            guard let time = time(&rest), rest.isEmpty else { return .failure(.init(timeShape)) }
            return time.map { .localTime($0) }
        }
        // Four digits and a dash: meant as a date (a number never has a dash after digits).
        let start = word.startIndex
        guard word.count >= 5, word[start..<(start + 4)].allSatisfy(isDigit), word[start + 4] == UInt8(ascii: "-")
        else { return nil }
        guard isDate(word) else { return .failure(.init(dateShape)) }
        let year = number(word[start..<(start + 4)])
        let month = number(word[(start + 5)..<(start + 7)])
        let day = number(word[(start + 8)..<(start + 10)])
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            return .failure(.init("there is no such day in the calendar"))
        }
        let date = TOMLDate(year: year, month: month, day: day)
        var rest = word.dropFirst(10)
        if rest.isEmpty { return .success(.localDate(date)) }
        let separator = rest.first!
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == 0x20 else {
            return .failure(.init("a date must be followed by T (or a space) and a time, e.g. 2026-11-20T09:30:00"))
        }
        rest = rest.dropFirst()
        guard let parsed = time(&rest) else { return .failure(.init(timeShape)) }
        guard case .success(let time) = parsed else { return parsed.map { .localTime($0) } }
        if rest.isEmpty { return .success(.localDateTime(date, time)) }
        let sign = rest.first!
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
            guard rest.count == 1 else { return .failure(.init(offsetShape)) }
            return .success(.offsetDateTime(date, time, offsetMinutes: 0))
        }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), rest.count == 6 else {
            return .failure(.init(offsetShape))
        }
        let offset = rest.dropFirst()
        let o = offset.startIndex
        guard isDigit(offset[o]), isDigit(offset[o + 1]), offset[o + 2] == UInt8(ascii: ":"), isDigit(offset[o + 3]),
            isDigit(offset[o + 4])
        else {
            return .failure(.init(offsetShape))
        }
        let hours = number(offset[o..<(o + 2)])
        let minutes = number(offset[(o + 3)..<(o + 5)])
        guard hours <= 23, minutes <= 59 else {
            return .failure(.init("the offset from UTC is out of range (at most 23:59)"))
        }
        let total = hours * 60 + minutes
        return .success(.offsetDateTime(date, time, offsetMinutes: sign == UInt8(ascii: "-") ? -total : total))
    }

    static let dateShape = "expected a date as YYYY-MM-DD, e.g. 2026-11-20"
    static let timeShape = "expected a time as HH:MM:SS, e.g. 09:30:00 (seconds are required)"
    static let offsetShape = "expected Z or an offset such as +01:00 or -07:00 after the time"

    /// `HH:MM:SS[.fraction]` at the start of `rest`, which is left after it; nil when the shape
    /// is wrong, a failure when a field is out of range.
    private static func time(_ rest: inout ArraySlice<UInt8>) -> Result<TOMLTime, TOMLWordProblemReason>? {
        guard rest.count >= 8 else { return nil }
        let s = rest.startIndex
        guard isDigit(rest[s]), isDigit(rest[s + 1]), rest[s + 2] == UInt8(ascii: ":"), isDigit(rest[s + 3]),
            isDigit(rest[s + 4]),
            rest[s + 5] == UInt8(ascii: ":"), isDigit(rest[s + 6]), isDigit(rest[s + 7])
        else { return nil }
        let hour = number(rest[s..<(s + 2)])
        let minute = number(rest[(s + 3)..<(s + 5)])
        let second = number(rest[(s + 6)..<(s + 8)])
        rest = rest.dropFirst(8)
        var nanosecond = 0
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            let digits = rest.prefix(while: isDigit)
            guard !digits.isEmpty else { return nil }
            // Past nanoseconds the digits are dropped: the specification lets a reader truncate.
            var scale = 100_000_000
            for digit in digits.prefix(9) {
                nanosecond += Int(digit - 0x30) * scale
                scale /= 10
            }
            rest = rest.dropFirst(digits.count)
        }
        // 60 is a leap second, which RFC 3339 allows.
        guard hour <= 23, minute <= 59, second <= 60 else {
            return .failure(.init("the time is out of range (hours 00-23, minutes and seconds 00-59)"))
        }
        return .success(TOMLTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
