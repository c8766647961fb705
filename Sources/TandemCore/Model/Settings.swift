/// The manifest, `tandem.toml`: the organisation and every threshold, with the defaults of `SPEC.md`.
public struct Settings: Sendable, Equatable {
    public var organization: String
    /// The as-of date written in the manifest, if any.
    public var asOf: Day?
    public var cioName: String
    public var cooName: String
    /// The workspace's currency, an ISO code or a symbol, for showing money (`[organization] currency`).
    public var currency: String = "$"
    /// The month (1–12) the fiscal year starts, which fiscal quarters such as `2025/26 Q1` need.
    public var fiscalYearStart: Int?
    /// Where data sets come from when not from their own CSV file (`[sources.NAME]`).
    public var sources: [DataSet: Source] = [:]

    /// Where the data set is read from: its `[sources.NAME]` table, or its own CSV file.
    public func source(of set: DataSet) -> Source {
        sources[set] ?? .own(set, fiscalYearStart: fiscalYearStart)
    }

    public var warnBandPct: Double = 10
    public var staleGraceDays: Int = 7

    /// The risk matrix: levels of likelihood and of impact, 2 to 10 each (`[risks]`).
    public var likelihoodLevels: Int = 5
    public var impactLevels: Int = 5
    /// The appetite of a category without its own (`appetite`, or `appetite.default`).
    public var appetite: Int = 12
    /// The appetite of each category that has its own, by lowercased category.
    public var appetiteByCategory: [String: Int] = [:]
    /// The lowest score of each band above `low`.
    public var bandFloors: [RiskBand: Int] = [.medium: 5, .high: 12, .critical: 16]
    public var reviewDays: [RiskBand: Int] = [.low: 360, .medium: 180, .high: 90, .critical: 90]

    /// The highest score of the matrix: likelihood levels × impact levels.
    public var maxRiskScore: Int { likelihoodLevels * impactLevels }

    /// The appetite of a risk's category: its own, else the default.
    public func appetite(for category: String) -> Int {
        // Most manifests set none: no category is lowercased then.
        appetiteByCategory.isEmpty ? appetite : appetiteByCategory[category.lowercased()] ?? appetite
    }

    public var behindAmberPoints: Double = 5
    public var behindRedPoints: Double = 15
    public var costAmberPct: Double = 100
    public var costRedPct: Double = 110

    public init(organization: String, asOf: Day? = nil, cioName: String = "", cooName: String = "") {
        self.organization = organization
        self.asOf = asOf
        self.cioName = cioName
        self.cooName = cooName
    }

    /// The leader's name for an owner, or the owner's label when no name is set.
    public func leaderName(for owner: Owner) -> String {
        switch owner {
        case .cio: cioName.isEmpty ? "CIO" : cioName
        case .coo: cooName.isEmpty ? "COO" : cooName
        case .joint: "Joint"
        }
    }
}
