/// Percentages written as fractions (0.95 for 95%) against a target in points (95) would make every
/// such KPI red, silently. When a `%` KPI's values all lie between 0 and 1 and its target is above
/// 1, one warning names those KPIs and the setting that reads them right.
enum FractionCheck {
    static func warning(_ kpis: [KPI], file: String) -> Diagnostic? {
        let suspects = kpis.filter { kpi in
            let values = kpi.history.compactMap(\.value)
            return kpi.unit == "%" && kpi.target > 1 && !values.isEmpty && values.allSatisfy { (0...1).contains($0) }
        }
        guard let first = suspects.first else { return nil }
        let names = suspects.prefix(5).map(\.id).joined(separator: ", ") + (suspects.count > 5 ? ", …" : "")
        var diagnostic = Diagnostic(
            .warning, file: file, column: "value",
            "\(names): every value is between 0 and 1 while the target is \(KPIRows.format(first.target))%, so they "
                + "look like fractions (0.95 for 95%); expected percentage points, or percent = \"fraction\" in "
                + "[sources.measurements]")
        diagnostic.dataSet = .measurements
        return diagnostic
    }
}
