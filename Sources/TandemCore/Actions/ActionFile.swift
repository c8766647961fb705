#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The actions file, edited the way a person would edit it in a text editor: adding appends one
/// row, marking changes one row's `status` and `done`, and every other byte stays as it was.
///
/// Each edit is one read-modify-write under an exclusive lock (`FileLock`), and reads the file
/// again under it: an edit saved meanwhile by a second Tandem is what the edit applies to. A
/// spreadsheet takes no lock, so the file is checked again just before the new one replaces it
/// (in one step, `AtomicFile`, which keeps its mode); when it was saved in between, the edit is
/// made again on what it saved, so neither edit is lost.
public struct ActionFile: Sendable {
    /// The file as named; messages use its last component.
    public let path: String

    /// How long to wait for another writer's lock (`FileLock.timeout`; shorter in tests).
    var lockTimeout = FileLock.timeout
    /// Called just before the file is checked and replaced, with the attempt (from 0): lets a
    /// test save the file "from a spreadsheet" at the worst moment.
    var beforeReplacing: (@Sendable (Int) -> Void)?

    /// How many times an edit is made again on a file saved meanwhile before giving up.
    static let attempts = 5

    /// The file a workspace folder keeps its actions in.
    /// Why actions cannot be written in this workspace, if they cannot: they come from a file of
    /// the user's own (`[sources.actions]`), which Tandem reads but never rewrites.
    public static func refusal(_ settings: Settings) -> String? {
        guard let source = settings.sources[.actions] else { return nil }
        return "actions come from \(TextSanitizer.visible(source.file)) ([sources.actions]), which Tandem reads but "
            + "does not write; record the action there, or remove [sources.actions] to keep actions in actions.csv"
    }

    public init(workspace folder: String) {
        self.init(path: (folder.hasSuffix("/") ? folder : folder + "/") + DataSet.actions.fileName)
    }

    public init(path: String) { self.path = path }

    /// The header of a new file: the columns in the order `tandem init` writes them.
    public static var columns: [String] { DataSet.actions.columns }

    /// Appends the action as one row, in the file's own column order, quoting and line end;
    /// creates the file (with the header) when there is none.
    /// - Returns: the new action's id, the next free `A-NNN` among the ids the loader reads.
    @discardableResult
    public func add(_ action: NewAction) throws(ActionFileError) -> String {
        try edit { bytes, table throws(ActionFileError) in
            guard !table.records.isEmpty else {
                // No file, or nothing in it but a BOM or blank lines: a header, then the row.
                let prefix = table.hasBOM ? TextTable.bom : []
                let header = Self.columns.map { TextTable.encode($0) }
                let id = ActionIDs.next(after: [])
                let row = try fields(of: action, id: id, columns: Self.columns)
                return (prefix + join(header) + table.lineEnd + join(row) + table.lineEnd, id)
            }
            let header = table.header
            try require(DataSet.actions.requiredColumns, in: header, needed: "every action needs")
            let id = ActionIDs.next(after: Self.loadedIDs(bytes))
            let row = try fields(of: action, id: id, columns: header)
            let separator = table.endsWithLineEnd ? [] : table.lineEnd
            return (bytes + separator + join(row) + table.lineEnd, id)
        }
    }

    /// Marks the action: writes its `status` (and `done` date) into its row, and changes nothing
    /// else in the file.
    /// - Returns: false when the row already said so (nothing was written).
    @discardableResult
    public func setStatus(of id: String, to change: ActionStatusChange) throws(ActionFileError) -> Bool {
        try edit { bytes, table throws(ActionFileError) in
            guard !table.records.isEmpty else { throw .noSuchAction(file: name, id: id) }
            let header = table.header
            try require(["id", "status"], in: header, needed: "marking an action \(change.word) writes")
            let idColumn = header.firstIndex(of: "id")!
            guard
                let record = table.records.dropFirst().first(where: { record in
                    idColumn < record.fields.count && TextSanitizer.clean(table.text(record.fields[idColumn])) == id
                })
            else { throw .noSuchAction(file: name, id: id) }
            guard !record.broken else { throw .brokenRow(file: name, id: id, line: record.line) }

            func now(_ column: Int) -> String {
                column < record.fields.count ? TextSanitizer.clean(table.text(record.fields[column])) : ""
            }
            let (status, done) = (header.firstIndex(of: "status")!, header.firstIndex(of: "done"))
            if now(status).lowercased() == change.word {
                // Without a `done` column the status is all the row says. Done already keeps its
                // own date: marking it again must not move when it was done.
                guard let done else { return (bytes, false) }
                if change.word == "done" ? !now(done).isEmpty : now(done) == change.doneDate { return (bytes, false) }
            }
            if !change.doneDate.isEmpty, done == nil {
                try require(["done"], in: header, needed: "marking an action \(change.word) writes")
            }
            var edits = [status: change.word]
            if let done { edits[done] = change.doneDate }
            return (spliced(table, record, edits), true)
        }
    }

    // MARK: - Editing

    /// The name messages use: the file's last path component.
    public var name: String { TextSanitizer.visible(path.split(separator: "/").last.map(String.init) ?? path) }

