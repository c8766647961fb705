/// Percentages written as fractions (0.95 for 95%) against a target in points (95) would make every
/// such KPI red, silently. When a `%` KPI's values all lie between 0 and 1 and its target is above
/// 1, one warning names those KPIs and the setting that reads them right.
enum FractionCheck {
    static func warning(_ kpis: [KPI], file: String) -> Diagnostic? {
        // The unit and target first, and the values read in place: gathering every KPI's values
        // into an array first cost 9 ms of loading a million of them.
        let suspects = kpis.filter { kpi in
            guard kpi.unit == "%", kpi.target > 1 else { return false }
            var anyValue = false
            for observation in kpi.history {
                guard let value = observation.value else { continue }
                guard (0...1).contains(value) else { return false }
                anyValue = true
            }
            return anyValue
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
