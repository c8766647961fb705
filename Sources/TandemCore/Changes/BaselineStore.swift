import Foundation

/// The baselines kept in a workspace folder, as `.tandem/baselines/NAME.json`. Baselines are
/// the user's records: they are written once (replaced only when asked) and never deleted here.
public struct BaselineStore: Sendable {
    public static let folderName = ".tandem/baselines"

    /// The workspace folder.
    public let workspace: String

    public init(workspace: String) { self.workspace = workspace }

    public var folder: String { (workspace.hasSuffix("/") ? workspace : workspace + "/") + Self.folderName }

    /// A baseline file found in the folder, or why it cannot be read.
    public struct Entry: Sendable {
        public let name: String
        public let baseline: Result<Baseline, LoadFailure>
    }

    /// Every `*.json` in the folder, by name; an empty list when there is no folder yet.
    public func entries() -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { file in
            let name = String(file.dropLast(5))
            let path = folder + "/" + file
            let file = "\(Self.folderName)/\(file)"
            guard let bytes = FileManager.default.contents(atPath: path) else {
                return Entry(name: name, baseline: .failure(LoadFailure(file: file, "cannot be read")))
            }
            return Entry(name: name, baseline: Result { () throws(LoadFailure) in
                try Baseline(name: name, json: bytes, file: file)
            })
        }
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
    /// before `day` (by as-of date, then name). No baseline when there is none.
    /// - Throws: when the named baseline does not exist, cannot be read, or is dated after `day`.
    public func choose(named name: String?, before day: Day) throws(LoadFailure) -> Choice {
        let entries = entries()
        if let name {
            guard let entry = entries.first(where: { $0.name == name }) else {
                let known = entries.map(\.name)
                throw LoadFailure(file: "", "no baseline named \"\(name)\" in \(Self.folderName); "
                    + (known.isEmpty ? "none is saved yet (`tandem baseline save` keeps one)" : "expected one of: \(known.joined(separator: ", "))"))
            }
            let baseline = try entry.baseline.get()
            guard baseline.asOf <= day else {
                throw LoadFailure(file: "", "baseline \"\(name)\" is as of \(baseline.asOf), after the as-of date \(day); expected one from before")
            }
            return Choice(baseline: baseline, unreadable: [])
        }
        let unreadable = entries.compactMap { entry -> LoadFailure? in
            guard case .failure(let failure) = entry.baseline else { return nil }
            return failure
        }
        return Choice(baseline: Self.latest(of: entries, before: day), unreadable: unreadable)
    }

    /// The latest readable baseline dated before `day`, by as-of date, then name.
    public static func latest(of entries: [Entry], before day: Day) -> Baseline? {
        entries.compactMap { try? $0.baseline.get() }.filter { $0.asOf < day }.max { ($0.asOf, $0.name) < ($1.asOf, $1.name) }
    }

    /// The chosen baseline alone.
    public func baseline(named name: String?, before day: Day) throws(LoadFailure) -> Baseline? {
        try choose(named: name, before: day).baseline
    }

    /// Names are file names: letters, digits, `-`, `_` and `.`, not starting with a dot.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }
    }

    /// Saves the computed workspace as baseline `name`, atomically.
    /// - Returns: the path written.
    /// - Throws: when the name is not a file name, the baseline exists and `force` is not set, or
    ///   the file cannot be written.
    @discardableResult
    public func save(_ card: Scorecard, name: String, force: Bool) throws(AtomicFile.WriteError) -> String {
        let path = folder + "/" + name + ".json"
        guard Self.isValidName(name) else {
            throw AtomicFile.WriteError(path: path, reason: "\"\(name)\" is not a baseline name; expected letters, digits, - _ or . (not first), at most 64")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.WriteError(path: folder, reason: "cannot make the folder: \((error as NSError).localizedDescription)")
        }
        let json = ExportDocument.json(card).rendered() + "\n"
        do {
            try AtomicFile.write(Array(json.utf8), to: path, overwrite: force)
        } catch where !force && AtomicFile.exists(path) {
            throw AtomicFile.WriteError(path: path, reason: "baseline \"\(name)\" already exists (use --force to replace it, or --name to keep both)")
        }
        return path
    }
}
