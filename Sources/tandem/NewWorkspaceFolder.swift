import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import TandemCore

/// Writes a workspace's files into a folder that is new or empty, so no file of the user's is
/// ever replaced.
enum NewWorkspaceFolder {
    static func write(_ files: [String: String], to directory: String) throws {
        let manager = FileManager.default
        let kind = PathKind(directory)
        if kind != .missing {
            guard kind == .folder else {
                printError("\(directory) is a file; expected a new or empty folder")
                throw ExitCode(1)
            }
            let contents = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
            guard contents.isEmpty else {
                printError(
                    "\(directory) is not empty (\(contents.count) \(contents.count == 1 ? "entry" : "entries") "
                        + "inside); expected a new or empty folder, so that no file is replaced"
                )
                throw ExitCode(1)
            }
        } else {
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                printError("cannot create \(directory): \(reason(error))")
                throw ExitCode(1)
            }
        }
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            do {
                try AtomicFile.write(
                    text.hasSuffix("\n") ? text : text + "\n", to: directory + "/" + name, overwrite: false)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
        }
    }

    /// Why the folder could not be made, in the words Tandem uses for any file.
    private static func reason(_ error: any Error) -> String {
        guard let cause = (error as? CocoaError)?.underlying as? POSIXError else {
            return "the operation could not be completed"
        }
        return RegularFile.reason(cause.code.rawValue)
    }
}
