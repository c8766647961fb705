/// Measurements laid out as trackers keep them (`layout = "wide"`): one row per KPI, one column
/// per period. Turned into the rows `measurements.csv` holds (kpi, period, value), each keeping
/// its sheet row and cell, so every message still points at the cell to fix.
enum WideMeasurements {
    static func rows(
        _ records: any RecordSource, header: CSVHeader, dateHeaders: Set<Int>, options: ValueOptions
    ) throws(LoadFailure) -> (RecordTable, CSVHeader) {
        guard let kpi = header.column("kpi").index else {
            throw LoadFailure(
                file: header.file, line: header.line, "has no column for kpi; expected the column of KPI ids")
        }
        var periods: [(index: Int, end: String)] = []
        var needsSetting: [String] = []
        for (index, name) in header.names.enumerated() where index != kpi {
            if dateHeaders.contains(index), let day = Day(iso: name), let end = monthEnd(of: day) {
                periods.append((index, end.description))  // an Excel `mmm-yy` header is that month
                continue
            }
            switch PeriodForms.parse(TextSanitizer.clean(name), options: options) {
            case .value(let end): periods.append((index, end.description))
            case .needsSetting(let setting, _): needsSetting.append("\"\(TextSanitizer.visible(name))\" (\(setting))")
            case .empty, .notAValue: continue  // a name, a target: not a period
            }
        }
        guard !periods.isEmpty else {
            throw LoadFailure(
                file: header.file, line: header.line,
                "no header reads as a period"
                    + (needsSetting.isEmpty
                        ? "" : " (\(needsSetting.prefix(3).joined(separator: ", ")) would, with that setting)")
                    + "; expected one column per period for layout = \"wide\", headed e.g. Mar 2026, 2026-03, Q1 2026 "
                    + "or an Excel date")
        }
        var table = RecordTable()
        records.forEachRecord { record in
            guard record.line > header.line, !DataFile.isNote(record) else { return true }
            let id = record.text(kpi)
            for period in periods where !record.isBlank(period.index) {
                table.append(
                    line: record.line, fields: [id, period.end, record.text(period.index)],
                    columns: [
                        record.sheetColumn(kpi), record.sheetColumn(period.index), record.sheetColumn(period.index),
                    ], from: record)
            }
            return true
        }
        let rows = CSVHeader(file: header.file, line: header.line, names: ["kpi", "period", "value"])
        return (table, rows.adding(header.warnings))
    }

    /// Whether a header reads as a period, as the wide layout reads it.
    static func isPeriod(_ header: String, options: ValueOptions = ValueOptions()) -> Bool {
        if case .value = PeriodForms.parse(TextSanitizer.clean(header), options: options) { return true }
        return false
    }

    private static func monthEnd(of day: Day) -> Day? {
        let (year, month, _) = day.components
        return Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
    }
}
