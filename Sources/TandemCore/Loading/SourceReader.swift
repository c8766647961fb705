/// Reads each data set from where its source says, for one load: files shared by two data sets
/// are read once, files outside the workspace folder only once the user trusts the manifest, and
/// every problem is marked with the data set (and sheet) it is in. A data set the last load read
/// (`LoadCache`) is replayed instead when its file is unchanged, as if it had been read again.
struct SourceReader {
    let files: WorkspaceFiles
    let settings: Settings
    let manifest: [UInt8]
    var diagnostics: [Diagnostic] = []
    /// The data sets the workspace does not have, or cannot read.
    var missing = Set<DataSet>()
    var fileNames: [DataSet: String] = [:]
    var sourceFiles: [String] = []
    var untrusted: [String] = []
    private let cache: LoadCache?
    /// The last load's data sets, read under the same manifest.
    private let last: [DataSet: LoadCache.Step]
    /// This load's data sets that the next may reuse.
    private(set) var steps: [DataSet: LoadCache.Step] = [:]
    private var reused = Set<DataSet>()
    /// Each file's bytes, with its identity when they may be kept (taken before they were read).
    private var bytesByFile: [String: (bytes: [UInt8]?, identity: FileIdentity?)] = [:]
    private var isTrusted: Bool?

    init(files: WorkspaceFiles, settings: Settings, manifest: [UInt8], cache: LoadCache? = nil) {
        self.files = files
        self.settings = settings
        self.manifest = manifest
        self.cache = cache
        last = cache?.steps(origin: files.origin, manifest: manifest) ?? [:]
    }

    /// A copy to read `sets` with on another thread, with no problems or files of its own yet;
    /// `join` takes back what it found. Asked first, so that both ask it once: whether files
    /// outside the folder may be read, and the bytes of a file that `set` (read here meanwhile,
    /// from `inputs`) shares with them, so that both read it alike, unless `set` is replayed.
    mutating func branch(for sets: [DataSet], besides set: DataSet, using inputs: Set<DataSet>) -> SourceReader {
        for file in Set(([set] + sets).map { settings.source(of: $0).file }) { _ = mayRead(file) }
        let source = settings.source(of: set)
        if sets.contains(where: { settings.source(of: $0).file == source.file }),
            reusable(set, source: source, inputs: inputs) == nil
        {
            _ = try? bytes(of: source)
        }
        var branch = self
        (branch.diagnostics, branch.sourceFiles, branch.untrusted) = ([], [], [])
        return branch
    }

    /// What a branch read, as if this reader had read it after its own data sets.
    mutating func join(_ branch: SourceReader) {
        diagnostics += branch.diagnostics
        missing.formUnion(branch.missing)
        fileNames.merge(branch.fileNames) { mine, _ in mine }
        for file in branch.sourceFiles { watch(file) }
        for file in branch.untrusted where !untrusted.contains(file) { untrusted.append(file) }
        steps.merge(branch.steps) { mine, _ in mine }
        reused.formUnion(branch.reused)
        bytesByFile.merge(branch.bytesByFile) { mine, _ in mine }
        isTrusted = isTrusted ?? branch.isTrusted
    }

    /// Opens the data set's file and reads its rows with `load`; nil (and the data set missing)
    /// when it is absent or cannot be read at all, which is then an error naming the file.
    /// - Parameters:
    ///   - required: whether an empty own file is an error or as good as none.
    ///   - inputs: the data sets whose values `load` uses: it is replayed only when they were.
    mutating func read<T: Sendable>(
        _ set: DataSet, required: Bool = true, using inputs: Set<DataSet> = [],
        _ load: (DataFile, inout [Diagnostic]) throws(LoadFailure) -> T
    ) -> T? {
        let source = settings.source(of: set)
        fileNames[set] = source.file
        if let step = reusable(set, source: source, inputs: inputs), let value = step.value as? T {
            watch(source.file)
            diagnostics += step.diagnostics
            steps[set] = step
            reused.insert(set)
            return value
        }
        do throws(LoadFailure) {
            let (bytes, identity) = try self.bytes(of: source)
            if let csv = try DataFile(set, source: source, bytes: bytes, required: required) {
                var found: [Diagnostic] = []
                let value = try load(csv, &found)
                for index in found.indices {
                    found[index].dataSet = set
                    if let sheet = csv.sheet { found[index].sheet = sheet }
                }
                diagnostics += found
                if let identity {
                    steps[set] = LoadCache.Step(value: value, diagnostics: found, file: source.file, identity: identity)
                }
                return value
            }
        } catch {
            var diagnostic = Diagnostic(.error, file: error.file ?? source.file, line: error.line, error.message)
            if WorkbookFormat.isWorkbookName(source.file) { diagnostic.sheet = source.sheet }
            diagnostic.isWholeFile = true
            diagnostic.dataSet = set
            diagnostics.append(diagnostic)
        }
        missing.insert(set)
        return nil
    }

    /// The last load's step for the data set, when replaying it gives what reading it would: the
    /// same file, unchanged, read as the trust in force allows, from inputs that were replayed too.
    private mutating func reusable(_ set: DataSet, source: Source, inputs: Set<DataSet>) -> LoadCache.Step? {
        guard let step = last[set], step.file == source.file, inputs.isSubset(of: reused), mayRead(source.file)
        else { return nil }
        return files.identity(of: source.file) == step.identity ? step : nil
    }

    /// Inside the workspace folder, or the manifest is trusted (asked once per load).
    private mutating func mayRead(_ file: String) -> Bool {
        if files.isInside(file) { return true }
        isTrusted = isTrusted ?? files.trusts(manifest: manifest, settings: settings)
        return isTrusted == true
    }

    /// A file a live reload watches.
    private mutating func watch(_ file: String) {
        if !sourceFiles.contains(file) { sourceFiles.append(file) }
    }

    /// The file's bytes, read once however many data sets it serves; nil when there is no file.
    /// With them, the identity the file had before it was read, unless it changed too recently
    /// to tell a later write by it.
    private mutating func bytes(of source: Source) throws(LoadFailure) -> (bytes: [UInt8]?, identity: FileIdentity?) {
        if let read = bytesByFile[source.file] { return read }
        guard mayRead(source.file) else {
            if !untrusted.contains(source.file) { untrusted.append(source.file) }
            throw LoadFailure(
                file: source.file,
                "is outside the workspace folder, and is read only once you trust this manifest: run "
                    + "`tandem trust DIR` for the workspace folder, which records the manifest as it is now (a "
                    + "shared folder's manifest must not read your other files)")
        }
        watch(source.file)
        // Taken before the read: a write after it shows as another identity next time.
        let identity = cache == nil ? nil : files.identity(of: source.file)
        let bytes = try files.read(source.file)
        let read = (bytes, identity.flatMap { cache?.settled($0) })
        bytesByFile[source.file] = read
        return read
    }
}
