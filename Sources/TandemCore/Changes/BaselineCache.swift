/// A compact copy of each baseline's compared fields, kept in `.tandem/cache/NAME.baseline`, so
/// that comparing with a baseline does not cost every start and reload a scan of its JSON (8.7 MB
/// for a 1,000,000-measurement workspace). The JSON stays the record users see and share; the
/// copy is only ever a shortcut to what reading the JSON would give.
///
/// A copy is used only when it was made from the JSON as it is now (its `FileIdentity`: the
/// same file, size and times to the nanosecond) and made more than `LoadCache.racyWindow` after
/// the JSON's last change (its ctime, which no tool sets back, unlike its mtime): otherwise a
/// second write within the same tick of the timestamps could have left the identity as it was.
/// (A read stalled for longer than the window, between such a second write and the copy being
/// written, would still keep a copy of the first: not guarded against.)
/// Made after the JSON has been read; where it cannot be written (a read-only folder, `.tandem`
/// a link), nothing is said: the JSON is read each time, as before.
struct BaselineCache: Sendable {
    static let folderName = "cache"
    /// The workspace folder, where copies are written.
    let workspace: String
    /// Where the JSON is read, and its identity learnt: none for files that are not on disk.
    let files: any WorkspaceFiles

    private var folder: String {
        (workspace.hasSuffix("/") ? workspace : workspace + "/") + ".tandem/" + Self.folderName
    }

    private func copy(named name: String) -> String { folder + "/" + name + ".baseline" }

    /// The baseline kept for the JSON `file`, when its copy was made from the file as it is now.
    func baseline(named name: String, file: String) -> Baseline? {
        let copy = copy(named: name)
        guard let json = files.identity(of: file), let made = FileIdentity(path: copy),
            made.modified.seconds > json.changed.seconds + LoadCache.racyWindow,
            // The copy is smaller than the JSON it holds the fields of.
            let bytes = try? RegularFile.read(
                copy, limit: min(Int(clamping: json.size), RegularFile.maximumSize) + 4096)
        else { return nil }
        return try? BaselineCoding.decode(bytes, name: name, madeFrom: json)
    }

    /// Reads the JSON `file` through `read` and keeps a copy of what it gave, when the file did
    /// not change while it was read.
    func reading(named name: String, file: String, _ read: () throws(LoadFailure) -> Baseline) throws(LoadFailure)
        -> Baseline
    {
        let before = files.identity(of: file)
        let baseline = try read()
        if let before, before == files.identity(of: file),
            (try? BaselineFolder.prepare(workspace: workspace, folder: Self.folderName)) != nil
        {
            // Kept out of version control (`.tandem/baselines` may well be in it): it is remade wherever needed.
            try? AtomicFile.write("*\n", to: folder + "/.gitignore", overwrite: false)
            try? AtomicFile.write(BaselineCoding.encode(baseline, of: before), to: copy(named: name), overwrite: true)
        }
        return baseline
    }
}

extension FileIdentity {
    static let wordCount = 7

    /// As the cache writes it.
    var words: [Int64] {
        [
            Int64(bitPattern: device), Int64(bitPattern: inode), size, Int64(modified.whole),
            Int64(modified.nanoseconds), Int64(changed.whole), Int64(changed.nanoseconds),
        ]
    }

    @_spi(Fuzzing) public init?(words: [Int64]) {
        guard words.count == Self.wordCount else { return nil }
        device = UInt64(bitPattern: words[0])
        inode = UInt64(bitPattern: words[1])
        size = words[2]
        modified = Instant(whole: Int(words[3]), nanoseconds: Int(words[4]))
        changed = Instant(whole: Int(words[5]), nanoseconds: Int(words[6]))
    }
}
