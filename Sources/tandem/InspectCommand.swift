import ArgumentParser
import TandemCore

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how Tandem would read a spreadsheet, and the [sources] table to paste into tandem.toml.",
        discussion: """
            For the first minutes with a spreadsheet nobody wrote for Tandem (.xlsx, or CSV/TSV/TXT): \
            the sheets, the row of headers found, each header with the Tandem column it would be read \
            as, three sample values each with how they would be read, the data set it looks like, \
            and a ready [sources.NAME] table. Check the table, then paste it into tandem.toml.

            Exit status: 0, or 2 when the file cannot be read.

            Examples:
              tandem inspect "Risk Register FY26.xlsx"
              tandem inspect tracker.xlsx --sheet "KPI Tracker" --as measurements
              tandem inspect export.csv --header-row 3
            """
    )

    @Argument(help: ArgumentHelp("The spreadsheet to look at.", valueName: "file"))
    var file: String

    @Option(
        name: .customLong("as"),
        help: ArgumentHelp("The data set it holds (default: the one it looks like).", valueName: "name"))
    var dataSet: DataSetName?

    @Option(help: "The sheet of a workbook (default: the first).")
    var sheet: String?

    @Option(name: .customLong("header-row"), help: "The row of headers, 1 for the first (default: found).")
    var headerRow: Int?

    struct DataSetName: ExpressibleByArgument {
        let set: DataSet
        init?(argument: String) {
            guard let set = DataSet(rawValue: argument.lowercased()) else { return nil }
            self.set = set
        }
        static var allValueStrings: [String] { DataSet.allCases.map(\.rawValue) }
    }

    func validate() throws {
        if let headerRow, headerRow < 1 { throw ValidationError("--header-row \(headerRow): expected 1 or more") }
    }

    func run() throws {
        let inspection: Inspection
        do {
            let bytes = try RegularFile.read(file)
            inspection = try Inspection.inspect(
                file, bytes: bytes, as: dataSet?.set, sheet: sheet, headerRow: headerRow
            )
        } catch let error as RegularFile.ReadError {
            printError("cannot read \(TextSanitizer.visible(file)): \(error)")
            throw ExitCode(2)
        } catch let failure as LoadFailure {
            printError("cannot read \(failure)")
            throw ExitCode(2)
        }
        try StandardOutput.write(lines: InspectionText.lines(inspection))
    }
}
