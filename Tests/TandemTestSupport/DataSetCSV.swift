import TandemCore

extension DataSet {
    /// The data set named by its file, e.g. `kpis.csv`.
    public init?(fileName: String) {
        guard let set = Self.allCases.first(where: { $0.fileName == fileName }) else { return nil }
        self = set
    }

    /// The file's text: the engine's header, then `rows`, each line ended by a line break.
    public func csv(_ rows: String...) -> String { csv(rows) }

    public func csv(_ rows: [String]) -> String { ([header] + rows).joined(separator: "\n") + "\n" }
}
