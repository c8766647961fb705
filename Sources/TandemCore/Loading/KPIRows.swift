/// Reads `kpis.csv`.
enum KPIRows {
    static let file = "kpis.csv"

    static func load(from files: WorkspaceFiles, into diagnostics: inout [Diagnostic]) throws(LoadFailure) -> [KPI] {
        guard let csv = try CSVFile(file, from: files, required: true,
                                    columns: ["id", "name", "owner", "direction", "target"]) else { return [] }
        diagnostics += csv.diagnostics
        let id = csv.column("id"), name = csv.column("name"), owner = csv.column("owner")
        let direction = csv.column("direction"), target = csv.column("target"), warn = csv.column("warn")
        let baseline = csv.column("baseline"), unit = csv.column("unit"), domain = csv.column("domain")
        let frequency = csv.column("frequency"), pair = csv.column("pair")
        let description = csv.column("description")

        var kpis: [KPI] = []
        var seen: [String: Int] = [:]
        csv.forEachRow { row in
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
                    row.error(warn, "\(row.shown(warn)) is on the wrong side of the target \(format(kpi.target)); expected a value \(kpi.direction == .higher ? "at or below" : "at or above") the target, since \(kpi.direction.rawValue) is better")
                }
            }
            diagnostics += row.diagnostics
            guard !row.hasError,
                  WorkspaceLoader.claim(kpi.id, line: kpi.line, in: &seen, file: file, diagnostics: &diagnostics)
            else { return }
            kpis.append(kpi)
        }

        // Pairs may name a KPI further down the file, so they are checked once all are read.
        let ids = Set(kpis.map(\.id))
        return kpis.filter { kpi in
            guard let partner = kpi.pair else { return true }
            if partner == kpi.id {
                diagnostics.append(Diagnostic(.error, file: file, line: kpi.line, column: "pair",
                    "\"\(partner)\" is the KPI itself; expected the id of another KPI"))
                return false
            }
            if !ids.contains(partner) {
                diagnostics.append(Diagnostic(.error, file: file, line: kpi.line, column: "pair",
                    "unknown KPI \"\(partner)\"; expected an id from kpis.csv"))
                return false
            }
            return true
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
