/// Reads each data set from where its source says, for one load: files shared by two data sets
/// are read once, files outside the workspace folder only once the user trusts the manifest, and
/// every problem is marked with the data set (and sheet) it is in.
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
    private var bytesByFile: [String: [UInt8]?] = [:]
    private var isTrusted: Bool?

    init(files: WorkspaceFiles, settings: Settings, manifest: [UInt8]) {
        self.files = files
        self.settings = settings
        self.manifest = manifest
    }

    /// Opens the data set's file and reads its rows with `load`; nil (and the data set missing)
    /// when it is absent or cannot be read at all, which is then an error naming the file.
    /// - Parameter required: whether an empty own file is an error or as good as none.
    mutating func read<T>(
        _ set: DataSet, required: Bool = true,
        _ load: (DataFile, inout [Diagnostic]) throws(LoadFailure) -> T
    ) -> T? {
        let source = settings.source(of: set)
        fileNames[set] = source.file
        let start = diagnostics.count
        defer { for index in start..<diagnostics.count { diagnostics[index].dataSet = set } }
        do throws(LoadFailure) {
            let bytes = try self.bytes(of: source)
            if let csv = try DataFile(set, source: source, bytes: bytes, required: required) {
                var found: [Diagnostic] = []
                let value = try load(csv, &found)
                if let sheet = csv.sheet { for index in found.indices { found[index].sheet = sheet } }
                diagnostics += found
                return value
            }
        } catch {
            var diagnostic = Diagnostic(.error, file: error.file ?? source.file, line: error.line, error.message)
            if WorkbookFormat.isWorkbookName(source.file) { diagnostic.sheet = source.sheet }
            diagnostic.isWholeFile = true
            diagnostics.append(diagnostic)
        }
        missing.insert(set)
        return nil
    }

    /// The file's bytes, read once however many data sets it serves; nil when there is no file.
    private mutating func bytes(of source: Source) throws(LoadFailure) -> [UInt8]? {
        if let bytes = bytesByFile[source.file] { return bytes }
        if !files.isInside(source.file) {
            isTrusted = isTrusted ?? files.trusts(manifest: manifest, settings: settings)
            guard isTrusted == true else {
                if !untrusted.contains(source.file) { untrusted.append(source.file) }
                throw LoadFailure(
                    file: source.file,
                    "is outside the workspace folder, and is read only once you trust this manifest: run "
                        + "`tandem trust DIR` for the workspace folder, which records the manifest as it is now (a "
                        + "shared folder's manifest must not read your other files)")
            }
        }
        if !sourceFiles.contains(source.file) { sourceFiles.append(source.file) }
        let bytes = try files.read(source.file)
        bytesByFile[source.file] = bytes
        return bytes
    }
}
