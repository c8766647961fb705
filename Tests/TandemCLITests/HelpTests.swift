import TandemTestSupport
import Testing

/// Every command explains itself.
@Suite struct HelpTests {
    @Test func theToolListsItsCommands() throws {
        let result = try TandemProcess.run(["--help"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("USAGE: tandem"))
        for command in ["validate", "export", "init", "inspect", "trust"] {
            #expect(result.stdout.contains("  \(command) "), "\(command) is not listed")
        }
    }

    @Test(arguments: [
        ("validate", ["--as-of <date>", "--format <format>", "Exit status: 0 when there are no errors"]),
        ("export", ["--as-of <date>", "--format <format>", "Print the computed workspace"]),
        ("init", ["<dir>", "Refuses a folder that already holds anything"]),
        ("inspect", ["<file>", "--as <name>", "--sheet <sheet>", "--header-row <header-row>", "Exit status: 0"]),
        ("trust", ["<dir>", "--revoke", "direnv allow"]),
    ])
    func eachCommandHasHelp(_ command: String, _ phrases: [String]) throws {
        for arguments in [[command, "--help"], ["help", command], [command, "-h"]] {
            let result = try TandemProcess.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result)")
            #expect(result.stdout.contains("USAGE: tandem \(command)"), "\(arguments)")
            for phrase in phrases {
                #expect(
                    result.stdout.replacingOccurrences(of: "\n ", with: " ").contains(phrase),
                    "\(arguments): no \(phrase)")
            }
        }
    }

    @Test func anUnknownCommandIsAUsageError() throws {
        let result = try TandemProcess.run(["vaildate", "--help-me"])
        #expect(result.status == 64, "\(result)")
    }
}