    /// One read-modify-write: takes the lock, reads the file as it is now, and writes what `body`
    /// makes of it when that differs. A file saved by something else between the read and the
    /// replace (a spreadsheet takes no lock) is read again and the edit made again on it.
    private func edit<T>(
        _ body: ([UInt8], TextTable) throws(ActionFileError) -> ([UInt8], T)
    ) throws(ActionFileError) -> T {
        let target = Self.resolved(path)
        let (folder, base) = AtomicFile.split(target)
        return try FileLock.exclusive(folder + "/.\(base).lock", file: name, timeout: lockTimeout) {
            () throws(ActionFileError) -> T in
            for attempt in 0..<Self.attempts {
                // Taken before the read: a save after it shows as a change, never as the file read.
                let seen = FileState(target)
                let bytes = try self.read(target)
                if bytes != nil, Self.isReadOnly(target) { throw .readOnly(file: name) }
                let table = TextTable(bytes: bytes ?? [])
                if let line = table.openQuoteLine { throw .openQuote(file: name, line: line) }
                let (result, value) = try body(bytes ?? [], table)
                guard result != bytes ?? [] else { return value }
                let replaced: Bool
                do throws(AtomicFile.WriteError) {
                    replaced = try AtomicFile.write(result, to: target, overwrite: true) {
                        beforeReplacing?(attempt)
                        return FileState(target) == seen
                    }
                } catch {
                    throw .cannotWrite(file: name, reason: error.reason)
                }
                if replaced { return value }
            }
            throw .keptChanging(file: name)
        }
    }

    /// The file's bytes; nil when there is none yet.
    private func read(_ target: String) throws(ActionFileError) -> [UInt8]? {
        do throws(RegularFile.ReadError) {
            return try RegularFile.read(target)
        } catch .missing {
            return nil
        } catch {
            throw .unreadable(file: name, reason: error.description)
        }
    }

    /// Every row's id as the loader reads it (`CSVReader`, `FieldReader.id`), so a new id is never
    /// one the dashboard already shows, however the file's quotes are written.
    static func loadedIDs(_ bytes: [UInt8]) -> [String] {
        let file = DataSet.actions.fileName
        var ids: [String] = []
        var column: Column?
        CSVReader(bytes: bytes).forEachRecord { record in
            guard let column else {
                column = CSVHeader(file: file, names: (0..<record.count).map { record.text($0) }).column("id")
                return true
            }
            var row = FieldReader(record: record, file: file)
            if let id = row.id(column) { ids.append(id) }
            return true
        }
        return ids
    }

    /// The row's values in the file's column order; a column Tandem does not fill stays empty.
    private func fields(of action: NewAction, id: String, columns: [String]) throws(ActionFileError) -> [[UInt8]] {
        let values: [String: String] = [
            "id": id, "title": action.title, "owner": action.owner.rawValue, "assignee": action.assignee,
            "due": action.due.description, "status": ActionStatusChange.open.word, "raised": action.raised.description,
            "links": action.links.joined(separator: ";"),
        ]
        // A value with no column to hold it would be lost without a word.
        let lost = ["assignee", "due", "links"].filter { values[$0]?.isEmpty == false && !columns.contains($0) }
        if !lost.isEmpty {
            throw .missingColumns(file: name, columns: lost, needed: "the action gives a value for")
        }
        var seen = Set<String>()
        return columns.map { column in
            // Only the first of two columns with one name is read; the second stays empty.
            guard seen.insert(column).inserted else { return [] }
            return TextTable.encode(values[column] ?? "", isText: column == "title" || column == "assignee")
        }
    }

    private func require(_ columns: [String], in header: [String], needed: String) throws(ActionFileError) {
        let missing = columns.filter { !header.contains($0) }
        if !missing.isEmpty { throw .missingColumns(file: name, columns: missing, needed: needed) }
    }

    private func join(_ fields: [[UInt8]]) -> [UInt8] {
        Array(fields.joined(separator: [TextTable.delimiter]))
    }

    /// The file with the record's `edits` (column → new value) written into their fields; every
    /// other byte, the separators between fields included, is the file's own. A short row gains
    /// the empty fields up to the last column edited.
    private func spliced(_ table: TextTable, _ record: TextTable.Record, _ edits: [Int: String]) -> [UInt8] {
        let bytes = table.bytes
        var row: [UInt8] = []
        let last = max(record.fields.count - 1, edits.keys.max() ?? 0)
        for column in 0...last {
            if column > 0 {
                row +=
                    column < record.fields.count
                    ? bytes[record.fields[column - 1].upperBound..<record.fields[column].lowerBound]
                    : [TextTable.delimiter]
            }
            if let value = edits[column] {
                row += TextTable.encode(value)
            } else if column < record.fields.count {
                row += bytes[record.fields[column]]
            }
        }
        return Array(bytes[..<record.range.lowerBound]) + row + bytes[record.range.upperBound...]
    }

    // MARK: - The file on disk

    /// A symbolic link is followed, so the file it points to is edited and the link stays.
    private static func resolved(_ path: String) -> String {
        guard let pointer = realpath(path, nil) else { return path }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// No write permission for this user, or none for anyone (even root is told so: the owner
    /// made it read-only on purpose).
    private static func isReadOnly(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return access(path, W_OK) != 0 || info.st_mode & 0o222 == 0
    }
}
