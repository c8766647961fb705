/// The baselines kept in a workspace folder, as `.tandem/baselines/NAME.json`. Baselines are
/// the user's records: they are written once (replaced only when asked) and never deleted here.
public struct BaselineStore: Sendable {
    public static let folderName = ".tandem/baselines"

    /// The workspace folder, where baselines are written.
    public let workspace: String
    /// Where they are read from: the same seam the workspace's files are read through.
    let files: any WorkspaceFiles

    public init(workspace: String) {
        self.workspace = workspace
        files = FolderFiles(path: workspace)
    }

    public var folder: String { (workspace.hasSuffix("/") ? workspace : workspace + "/") + Self.folderName }

    /// A baseline file in the folder. Only its first bytes are read until it is loaded: a baseline
    /// of a large workspace is megabytes of JSON, and choosing among a year of them must not
    /// decode them all.
    public struct Entry: Sendable {
        public let name: String
        let files: any WorkspaceFiles
        /// Relative to the workspace, as messages name it.
        let file: String
        /// The as-of date from the start of the file, where the export writes it; nil when it is
        /// not there (a hand-edited file): then only loading the whole file tells.
        let quickAsOf: Day?
        let cache: BaselineCache

        /// The whole baseline, or why it cannot be read.
        public func load() -> Result<Baseline, LoadFailure> {
            if let kept = cache.baseline(named: name, file: file) { return .success(kept) }
            return Result { () throws(LoadFailure) in
                try cache.reading(named: name, file: file) { () throws(LoadFailure) in
                    guard let bytes = try files.read(file) else {
                        throw LoadFailure(file: file, "is missing; expected a baseline saved by `tandem baseline save`")
                    }
                    return try Baseline(name: name, bytes: bytes, file: file)
                }
            }
        }
    }

    /// Every `*.json` in the folder, by name; an empty list when there is no folder yet.
    public func entries() -> [Entry] {
        let names = files.names(in: Self.folderName)
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { name in
            let file = "\(Self.folderName)/\(name)"
            return Entry(
                name: String(name.dropLast(5)), files: files, file: file,
                quickAsOf: files.head(file, count: 1024).flatMap(Self.quickAsOf),
                cache: BaselineCache(workspace: workspace, files: files))
        }
    }

    /// `"as_of": "YYYY-MM-DD"` within the first kilobyte.
    static func quickAsOf(_ head: [UInt8]) -> Day? {
        let text = String(decoding: head, as: UTF8.self)
        guard let key = text.firstRange(of: "\"as_of\"") else { return nil }
        let rest = text[key.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "\t" }
        guard rest.first == "\"" else { return nil }
        return Day(iso: String(rest.dropFirst().prefix(10)))
    }

    /// The baseline chosen for a day, and the baseline files that could not be read, which the
    /// user must hear about: one of them may be the baseline they meant.
    public struct Choice: Sendable {
        public let baseline: Baseline?
        public let unreadable: [LoadFailure]

        public init(baseline: Baseline?, unreadable: [LoadFailure]) {
            self.baseline = baseline
            self.unreadable = unreadable
        }
    }

    /// The baseline to compare a day's workspace with: the named one, else the latest dated
    /// before `day` (by as-of date, then name). No baseline when there is none. Only the files
    /// that must be are decoded: the chosen one, any newer one that turns out unreadable, and any
    /// whose date is not at its start.
    /// - Throws: when the named baseline does not exist, cannot be read, or is dated after `day`.
    public func choose(named name: String?, before day: Day) throws(LoadFailure) -> Choice {
        let entries = entries()
        if let name {
            guard let entry = entries.first(where: { $0.name == name }) else {
                let known = entries.map(\.name)
                throw LoadFailure(
                    file: nil,
                    "no baseline named \"\(name)\" in \(Self.folderName); "
                        + (known.isEmpty
                            ? "none is saved yet (`tandem baseline save` keeps one)"
                            : "expected one of: \(known.joined(separator: ", "))"))
            }
            let baseline = try entry.load().get()
            guard baseline.asOf <= day else {
                throw LoadFailure(
                    file: nil,
                    "baseline \"\(name)\" is as of \(baseline.asOf), after the as-of date \(day); expected one from "
                        + "before"
                )
            }
            return Choice(baseline: baseline, unreadable: [])
        }
        var unreadable: [LoadFailure] = []
        var best: Baseline?
        // Files without a date at their start are loaded to learn it.
        for entry in entries where entry.quickAsOf == nil {
            switch entry.load() {
            case .success(let baseline): if baseline.asOf < day { best = Self.later(best, baseline) }
            case .failure(let failure): unreadable.append(failure)
            }
        }
        // The rest newest first: the first that loads is the latest, unless one loaded above is later.
        let dated = entries.filter { $0.quickAsOf.map { $0 < day } ?? false }.sorted {
            ($0.quickAsOf!, $0.name) > ($1.quickAsOf!, $1.name)
        }
        for entry in dated {
            if let best, (best.asOf, best.name) > (entry.quickAsOf!, entry.name) { break }
            switch entry.load() {
            case .success(let baseline): best = Self.later(best, baseline)
            case .failure(let failure):
                unreadable.append(failure)
                continue
            }
            break
        }
        return Choice(baseline: best, unreadable: unreadable)
    }

    /// The chosen baseline alone.
    public func baseline(named name: String?, before day: Day) throws(LoadFailure) -> Baseline? {
        try choose(named: name, before: day).baseline
    }

    /// The latest of baselines dated before `day`, by as-of date, then name.
    public static func latest(of baselines: [Baseline], before day: Day) -> Baseline? {
        baselines.filter { $0.asOf < day }.reduce(nil) { later($0, $1) }
    }

    private static func later(_ a: Baseline?, _ b: Baseline) -> Baseline {
        guard let a else { return b }
        return (a.asOf, a.name) >= (b.asOf, b.name) ? a : b
    }

    /// Names are file names: letters, digits, `-`, `_` and `.`, not starting with a dot.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "-_.".unicodeScalars.contains($0)
            }
    }

    /// Saves the computed workspace as baseline `name`, atomically.
    /// - Returns: the path written.
    /// - Throws: when the name is not a file name, the baseline exists and `force` is not set,
    ///   the folder is a link or leads out of the workspace, or the file cannot be written.
    @discardableResult
    public func save(_ card: Scorecard, name: String, force: Bool) throws(AtomicFile.WriteError) -> String {
        let path = folder + "/" + name + ".json"
        guard Self.isValidName(name) else {
            throw AtomicFile.WriteError(
                path: path,
                reason: "\"\(name)\" is not a baseline name; expected letters, digits, - _ or . (not first), at most 64"
            )
        }
        try BaselineFolder.prepare(workspace: workspace)
        let json = ExportDocument.json(card).rendered() + "\n"
        do {
            try AtomicFile.write(Array(json.utf8), to: path, overwrite: force)
        } catch  where !force && AtomicFile.exists(path) {
            throw AtomicFile.WriteError(
                path: path,
                reason: "baseline \"\(name)\" already exists (use --force to replace it, or --name to keep both)")
        }
        return path
    }
}
