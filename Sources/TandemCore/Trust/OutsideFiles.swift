/// The files a manifest names in `[sources.NAME] file = …` that lie outside its folder, judged as
/// the loader judges them (`FolderFiles.isInside`, on real paths): what trusting it allows.
public enum OutsideFiles {
    /// In data-set order; none when the manifest cannot be read.
    public static func named(in manifest: [UInt8], folder: String) -> [String] {
        guard let (settings, _) = try? ManifestParser.parse(bytes: manifest) else { return [] }
        let files = FolderFiles(path: folder)
        return DataSet.allCases.compactMap { settings.sources[$0]?.file }.filter { !files.isInside($0) }
    }
}
