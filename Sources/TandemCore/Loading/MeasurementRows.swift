/// Reads `measurements.csv` into each KPI's history. This is the large file (a million rows for a
/// big organisation), so the KPI id is compared as bytes and looked up only when it changes.
enum MeasurementRows {

    /// - Parameter twoCores: read a large file on two cores; tests turn it off to compare.
    static func load(
        _ csv: DataFile, into kpis: inout [KPI], ids: FileIDs, diagnostics: inout [Diagnostic], twoCores: Bool = true
    ) throws(LoadFailure) {
        let file = csv.name
        let options = csv.options
        guard !ids.acceptsAny else {
            throw LoadFailure(
                file: file, "holds values of KPIs, but the workspace has no KPIs data set; expected kpis.csv beside it")
        }
        diagnostics += csv.diagnostics
        var problems = RowProblems(file: file)
        let columns = Columns(csv)
        let (kpi, period, value, rowTarget, rowWarn, note) = (
            columns.kpi, columns.period, columns.value, columns.target, columns.warn, columns.note
        )
        let plain = readsPlainly(options)
        let kpiCount = kpis.count  // for the pieces read apart, which must not read `lines` as this thread writes it
        var lines = [LineRuns](repeating: LineRuns(), count: kpiCount)
        let indexByID = [String: Int](firstPositionsOf: kpis.count) { kpis[$0].id }
        var lookup = KPILookup(indexByID, column: kpi.index!)
        var periods = PeriodReader()
        var reportedLeftOut = Set<String>()

        csv.forEachRecord(
            // Only for plain rows: otherwise each piece read apart would stop at the first.
            twoCores: twoCores && plain, part: { _ in Part(indexByID, kpis: kpiCount, column: kpi.index!) },
            read: { $0.read($1, columns) },
            handOver: { part in
                // A KPI's values are usually together in the file: most are in one piece only, and
                // are taken over as they are instead of copied.
                for index in part.histories.indices where !part.histories[index].isEmpty {
                    if kpis[index].history.isEmpty {
                        (kpis[index].history, lines[index]) = (part.histories[index], part.lines[index])
                    } else {
                        kpis[index].history += part.histories[index]
                        lines[index] += part.lines[index]
                    }
                }
            },
            each: { record in
                let lastIndex = lookup.find(record)
                if plain, let target = lastIndex, let observation = plainObservation(record, columns, &periods) {
                    kpis[target].history.append(observation)
                    lines[target].append(record.line)
                    return
                }
                // Anything else goes the careful way, which says what is wrong.
                var row = FieldReader(
                    record: record, file: file, sheet: csv.sheet, options: options, saidOnce: csv.saidOnce)
                row.isPercentKPI = lastIndex.map { kpis[$0].unit == "%" } ?? false
                guard let periodEnd = row.periodEnd(period) else {
                    problems.add(row.diagnostics, to: &diagnostics)
                    if let target = lastIndex { kpis[target].valuesLeftOut.append(record.line) }
                    return
                }
                let number = row.number(value)
                guard let target = lastIndex else {
                    if let id = row.requiredText(kpi, expected: "a KPI id") {
                        if case .leftOut(let line) = ids.check(id) {
                            // Said once per KPI, not once per value: the KPI's own error explains it.
                            if reportedLeftOut.insert(id).inserted {
                                row.warning(
                                    kpi,
                                    "\"\(id)\" was left out of \(ids.file) for an error on line \(line); its "
                                        + "values are ignored"
                                )
                            }
                        } else {
                            row.error(kpi, "unknown KPI \"\(id)\"; expected an id from \(ids.file)")
                        }
                    }
                    problems.add(row.diagnostics, to: &diagnostics)
                    return
                }
                let (targetInForce, warnInForce) = Self.rowTarget(
                    &row, target: rowTarget, warn: rowWarn, direction: kpis[target].direction)
                problems.add(row.diagnostics, to: &diagnostics)
                guard !row.hasError else {
                    kpis[target].valuesLeftOut.append(record.line)
                    return
                }
                kpis[target].history.append(
                    Observation(
                        period: periodEnd, value: number, note: row.text(note), target: targetInForce, warn: warnInForce
                    ))
                lines[target].append(row.record.line)
            })
        problems.finish(into: &diagnostics, notes: csv.saidOnce)

        // Files are usually in period order; sort where they are not, and refuse a second value
        // for the same period (listed like the other problems: a file of repeats stays cheap).
        var seconds = RowProblems(file: file)
        defer { seconds.finish(into: &diagnostics) }
        for index in kpis.indices {
            var history = kpis[index].history
            guard history.count > 1 else { continue }
            if !zip(history, history.dropFirst()).allSatisfy({ $0.period < $1.period }) {
                var rowLines = lines[index].all
                let order = history.indices.sorted {
                    (history[$0].period, rowLines[$0]) < (history[$1].period, rowLines[$1])
                }
                history = order.map { history[$0] }
                rowLines = order.map { rowLines[$0] }
                var kept: [Observation] = [history[0]]
                for position in 1..<history.count {
                    if history[position].period == history[position - 1].period {
                        kpis[index].valuesLeftOut.append(rowLines[position])
                        seconds.add(
                            [
                                Diagnostic(
                                    .error, file: file, line: rowLines[position], column: "period",
                                    "a second value for \(kpis[index].id) in the period "
                                        + "ending \(history[position].period) (first on "
                                        + "line \(rowLines[position - 1])); expected one row per KPI and period"
                                )
                            ],
                            to: &diagnostics)
                    } else {
                        kept.append(history[position])
                    }
                }
                history = kept
            }
            kpis[index].history = history
        }
    }

    /// A row's own target (an interim target for its period) and the warn that goes with it. A
    /// warn belongs to its target: without one it is an error, and so is a warn on the wrong side.
    private static func rowTarget(
        _ row: inout FieldReader, target: Column, warn: Column, direction: Direction
    ) -> (target: Double?, warn: Double?) {
        let said = row.diagnostics.count
        let targetValue = row.number(target)
        let targetRefused = row.diagnostics[said...].contains { $0.severity == .error }
        let warnValue = row.number(warn)
        guard let warnValue else { return (targetValue, nil) }
        guard let targetValue else {
            if targetRefused { return (nil, nil) }  // the target's own error says it
            row.error(
                warn,
                "\(row.shown(warn)) is given without a target; expected a target on the same row (a row's warn "
                    + "is the amber limit of its own target), or no warn (the KPI's target and warn apply)")
            return (nil, nil)
        }
        if direction == .higher ? warnValue > targetValue : warnValue < targetValue {
            row.error(
                warn,
                "\(row.shown(warn)) is on the wrong side of the target \(KPIRows.format(targetValue)); expected a "
                    + "value \(direction == .higher ? "at or below" : "at or above") the target, "
                    + "since \(direction.rawValue) is better"
            )
        }
        return (targetValue, warnValue)
    }
}
