/// The typed fields of a row, read in every form `ValueOptions` and the value parsers accept.
extension FieldReader {
    /// What a number column holds, by its name (and, for a KPI's figures, its unit): money and
    /// percent columns read more forms.
    func kind(of column: Column) -> NumberKind {
        switch column.name {
        case "budget", "spent", "forecast": .money
        case "progress", "adoption": .percent
        case "value", "target", "warn", "baseline": isPercentKPI ? .percent : .plain
        default: .plain
        }
    }

    mutating func number(
        _ column: Column, required: Bool = false, range: ClosedRange<Double>? = nil,
        expected: String = "a number"
    ) -> Double? {
        guard let index = column.index, !isEmpty(index) else {
            if required { error(column, "is empty; expected \(expected)") }
            return nil
        }
        let kind = kind(of: column)
        let value: Double
        // The fast path on bytes takes the usual plain number; only the rest is read as text. With a
        // decimal comma, a point groups thousands ("1.250" is 1250): the fast path would misread it.
        let raw = record.rawBytes(index)
        let plain = options.decimal == "." || !raw.contains(UInt8(ascii: ".")) ? FieldParsing.number(raw) : .malformed
        switch plain {
        case .number(let plain):
            value = NumberForms.scaled(plain, kind: kind, options: options)
        case .notFinite:
            error(column, "\(shown(column)) is not a finite number; expected \(expected)")
            return nil
        case .malformed:
            switch NumberForms.parse(record.text(index), kind: kind, options: options, expected: expected) {
            case .value(let parsed): value = parsed
            case .empty: return nil
            case .notAValue(let sentence), .needsSetting(_, let sentence):
                notAValue(column, required: required, "is not a number", expected: sentence)
                return nil
            }
        }
        if let range, !range.contains(value) {
            error(column, "\(shown(column)) is out of range; expected \(expected)")
            return nil
        }
        return value
    }

