/// Reads the optional `actions.csv`, checking that every link names a KPI, risk, initiative or
/// other action of the workspace.
enum ActionRows {

    /// - Parameter known: the ids of KPIs, risks and initiatives, each naming its file.
    static func load(
        _ csv: DataFile, links known: [FileIDs], into diagnostics: inout [Diagnostic]
    ) -> ([ActionItem], FileIDs) {
        let file = csv.name
        diagnostics += csv.diagnostics
        var problems = RowProblems(file: file)
        let (id, title, owner, assignee) = (
            csv.column("id"), csv.column("title"), csv.column("owner"), csv.column("assignee")
        )
        let (due, status, done, raised) = (
            csv.column("due"), csv.column("status"), csv.column("done"), csv.column("raised")
        )
        let (links, note) = (csv.column("links"), csv.column("note"))

        var rows: [(action: ActionItem, problems: [Diagnostic], hasError: Bool)] = []
        var ids = FileIDs(file: file)
        csv.forEachRow { row in
            let action = ActionItem(
                id: row.id(id) ?? "",
                title: row.requiredText(title, expected: "what was agreed") ?? "",
                owner: row.choice(owner, fallback: Owner?.none) ?? .joint,
                assignee: row.text(assignee),
                due: row.day(due, required: false),
                status: row.choice(status, fallback: ActionStatus.open) ?? .open,
                done: row.day(done, required: false),
                raised: row.day(raised, required: false),
                links: row.list(links),
                note: row.text(note, keepNewlines: true),
                line: row.record.line)
            var rowProblems = row.diagnostics
            let loads = ids.admit(action.id, line: action.line, hasError: row.hasError, problems: &rowProblems)
            rows.append((action, rowProblems, !loads))
        }
        // Links are checked once every action's id is known: an action may follow up another.
        // An action with an unknown link is left out; one linking it keeps its row, and that link
        // is dropped with a warning like any link to a left-out row. Leaving a row out turns no
        // other link unknown, so one pass finds them all.
        let linked = known.map { ($0.file, $0) }
        for row in rows where !row.hasError && ids.loaded.line(of: row.action.id) != nil {
            guard row.action.links.contains(where: { check($0, in: linked + [(file, ids)]) == nil }) else { continue }
            ids.leaveOut(row.action.id, line: row.action.line)
        }
        var actions: [ActionItem] = []
        for (action, rowProblems, hasError) in rows {
            var rowProblems = rowProblems
            var action = action
            var unknown = false
            action.links = action.links.filter { link in
                switch check(link, in: linked + [(file, ids)]) {
                case .loaded?: return true
                case .leftOut(let line, let other)?:
                    rowProblems.append(
                        FileIDs.droppedLink(
                            file: file, line: action.line, column: "links", id: link, leftOutLine: line, in: other))
                case nil:
                    rowProblems.append(
                        Diagnostic(
                            .error, file: file, line: action.line, column: "links",
                            "unknown id \"\(link)\"; expected KPI, risk, initiative or action ids separated by \";\""))
                    unknown = true
                }
                return false
            }
            problems.add(rowProblems, to: &diagnostics)
            if !hasError, !unknown { actions.append(action) }
        }
        problems.finish(into: &diagnostics, notes: csv.saidOnce)
        return (actions, ids)
    }

    private enum Verdict: Equatable {
        case loaded
        case leftOut(line: Int, file: String)
    }

    /// Whether an id is loaded somewhere, left out of a file (the first that has it), or (nil)
    /// unknown.
    private static func check(_ id: String, in files: [(String, FileIDs)]) -> Verdict? {
        var leftOut: Verdict?
        for (file, ids) in files {
            switch ids.check(id) {
            case .loaded: return .loaded
            case .leftOut(let line): leftOut = leftOut ?? .leftOut(line: line, file: file)
            case .unknown: continue
            }
        }
        return leftOut
    }
}
