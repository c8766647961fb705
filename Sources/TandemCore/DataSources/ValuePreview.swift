/// How one value of a file would be read into a Tandem column, in words, for `tandem inspect`:
/// `"£1.2m" → 1200000`, `"Likely" → 4`, `"Exempt under Section 43" → empty (not a date)`. The
/// loader's own field reader reads it, so the preview cannot differ from the load.
enum ValuePreview {
    static func reading(_ raw: String, column name: String, in set: DataSet, options: ValueOptions) -> String {
        var table = RecordTable()
        table.append(line: 2, fields: [raw])
        var reading = ""
        table.forEachRecord { record in
            var row = FieldReader(record: record, file: "", options: options)
            reading = read(&row, Column(name: name, index: 0), set: set)
            if let problem = row.diagnostics.first {
                let why = withoutQuotedValue(problem.message)
                reading = problem.severity == .error ? "✗ \(why)" : "empty: " + why.replacingSuffix("; read as empty")
            }
            return false
        }
        return reading
    }

    private static func read(_ row: inout FieldReader, _ column: Column, set: DataSet) -> String {
        func shown<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "empty" }
        switch column.name {
        case "likelihood", "impact", "residual_likelihood", "residual_impact", "target_likelihood", "target_impact":
            return shown(row.integer(column, required: false, range: 1...5))
        case "target", "warn", "baseline", "value", "progress", "budget", "spent", "forecast", "adoption", "score",
            "residual_score", "target_score":
            return shown(row.number(column).map(number))
        case "start", "due", "last_reviewed", "done", "raised", "target_date":
            return shown(row.day(column, required: false))
        case "rating": return shown((row.choice(column) as Rating?)?.rawValue)
        case "period": return shown(row.periodEnd(column))
        case "owner", "sponsor": return shown(row.choice(column, fallback: Owner?.none)?.rawValue)
        case "direction": return shown(row.choice(column, fallback: Direction?.none)?.rawValue)
        case "frequency": return shown(row.choice(column, fallback: Frequency?.none)?.rawValue)
        case "stage": return shown(row.choice(column, fallback: Stage?.none)?.rawValue)
        case "status" where set == .actions: return shown(row.choice(column, fallback: ActionStatus?.none)?.rawValue)
        case "status": return shown(row.choice(column, fallback: RiskStatus?.none)?.rawValue)
        case "kpis", "risks", "depends_on", "capabilities", "links":
            let items = row.list(column)
            return items.isEmpty ? "empty" : items.joined(separator: "; ")
        default:
            let text = row.text(column)
            return text.isEmpty ? "empty" : "text"
        }
    }

    /// The message without the value it starts with, which the preview shows already:
    /// `"Home Office" is not allowed; …` → `is not allowed; …`.
    private static func withoutQuotedValue(_ message: String) -> String {
        guard message.hasPrefix("\""), let end = message.dropFirst().firstIndex(of: "\"") else { return message }
        return String(message[message.index(after: end)...]).trimmingCharacters(in: " ")
    }

    /// Shown to six decimals, so that £512.3m reads 512300000, not the 512299999.99999994 that
    /// 512.3 × 10⁶ is in binary.
    private static func number(_ value: Double) -> String {
        let value = abs(value) < 1e9 ? (value * 1e6).rounded() / 1e6 : value.rounded()
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension String {
    fileprivate func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
