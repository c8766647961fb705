/// The files a workspace would read from outside its folder, judged as the loader judges them
/// (`FolderFiles.isInside`, on real paths): a `[sources]` file named there, or a data set's own
/// file that is a link leading out. Trust is given to them, not only to the manifest.
public enum OutsideFiles {
    /// In data-set order, as the manifest names them; none when the manifest cannot be read.
    public static func named(in manifest: [UInt8], folder: String) -> [String] {
        guard let (settings, _) = try? ManifestParser.parse(bytes: manifest) else { return [] }
        return named(settings, folder: folder)
    }

    /// As `named(in:folder:)`, for a manifest already read (the loader's).
    static func named(_ settings: Settings, folder: String) -> [String] {
        let files = FolderFiles(path: folder)
        var names: [String] = []
        for set in DataSet.allCases {
            let file = settings.source(of: set).file
            if !files.isInside(file), !names.contains(file) { names.append(file) }
        }
        return names
    }

    /// What `tandem trust` records and the loader checks: the manifest, and where each file it
    /// would read outside the folder really is. A link in the folder turned to another file of the
    /// user's, with the manifest untouched, is then a change that needs trust again.
    public static func trustKey(manifest: [UInt8], folder: String) -> [UInt8] {
        guard let (settings, _) = try? ManifestParser.parse(bytes: manifest) else { return manifest + [0] }
        return trustKey(manifest: manifest, settings: settings, folder: folder)
    }

    /// As `trustKey(manifest:folder:)`, for a manifest already read (the loader's).
    static func trustKey(manifest: [UInt8], settings: Settings, folder: String) -> [UInt8] {
        let files = FolderFiles(path: folder)
        let places = named(settings, folder: folder).map { files.realPath(of: $0) ?? $0 }
        return manifest + [0] + Array(places.joined(separator: "\n").utf8)
    }
}
