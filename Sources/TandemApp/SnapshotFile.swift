#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import TandemCore

/// Saves the screen's text as `tandem-YYYYMMDD-HHMMSS.txt`, never replacing a file: a second
/// snapshot in the same second becomes `-2`, `-3`, …
enum SnapshotFile {
    /// - Returns: the path written.
    static func save(_ text: String, in folder: String, at date: Date) throws(AtomicFile.WriteError) -> String {
        let base = (folder.hasSuffix("/") ? folder : folder + "/") + "tandem-" + LocalTime(date).stamp
        for attempt in 1...1000 {
            let path = base + (attempt == 1 ? "" : "-\(attempt)") + ".txt"
            do {
                try AtomicFile.write(text, to: path, overwrite: false)
                return path
            } catch  where AtomicFile.exists(path) {
                continue
            }
        }
        throw AtomicFile.WriteError(path: base + ".txt", reason: "too many snapshots with the same time")
    }
}