    /// A whole number in `range`; in a likelihood or impact column also the data set's own words
    /// for the column, and on a 5-level scale the rating words (`Likely`, `Major`, `High`), which
    /// stand for 1 to 5 and so for nothing on a scale of another size. `note` ends the expected
    /// range's sentence (what the range comes from).
    mutating func integer(
        _ column: Column, required: Bool, range: ClosedRange<Int>, note: @autoclosure () -> String = ""
    ) -> Int? {
        var expected: String { "an integer from \(range.lowerBound) to \(range.upperBound)" + note() }
        guard let index = column.index, !isEmpty(index) else {
            if required { error(column, "is empty; expected \(expected)") }
            return nil
        }
        // The usual field, a plain whole number in range, is read from its bytes with no message
        // made ready for it.
        if options.decimal == ".", kind(of: column) == .plain,
            case .number(let value) = FieldParsing.number(record.rawBytes(index)), value == value.rounded(),
            value >= Double(range.lowerBound), value <= Double(range.upperBound)
        {
            return Int(value)
        }
        if let words = WordForms.rating(column: column.name),
            case .malformed = FieldParsing.number(record.rawBytes(index))
        {
            let fivePoint = range == 1...5
            let extra = options.words(for: column.name)
            if let word = WordForms.match(record.text(index), builtIn: fivePoint ? words : [:], extra: extra),
                let rating = Int(word), range.contains(rating)
            {
                return rating
            }
            if !fivePoint, WordForms.match(record.text(index), builtIn: words) != nil {
                error(
                    column,
                    "\(shown(column)) is a word of a 5-level scale; expected \(expected) on this scale of "
                        + "\(range.upperBound) levels, or a word [sources.risks.values] maps to one")
                return nil
            }
        }
        guard let value = number(column, required: required, expected: expected) else { return nil }
        guard value == value.rounded(), value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            error(column, "\(shown(column)) is out of range; expected \(expected)")
            return nil
        }
        return Int(value)
    }

    mutating func day(_ column: Column, required: Bool) -> Day? {
        guard let index = column.index, !isEmpty(index) else {
            if required { error(column, "is empty; expected \(DateForms.expected)") }
            return nil
        }
        if let day = FieldParsing.day(record.rawBytes(index)) { return day }
        return read(column, DateForms.parse(record.text(index), order: options.dateFormat), required: required)
    }

    /// A measurement period, as the day the period ends.
    mutating func periodEnd(_ column: Column) -> Day? {
        guard let index = column.index, !isEmpty(index) else {
            error(column, "is empty; expected a period as YYYY-MM-DD, YYYY-MM or YYYY-Qn")
            return nil
        }
        return read(column, PeriodForms.parse(record.text(index), options: options), required: true, what: "period")
    }

    private mutating func read(_ column: Column, _ read: ValueRead<Day>, required: Bool, what: String = "date")
        -> Day?
    {
        switch read {
        case .value(let day): return day
        case .empty: return nil
        case .notAValue(let expected):
            notAValue(column, required: required, "is not a valid \(what)", expected: expected)
        case .needsSetting(let setting, let expected):
            if required { hasError = true }
            // Said of the column, without a line, once the file is read: the rows it concerns are
            // many, and not one of them is to blame more than the others.
            saidOnce.record(setting, column: column.name, leavesOut: required) {
                "\(shown(column)) on line \(record.line) is a numeric \(what); expected \(expected); "
                    + (required ? "every row with one is left out" : "every one in the column is read as empty")
            }
        }
        return nil
    }

    /// A field that is not a value: in a required column an error (the row is left out); in an
    /// optional one, text such as "Exempt under Section 43" is a warning and reads as empty, so a
    /// withheld cell does not cost the whole row. A mistyped number (`1,25`) stays an error.
    private mutating func notAValue(_ column: Column, required: Bool, _ problem: String, expected: String) {
        let message = "\(shown(column)) \(problem); expected \(expected)"
        guard !required, let index = column.index, Self.isWords(record.text(index)) else {
            error(column, message)
            return
        }
        warning(column, message + "; read as empty")
    }

    /// Text rather than a mistyped value: two letters in a row somewhere.
    static func isWords(_ text: String) -> Bool {
        var letters = 0
        for character in text {
            letters = character.isLetter ? letters + 1 : 0
            if letters == 2 { return true }
        }
        return false
    }

    /// One of an enumeration's words, in any case, or a synonym people use for it (`IT` for cio,
    /// `On hold` for paused), or the data set's own word for it; `fallback` when empty (an error
    /// when nil).
    mutating func choice<T: RawRepresentable & CaseIterable>(
        _ column: Column, fallback: T?, optional: Bool = false
    ) -> T? where T.RawValue == String {
        let value = text(column)
        let extra = options.words(for: column.name)
        // Tandem's own word as it is (`cio`, `closed`): no synonym is one of them, so only the
        // data set's own words could read it otherwise.
        if extra.isEmpty, let choice = T(rawValue: value) { return choice }
        let words = T.allCases.map(\.rawValue)
        if value.isEmpty {
            if fallback == nil { error(column, "is empty; expected one of \(words.joined(separator: ", "))") }
            return fallback
        }
        let builtIn = WordForms.builtIn(for: T.self)
        let word =
            WordForms.match(value, builtIn: builtIn, extra: extra, own: Set(words))
            ?? WordForms.normalized(value)
        // A data set's own word may stand for Tandem's in any of its forms ("Watch" = "Amber/Green").
        guard
            let choice = T(rawValue: word) ?? T(rawValue: WordForms.normalized(word))
                ?? builtIn[WordForms.wordKey(word)].flatMap(T.init(rawValue:))
        else {
            let message = "\(shown(column)) is not allowed; expected one of \(words.joined(separator: ", "))"
            // Withheld or noted ("Exempt under Section 43") in a column that may be empty: the row stays.
            if optional, Self.isWords(value), value.contains(" ") {
                warning(column, message + "; read as empty")
            } else {
                error(column, message)
            }
            return nil
        }
        return choice
    }

    /// One of an enumeration's words, as `choice(_:fallback:)` reads them, or nil when the field is
    /// empty: a column with no default, such as a reported rating.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ column: Column) -> T? where T.RawValue == String {
        isBlank(column) ? nil : choice(column, fallback: T?.none, optional: true)
    }
}
