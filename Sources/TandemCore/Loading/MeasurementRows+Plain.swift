#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The fast path of `measurements.csv`: the usual row (a known KPI, a period, a number or nothing,
/// no target of its own) becomes an observation with no per-field strings and no diagnostics
/// machinery. Everything else is left to the careful path, which says what is wrong.
extension MeasurementRows {
    struct Columns {
        let kpi, period, value, target, warn, note: Column

        init(_ csv: DataFile) {
            (kpi, period, value) = (csv.column("kpi"), csv.column("period"), csv.column("value"))
            (target, warn, note) = (csv.column("target"), csv.column("warn"), csv.column("note"))
        }
    }

    /// Finds a row's KPI from its id's bytes, looked up only when they change: a file holds a
    /// KPI's values together, mostly.
    struct KPILookup {
        let indexByID: [String: Int]
        let column: Int
        private var lastIDBytes: [UInt8] = []
        private(set) var index: Int?

        init(_ indexByID: [String: Int], column: Int) { (self.indexByID, self.column) = (indexByID, column) }

        /// The index of the record's KPI in the list, nil when it is unknown.
        mutating func find(_ record: CSVRecord) -> Int? {
            let idBytes = FieldParsing.trimmed(record.rawBytes(column))
            // Compared with memcmp: a generic sequence comparison was a twentieth of the file's reading.
            let same =
                !idBytes.isEmpty && idBytes.count == lastIDBytes.count
                && lastIDBytes.withUnsafeBufferPointer {
                    memcmp($0.baseAddress!, idBytes.baseAddress!, idBytes.count) == 0
                }
            if !same {
                lastIDBytes = Array(idBytes)
                index = indexByID[TextSanitizer.clean(record.text(column))]
            }
            return index
        }
    }

    /// A plain row's observation, or nil for the careful path. `options` must read values as
    /// written (a decimal point, percentages in points): `readsPlainly`.
    static func plainObservation(_ record: CSVRecord, _ columns: Columns, _ periods: inout PeriodReader)
        -> Observation?
    {
        let fields = PlainFields(record: record)
        guard record.problem == nil, !record.isCut, fields.isBlank(columns.target), fields.isBlank(columns.warn),
            let periodEnd = periods.periodEnd(record.rawBytes(columns.period.index!))
        else { return nil }
        var number: Double?
        if !fields.isBlank(columns.value) {
            guard case .number(let parsed) = FieldParsing.number(record.rawBytes(columns.value.index!)) else {
                return nil
            }
            number = parsed
        }
        let note = fields.isBlank(columns.note) ? "" : TextSanitizer.clean(record.text(columns.note.index!))
        return Observation(period: periodEnd, value: number, note: note)
    }

    /// Reads periods as `FieldParsing.periodEnd` does, remembering the last date's month: in a
    /// file of daily values, most dates are in the month before them and need only their day
    /// read.
    struct PeriodReader {
        /// `YYYY-MM-` of the last date read, as its eight bytes; 0 before any.
        private var month: UInt64 = 0
        /// The day before that month's first, and the month's length.
        private var start = 0
        private var length = 0

        mutating func periodEnd(_ raw: UnsafeBufferPointer<UInt8>) -> Day? {
            let bytes = FieldParsing.trimmed(raw)
            guard bytes.count == 10 else { return FieldParsing.periodEnd(bytes) }
            let head = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(as: UInt64.self)
            guard head == month else {
                guard let day = FieldParsing.day(bytes) else { return nil }
                let (year, month, dayOfMonth) = day.components
                (self.month, start, length) = (head, day.ordinal - dayOfMonth, Day.daysIn(month: month, year: year))
                return day
            }
            let (tens, ones) = (bytes[8] &- 0x30, bytes[9] &- 0x30)
            guard tens <= 9, ones <= 9 else { return nil }
            let day = Int(tens) * 10 + Int(ones)
            return day >= 1 && day <= length ? Day(ordinal: start + day) : nil
        }
    }

    static func readsPlainly(_ options: ValueOptions) -> Bool { options.decimal == "." && options.percent == .points }

    /// A piece of a large file read apart (`CSVReader+Pieces.swift`): its plain rows'
    /// observations by KPI, in file order, handed over to be appended where they belong.
    struct Part {
        var lookup: KPILookup
        var periods = PeriodReader()
        var histories: [[Observation]]
        var lines: [LineRuns]

        init(_ indexByID: [String: Int], kpis: Int, column: Int) {
            lookup = KPILookup(indexByID, column: column)
            (histories, lines) = (Array(repeating: [], count: kpis), Array(repeating: LineRuns(), count: kpis))
        }

        /// False for a row the careful path must read.
        mutating func read(_ record: CSVRecord, _ columns: Columns) -> Bool {
            guard let kpi = lookup.find(record), let observation = plainObservation(record, columns, &periods) else {
                return false
            }
            histories[kpi].append(observation)
            lines[kpi].append(record.line)
            return true
        }
    }
}
