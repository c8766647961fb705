import TandemTestSupport
import Testing

@testable import TandemCore

/// `DataSet.requiredColumns` says what the loader requires: a file without any one of them fails
/// to load, naming it.
@Suite struct DataSetTests {
    @Test(arguments: DataSet.allCases)
    func eachRequiredColumnIsRequiredByTheLoader(_ set: DataSet) {
        for column in set.requiredColumns {
            #expect(set.columns.contains(column))
            let header = set.columns.filter { $0 != column }.joined(separator: ",")
            let failure = WorkspaceFixture().with(set.fileName, header + "\n").failure()
            #expect(failure?.file == set.fileName, "\(set) \(column)")
            #expect(failure?.message.contains("\"\(column)\"") == true, "\(set) \(column)")
        }
    }
}
