import TandemTestSupport
import Testing

@testable import TandemCore

/// `DataSet.requiredColumns` says what the loader requires: a file without any one of them cannot
/// be read as its data set, an error naming the file and the column.
@Suite struct DataSetTests {
    @Test(arguments: DataSet.allCases)
    func eachRequiredColumnIsRequiredByTheLoader(_ set: DataSet) throws {
        for column in set.requiredColumns {
            #expect(set.columns.contains(column))
            let header = set.columns.filter { $0 != column }.joined(separator: ",")
            let loaded = try WorkspaceFixture().with(set.fileName, header + "\n").load()
            let error = loaded.diagnostics.first { $0.isWholeFile }
            #expect(error?.file == set.fileName, "\(set) \(column)")
            #expect(error?.message.contains("\"\(column)\"") == true, "\(set) \(column)")
            #expect(loaded.workspace.missing.contains(set), "\(set) \(column)")
        }
    }
}
