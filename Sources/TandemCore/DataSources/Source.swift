/// Where one data set is read from and how its file is laid out: a `[sources.NAME]` table of the
/// manifest, or (without one) `NAME.csv` in the workspace folder as written by Tandem.
public struct Source: Sendable, Equatable {
    /// The file as the manifest names it: relative to the workspace folder, absolute, or `~/…`.
    public var file: String
    /// The sheet of a workbook; nil reads the first.
    public var sheet: String?
    /// The 1-based row holding the headers; nil finds it.
    public var headerRow: Int?
    /// The byte between fields of a delimited file; nil detects it from the header line.
    public var delimiter: UInt8?
    /// How the file writes its values (decimal comma, date order, its own words).
    public var options: ValueOptions
    /// Measurements laid out one row per KPI and one column per period.
    public var isWide: Bool
    /// Tandem column → where it is in the file.
    public var columns: [String: SourceColumn]
    /// Tandem column → the value for a row that lacks it or leaves it empty.
    public var defaults: [String: String]
    /// Named by a `[sources.NAME]` table (not the data set's own file).
    public var isMapped: Bool

    public init(
        file: String, sheet: String? = nil, headerRow: Int? = nil, delimiter: UInt8? = nil,
        options: ValueOptions = ValueOptions(), isWide: Bool = false, columns: [String: SourceColumn] = [:],
        defaults: [String: String] = [:], isMapped: Bool = true
    ) {
        self.file = file
        self.sheet = sheet
        self.headerRow = headerRow
        self.delimiter = delimiter
        self.options = options
        self.isWide = isWide
        self.columns = columns
        self.defaults = defaults
        self.isMapped = isMapped
    }

    /// The data set's own file in the workspace folder, read as Tandem writes it.
    public static func own(_ set: DataSet, fiscalYearStart: Int? = nil) -> Source {
        Source(file: set.fileName, options: ValueOptions(fiscalYearStart: fiscalYearStart), isMapped: false)
    }
}

/// Where a Tandem column is in a file: under a header of its own name, or at a position.
public enum SourceColumn: Sendable, Equatable, CustomStringConvertible {
    case header(String)
    /// 1 is the first column.
    case position(Int)

    public var description: String {
        switch self {
        case .header(let name): "\"\(name)\""
        case .position(let position): "column \(position)"
        }
    }
}
