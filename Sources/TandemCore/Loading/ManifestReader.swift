extension ManifestParser {
    /// Reads the manifest's values by section and key, and words each problem with its line.
    struct Reader {
        let table: TOMLTable
        var diagnostics: [Diagnostic] = []

        func value(_ section: String, _ key: String, _ subkey: String? = nil) -> TOMLValue? {
            guard let value = table[section]?.table?[key] else { return nil }
            guard let subkey else { return value }
            return value.table?[subkey]
        }

        /// A problem with a key, on the key's line (a sub-key's, when given: `[risks.appetite]` spreads
        /// its keys over lines).
        mutating func report(
            _ severity: Diagnostic.Severity, _ section: String, _ key: String, subkey: String? = nil,
            _ message: String
        ) {
            diagnostics.append(
                Diagnostic(
                    severity, file: ManifestParser.fileName,
                    line: subkey.flatMap { line(of: $0, in: section, key) } ?? line(of: key, in: section)
                        ?? line(ofSection: section),
                    column: "\(TextSanitizer.visible(section)).\(TextSanitizer.visible(key))", message))
        }

        mutating func checkKnownKeys() {
            for section in table.keys {
                guard let known = ManifestParser.knownKeys[section] else {
                    diagnostics.append(
                        Diagnostic(
                            .warning, file: ManifestParser.fileName,
                            line: line(ofSection: section), column: TextSanitizer.visible(section),
                            "unknown section [\(TextSanitizer.visible(section))] is ignored; expected one of "
                                + ManifestParser.knownKeys.keys.sorted().map { "[\($0)]" }.joined(separator: ", ")
                        ))
                    continue
                }
                for key in table[section]?.table?.keys ?? [] where !known.contains(key) {
                    report(
                        .warning, section, key,
                        "unknown key is ignored; expected one of \(known.sorted().joined(separator: ", "))")
                }
            }
        }

        mutating func string(_ section: String, _ key: String) -> String? {
            guard let value = value(section, key) else { return nil }
            guard let text = value.string else {
                report(.warning, section, key, "expected text in quotes")
                return nil
            }
            return TextSanitizer.clean(text)
        }

        mutating func day(_ section: String, _ key: String) -> Day? {
            guard let value = value(section, key) else { return nil }
            if case .localDate(let date) = value, let day = Day(year: date.year, month: date.month, day: date.day) {
                return day
            }
            if let text = value.string {
                let bytes = Array(text.utf8)
                if let day = bytes.withUnsafeBufferPointer(FieldParsing.day) { return day }
            }
            report(
                .warning, section, key, "expected a date as YYYY-MM-DD, e.g. \(key) = 2026-11-20; using today instead")
            return nil
        }

        mutating func number(
            _ section: String, _ key: String, _ range: ClosedRange<Double>,
            into target: inout Double
        ) {
            guard let value = value(section, key) else { return }
            guard let number = value.float ?? value.integer.map(Double.init), range.contains(number) else {
                report(
                    .warning, section, key,
                    "expected a number from \(Int(saturating: range.lowerBound)) "
                        + "to \(Int(saturating: range.upperBound)); using the default \(format(target))"
                )
                return
            }
            target = number
        }

        mutating func integer(
            _ section: String, _ key: String, _ subkey: String? = nil,
            _ range: ClosedRange<Int>, into target: inout Int?
        ) {
            guard let raw = value(section, key, subkey) else { return }
            guard let number = raw.integer.map(Int.init), range.contains(number) else {
                report(
                    .warning, section, key, subkey: subkey,
                    "\(subkey.map { "\($0): " } ?? "")expected a whole number from \(range.lowerBound) "
                        + "to \(range.upperBound); "
                        + (target.map { "using the default \($0)" } ?? "the setting is left unset")
                )
                return
            }
            target = number
        }

        mutating func integer(
            _ section: String, _ key: String, _ range: ClosedRange<Int>,
            into target: inout Int
        ) {
            var optional: Int? = target
            integer(section, key, nil, range, into: &optional)
            target = optional ?? target
        }

        func format(_ value: Double) -> String {
            value == value.rounded() ? String(Int(saturating: value)) : String(value)
        }

        /// The line the key is written on, from the place the TOML reader kept.
        func line(of key: String, in section: String) -> Int? {
            table[section]?.table?.entry(key)?.keyPosition.line
        }

        /// The line a sub-key of a table-valued key is written on.
        func line(of subkey: String, in section: String, _ key: String) -> Int? {
            table[section]?.table?[key]?.table?.entry(subkey)?.keyPosition.line
        }

        /// The line of the section's header (or of its key, for a section written with dotted keys).
        func line(ofSection section: String) -> Int? {
            table.entry(section)?.keyPosition.line
        }
    }
}
