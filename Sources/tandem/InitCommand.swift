import ArgumentParser
import Foundation
import TandemCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write the demo workspace into a new folder as files to edit.",
        discussion: "Refuses a folder that already holds anything, so no file of yours is ever replaced."
    )

    @Argument(help: ArgumentHelp("The folder to create (or an empty one).", valueName: "dir"))
    var directory: String

    func run() throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                printError("\(directory) is a file; expected a new or empty folder")
                throw ExitCode(1)
            }
            let contents = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
            guard contents.isEmpty else {
                printError("\(directory) is not empty (\(plural(contents.count, "entry")) inside); expected a new or empty folder, so that no file is replaced")
                throw ExitCode(1)
            }
        } else {
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                printError("cannot create \(directory): \((error as NSError).localizedDescription)")
                throw ExitCode(1)
            }
        }
        for (name, text) in DemoWorkspace.files.sorted(by: { $0.key < $1.key }) {
            do {
                try AtomicFile.write(text + "\n", to: directory + "/" + name, overwrite: false)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
        }
        print("Wrote the demo workspace to \(directory). Edit the files, then run: tandem \(directory)")
    }
}
