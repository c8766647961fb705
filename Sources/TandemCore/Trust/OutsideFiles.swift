/// The files a manifest names in `[sources.NAME] file = …` that lie outside its folder, judged
/// from the text alone: an absolute path, `~/…`, or a relative path whose `..` climbs out. It
/// tells the user what trusting a workspace allows; the loader decides what it reads.
public enum OutsideFiles {
    /// In the order the sources are written; none when the manifest is not valid TOML.
    public static func named(in manifest: [UInt8]) -> [String] {
        guard let document = try? TOMLParser.parse(bytes: manifest), let sources = document["sources"]?.table else {
            return []
        }
        return sources.keys.compactMap { sources[$0]?.table?["file"]?.string }.filter(isOutside)
    }

    public static func isOutside(_ file: String) -> Bool {
        if file.hasPrefix("/") || file.hasPrefix("~") { return true }
        var depth = 0
        for part in file.split(separator: "/") where part != "." {
            depth += part == ".." ? -1 : 1
            if depth < 0 { return true }
        }
        return false
    }
}
