/// Reads `kpis.csv`.
enum KPIRows {

    static func load(_ csv: DataFile, into diagnostics: inout [Diagnostic]) -> ([KPI], FileIDs) {
        let file = csv.name
        diagnostics += csv.diagnostics
        var problems = RowProblems(file: file)
        let id = csv.column("id")
        let name = csv.column("name")
        let owner = csv.column("owner")
        let direction = csv.column("direction")
        let target = csv.column("target")
        let warn = csv.column("warn")
        let baseline = csv.column("baseline")
        let unit = csv.column("unit")
        let domain = csv.column("domain")
        let frequency = csv.column("frequency")
        let pair = csv.column("pair")
        let description = csv.column("description")

        var kpis: [KPI] = []
        var ids = FileIDs(file: file)
        csv.forEachRow { row in
            row.isPercentKPI = row.text(unit) == "%"  // its figures are percentages: `percent` applies
            let kpi = KPI(
                id: row.id(id) ?? "",
                name: row.requiredText(name, expected: "the KPI's name") ?? "",
                owner: row.choice(owner, fallback: Owner?.none) ?? .joint,
                direction: row.choice(direction, fallback: Direction?.none) ?? .higher,
                target: row.number(target, required: true) ?? 0,
                warn: row.number(warn),
                baseline: row.number(baseline),
                unit: row.text(unit),
                domain: row.text(domain).lowercased(),
                frequency: row.choice(frequency, fallback: Frequency.monthly) ?? .monthly,
                pair: row.text(pair).isEmpty ? nil : row.text(pair),
                description: row.text(description, keepNewlines: true),
                line: row.record.line)
            if let warnValue = kpi.warn, !row.hasError {
                let wrongSide = kpi.direction == .higher ? warnValue > kpi.target : warnValue < kpi.target
                if wrongSide {
                    row.error(
                        warn,
                        "\(row.shown(warn)) is on the wrong side of the target \(format(kpi.target)); expected a "
                            + "value \(kpi.direction == .higher ? "at or below" : "at or above") the target, "
                            + "since \(kpi.direction.rawValue) is better"
                    )
                }
            }
            // A duplicate id is one of the row's problems too: listed or counted with the rest.
            var rowProblems = row.diagnostics
            let loads = ids.admit(kpi.id, line: kpi.line, hasError: row.hasError, problems: &rowProblems)
            problems.add(rowProblems, to: &diagnostics)
            if loads { kpis.append(kpi) }
        }
        problems.finish(into: &diagnostics, notes: csv.saidOnce)

        // Pairs may name a KPI further down the file, so they are checked once all are read; a
        // KPI left out for an unknown pair may be another's pair, so repeat until nothing changes.
        while true {
            var changed = false
            kpis = kpis.compactMap { kpi in
                guard let partner = kpi.pair else { return kpi }
                var kpi = kpi
                switch partner == kpi.id ? .unknown : ids.check(partner) {
                case .loaded: return kpi
                case .leftOut(let line):
                    diagnostics.append(
                        FileIDs.droppedLink(
                            file: file, line: kpi.line, column: "pair", id: partner, leftOutLine: line, in: file))
                    kpi.pair = nil
                    return kpi
                case .unknown:
                    diagnostics.append(
                        Diagnostic(
                            .error, file: file, line: kpi.line, column: "pair",
                            partner == kpi.id
                                ? "\"\(partner)\" is the KPI itself; expected the id of another KPI"
                                : "unknown KPI \"\(partner)\"; expected an id from \(file)"))
                    ids.leaveOut(kpi.id, line: kpi.line)
                    changed = true
                    return nil
                }
            }
            if !changed { return (kpis, ids) }
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
