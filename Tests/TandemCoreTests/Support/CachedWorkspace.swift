import Foundation
import TandemCore
import TandemTestSupport

/// A workspace folder loaded again and again with one `LoadCache`, as the dashboard does, next to
/// fresh loads of the same files. Every file written is dated in the past (each at its own
/// second), so it is old enough to be kept; `writeNow` leaves a file as just written.
final class CachedWorkspace {
    let folder: TemporaryFolder
    let trust: TrustStore?
    let files: CountingFiles
    let cache = LoadCache { Date() }
    private var written = 0

    /// - Parameter trust: where trust is kept; nil trusts nothing outside the folder.
    init(_ files: [String: String], trust: TrustStore? = nil) throws {
        folder = try TemporaryFolder()
        self.trust = trust
        self.files = CountingFiles(FolderFiles(path: folder.path, trust: trust))
        for (name, text) in files.sorted(by: { $0.key < $1.key }) { try write(name, text) }
    }

    /// The fixture's files with a milestone and an action, and problems to report in each file: a
    /// value of an unknown KPI, percentages written as fractions, a link to an unknown risk.
    static let everyDataSet = WorkspaceFixture()
        .rows("measurements.csv", "K1,2026-09,0.98,", "K1,2026-10,0.995,", "K9,2026-10,5,")
        .rows("initiatives.csv", WorkspaceFixture.initiativeRow, "I2,Move,coo,Bo,active,2026-01-01,,,,,,,,K1,R9,,,")
        .rows("milestones.csv", "I1,Design,2026-06-01,2026-05-30,")
        .rows("actions.csv", "A-1,Agree the contract,coo,Ann,2026-12-01,,,,R1;K1,")
        .files

    func write(_ name: String, _ text: String) throws {
        try writeNow(name, text)
        written += 1
        // An hour ago, and never the same time twice: a rewrite of the same size still shows.
        let date = Date(timeIntervalSinceNow: -3600 + Double(written))
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: folder.url(name))
    }

    func writeNow(_ name: String, _ text: String) throws { try folder.write(name, text) }

    func remove(_ name: String) throws { try FileManager.default.removeItem(atPath: folder.url(name)) }

    /// Loads with the cache; the names read, sorted, come back with it.
    func load() throws -> (LoadedWorkspace, read: [String]) {
        _ = files.takeReads()
        let loaded = try WorkspaceLoader.load(files, cache: cache)
        return (loaded, files.takeReads())
    }

    /// Loads without a cache.
    func fresh() throws -> LoadedWorkspace { try WorkspaceLoader.load(FolderFiles(path: folder.path, trust: trust)) }
}

/// A folder whose reads are counted.
final class CountingFiles: WorkspaceFiles, @unchecked Sendable {
    let folder: FolderFiles
    private let lock = NSLock()
    private var reads: [String] = []

    init(_ folder: FolderFiles) { self.folder = folder }

    var origin: WorkspaceOrigin { folder.origin }

    func read(_ name: String) throws(LoadFailure) -> [UInt8]? {
        lock.withLock { reads.append(name) }
        return try folder.read(name)
    }

    func isInside(_ name: String) -> Bool { folder.isInside(name) }
    func trusts(manifest: [UInt8], settings: Settings) -> Bool { folder.trusts(manifest: manifest, settings: settings) }
    func identity(of name: String) -> FileIdentity? { folder.identity(of: name) }

    /// The names read since the last call, sorted.
    func takeReads() -> [String] {
        lock.withLock {
            defer { reads = [] }
            return reads.sorted()
        }
    }
}

/// Everything a load gave, as text: every stored value, with sets and dictionaries sorted (their
/// order differs from one instance to the next), so two loads compare whole.
func everything(_ loaded: LoadedWorkspace) -> String { canonical(loaded) }

private func canonical(_ value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    let children = mirror.children.map { ($0.label.map { $0 + ": " } ?? "") + canonical($0.value) }
    switch mirror.displayStyle {
    case .set, .dictionary: return "[" + children.sorted().joined(separator: ", ") + "]"
    case _ where children.isEmpty: return "\(value)"
    default: return "\(mirror.subjectType)(" + children.joined(separator: ", ") + ")"
    }
}
