/// Reads the optional `milestones.csv` and attaches each milestone to its initiative.
enum MilestoneRows {

    static func load(
        _ csv: DataFile, into initiatives: inout [Initiative], ids: FileIDs, diagnostics: inout [Diagnostic]
    ) throws(LoadFailure) {
        let file = csv.name
        guard !ids.acceptsAny else {
            throw LoadFailure(
                file: file,
                "holds milestones of initiatives, but the workspace has no initiatives data set; expected "
                    + "initiatives.csv beside it")
        }
        diagnostics += csv.diagnostics
        var problems = RowProblems(file: file)
        let initiative = csv.column("initiative")
        let name = csv.column("name")
        let due = csv.column("due")
        let done = csv.column("done")
        let key = csv.column("key")

        let indexByID = [String: Int](firstPositionsOf: initiatives.count) { initiatives[$0].id }
        var last: (id: String, index: Int?)?
        csv.forEachRow { row in
            let owner = row.requiredText(initiative, expected: "an initiative id")
            let milestone = Milestone(
                initiative: owner ?? "",
                name: row.requiredText(name, expected: "the milestone's name") ?? "",
                due: row.day(due, required: true) ?? Day(ordinal: 0),
                done: row.day(done, required: false),
                isKey: row.yesNo(key),
                line: row.record.line)
            let target = owner.flatMap { owner in
                // Looked up when it changes: an initiative's milestones are usually together.
                if let last, last.id == owner { return last.index }
                last = (owner, indexByID[owner])
                return last!.index
            }
            if let owner, target == nil {
                if case .leftOut(let line) = ids.check(owner) {
                    row.warning(
                        initiative,
                        "\"\(owner)\" was left out of \(ids.file) for an error on line \(line); this milestone "
                            + "is ignored"
                    )
                } else {
                    row.error(initiative, "unknown initiative \"\(owner)\"; expected an id from \(ids.file)")
                }
            }
            problems.add(row.diagnostics, to: &diagnostics)
            guard !row.hasError, let target else { return }
            initiatives[target].milestones.append(milestone)
        }
        problems.finish(into: &diagnostics, notes: csv.saidOnce)
        for index in initiatives.indices {
            initiatives[index].milestones.sort { ($0.due, $0.line) < ($1.due, $1.line) }
        }
    }
}

extension FieldReader {
    /// `yes`/`no` (also `true`/`false`, `y`/`n`, `1`/`0`); empty is no.
    mutating func yesNo(_ column: Column) -> Bool {
        let value = text(column)
        // As written first: most files write the words in small letters.
        guard let answer = Self.answer(value) ?? Self.answer(value.lowercased()) else {
            error(column, "\(shown(column)) is not allowed; expected yes or no")
            return false
        }
        return answer
    }

    private static func answer(_ word: String) -> Bool? {
        switch word {
        case "", "no", "n", "false", "0": false
        case "yes", "y", "true", "1": true
        default: nil
        }
    }
}
