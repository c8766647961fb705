import TandemTestSupport
import Testing

@_spi(Fuzzing) @testable import TandemCore

/// Matrices other than 5 × 5, risks given only as scores, and appetite by category: each rule of
/// SPEC.md § Risk score against values worked out by hand, through the manifest and `risks.csv`.
@Suite struct RiskMatrixTests {
    /// Every column of a score, by name, so rows say which they fill.
    static let header =
        "id,title,category,owner,likelihood,impact,score,residual_likelihood,residual_impact,residual_score,status,"
        + "last_reviewed"

    /// The fixture with `[risks]` settings and these risk rows (under `header`), and no initiative
    /// that links a risk (a row left out would otherwise bring a link warning too).
    static func load(_ risks: String, rows: [String]) throws -> LoadedWorkspace {
        try WorkspaceFixture()
            .with("tandem.toml", WorkspaceFixture.manifest + "\n[risks]\n" + risks + "\n")
            .with("risks.csv", ([header] + rows).joined(separator: "\n") + "\n")
            .with("initiatives.csv", WorkspaceFixture.initiativesHeader + "\n")
            .load()
    }

    static let fourByEight =
        "likelihood_levels = 4\nimpact_levels = 8\nbands = { medium = 6, high = 12, critical = 20 }"

    // MARK: - A 4 × 8 matrix

    @Test func aFourByEightMatrixScoresUpToThirtyTwo() throws {
        let loaded = try Self.load(
            Self.fourByEight + "\nappetite = 16",
            rows: [
                "R1,Top corner,cyber,cio,4,8,,3,5,,open,2026-11-01",  // 32 → 15
                "R2,Bottom corner,cyber,cio,1,1,,,,,open,2026-11-01",  // 1
                "R3,Scored,vendor,coo,,,32,,,20,open,2026-11-01",  // 32 → 20, given as scores
            ])
        #expect(loaded.diagnostics == [])
        let settings = loaded.workspace.settings
        #expect((settings.likelihoodLevels, settings.impactLevels, settings.maxRiskScore) == (4, 8, 32))
        let card = Scorecard(loaded, asOf: asOf)
        #expect(card.risks.map(\.inherentScore) == [32, 1, 32])
        #expect(card.risks.map(\.residualScore) == [15, 1, 20])
        #expect(card.risks.map(\.band) == [.high, .low, .critical])
        #expect(card.risks.map(\.aboveAppetite) == [false, false, true])
        #expect(card.risks.map(\.scoredOnly) == [false, false, true])
        var expected = Array(repeating: Array(repeating: 0, count: 8), count: 4)
        expected[2][4] = 1  // R1 at residual likelihood 3, impact 5
        expected[0][0] = 1  // R2
        #expect(card.heatMap() == expected)
        #expect(card.scoredOnly() == 1)  // R3, beside the map
    }

    @Test func valuesBeyondTheMatrixAreErrorsSayingWhatIsExpected() throws {
        let loaded = try Self.load(
            Self.fourByEight,
            rows: [
                "R1,Score too high,cyber,cio,,,33,,,,open,2026-11-01",
                "R2,Likelihood too high,cyber,cio,5,1,,,,,open,2026-11-01",
                "R3,Impact too high,cyber,cio,1,9,,,,,open,2026-11-01",
                "R4,Residual score too high,cyber,cio,4,8,,,,40,open,2026-11-01",
                "R5,Fine,cyber,cio,4,8,,,,,open,2026-11-01",
            ])
        #expect(
            loaded.diagnostics.map(\.description) == [
                #"risks.csv:2: score: "33" is out of range; expected an integer from 1 to 32 (4 likelihood levels × "#
                    + "8 impact levels)",
                #"risks.csv:3: likelihood: "5" is out of range; expected an integer from 1 to 4"#,
                #"risks.csv:4: impact: "9" is out of range; expected an integer from 1 to 8"#,
                #"risks.csv:5: residual_score: "40" is out of range; expected an integer from 1 to 32 (4 likelihood "#
                    + "levels × 8 impact levels)",
            ])
        #expect(loaded.workspace.risks.map(\.id) == ["R5"])  // nothing else lost
    }

    // MARK: - Score or likelihood and impact

    @Test func aRowNeedsLikelihoodAndImpactOrAScore() throws {
        let loaded = try Self.load(
            "",
            rows: [
                "R1,Neither,cyber,cio,,,,,,,open,2026-11-01",
                "R2,Half a pair,cyber,cio,3,,,,,,open,2026-11-01",
                "R3,Half a pair and a score,cyber,cio,3,,15,,,,open,2026-11-01",
                "R4,Pair and a different score,cyber,cio,3,4,15,,,,open,2026-11-01",
            ])
        #expect(
            loaded.diagnostics.map(\.description) == [
                "risks.csv:2: likelihood: is empty, and so are impact and score; expected likelihood and impact "
                    + "(integers from 1 to 5 and 1 to 5), or a score from 1 to 25",
                "risks.csv:3: impact: is empty; expected it with likelihood, or a score instead of both",
                "risks.csv:5: score: 15 differs from likelihood 3 × impact 4 = 12; expected one or the other: the "
                    + "likelihood and impact are used",
            ])
        let card = Scorecard(loaded, asOf: asOf)
        #expect(card.risks.map(\.risk.id) == ["R3", "R4"])
        #expect(card.risks.map(\.inherentScore) == [15, 12])
        #expect(card.risks.map(\.scoredOnly) == [true, false])
    }

    /// Only the residual decides where a risk is on the map: a residual given as a score takes the
    /// risk off it, a residual pair puts a score-only risk on it.
    @Test func theResidualDecidesWhetherTheRiskIsOnTheMap() throws {
        let loaded = try Self.load(
            "",
            rows: [
                "R1,Pair then score,cyber,cio,4,5,,,,8,open,2026-11-01",
                "R2,Score then pair,cyber,cio,,,20,2,3,,open,2026-11-01",
                "R3,Score only,cyber,cio,,,20,,,,open,2026-11-01",
                "R4,Closed score only,cyber,cio,,,20,,,,closed,2026-11-01",
            ])
        #expect(loaded.diagnostics == [])
        let card = Scorecard(loaded, asOf: asOf)
        #expect(card.risks.map(\.residualScore) == [8, 6, 20, 20])
        #expect(card.risks.map(\.scoredOnly) == [true, false, true, true])
        #expect(card.heatMap().flatMap { $0 }.reduce(0, +) == 1)
        #expect(card.heatMap()[1][2] == 1)
        #expect(card.scoredOnly() == 2)  // R1 and R3; R4 is closed
        #expect(card.scoredOnly([0]) == 1)  // what a filter lets through
    }

    // MARK: - Rating words

    @Test func ratingWordsStandForOneToFiveOnlyOnAFiveLevelScale() throws {
        let five = try Self.load("", rows: ["R1,Words,cyber,cio,Likely,Major,,,,,open,2026-11-01"])
        #expect(five.diagnostics == [])
        #expect(five.workspace.risks.map(\.likelihood) == [4])

        let other = try Self.load(Self.fourByEight, rows: ["R1,Words,cyber,cio,Likely,8,,,,,open,2026-11-01"])
        #expect(
            other.diagnostics.map(\.description) == [
                #"risks.csv:2: likelihood: "Likely" is a word of a 5-level scale; expected an integer from 1 to 4 "#
                    + "on this scale of 4 levels, or a word [sources.risks.values] maps to one"
            ])
    }

    /// `[sources.risks.values]` words are read on any scale, and win over the 5-level words; they
    /// are the column's own (residual_likelihood has none here).
    @Test func aSourceMapsItsOwnWordsOnAnyScale() throws {
        let loaded = try Self.load(
            Self.fourByEight + "\n[sources.risks]\nfile = \"risks.csv\"\n[sources.risks.values]\n"
                + "likelihood = { Frequent = 4, Likely = 3 }",
            rows: [
                "R1,Frequent,cyber,cio,Frequent,8,,,,,open,2026-11-01",
                "R2,Likely,cyber,cio,Likely,8,,,,,open,2026-11-01",
                "R3,Likely residual,cyber,cio,4,8,,Likely,2,,open,2026-11-01",
            ])
        #expect(
            loaded.diagnostics.map(\.description) == [
                #"risks.csv:4: residual_likelihood: "Likely" is a word of a 5-level scale; expected an integer from "#
                    + "1 to 4 on this scale of 4 levels, or a word [sources.risks.values] maps to one"
            ])
        #expect(loaded.workspace.risks.map(\.likelihood) == [4, 3])
    }

    // MARK: - Appetite by category

    @Test func eachCategoryHasItsAppetiteAndTheRestTheDefault() throws {
        let loaded = try Self.load(
            "appetite = { default = 12, cyber = 6, \"Supply Chain\" = 15 }",
            rows: [
                "R1,Cyber at 8,cyber,cio,2,4,,,,,open,2026-11-01",  // 8 > 6
                "R2,Privacy at 8,privacy,coo,2,4,,,,,open,2026-11-01",  // 8 ≤ 12
                "R3,Privacy at 15,privacy,coo,3,5,,,,,open,2026-11-01",  // 15 > 12
                "R4,Supply at 15,supply chain,coo,3,5,,,,,open,2026-11-01",  // 15 ≤ 15
                "R5,Cyber at 6,CYBER,cio,2,3,,,,,open,2026-11-01",  // 6 ≤ 6, any case
            ])
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.settings.appetite == 12)
        #expect(loaded.workspace.settings.appetiteByCategory == ["cyber": 6, "supply chain": 15])
        let card = Scorecard(loaded, asOf: asOf)
        #expect(card.risks.map(\.appetite) == [6, 12, 12, 15, 6])
        #expect(card.risks.map(\.aboveAppetite) == [true, false, true, false, false])
    }

    @Test func anAppetiteSectionReadsLikeAnInlineTable() throws {
        let (settings, warnings) = try ManifestParser.parse(
            "[organization]\nname = \"X\"\n[risks.appetite]\ncyber = 6\ncompliance = 30\nvendor = \"low\"\n")
        #expect(settings.appetite == 12)
        #expect(settings.appetiteByCategory == ["cyber": 6])
        #expect(
            warnings.map(\.description) == [
                "tandem.toml:5: risks.appetite: compliance: expected a whole number from 0 to 25; compliance risks "
                    + "have the default appetite 12",
                "tandem.toml:6: risks.appetite: vendor: expected a whole number from 0 to 25; vendor risks have the "
                    + "default appetite 12",
            ])
    }

    // MARK: - The manifest's matrix

    @Test func levelsOutsideTwoToTenAreWarningsAndFiveStays() throws {
        let (settings, warnings) = try ManifestParser.parse(
            "[organization]\nname = \"X\"\n[risks]\nlikelihood_levels = 1\nimpact_levels = 11\n")
        #expect((settings.likelihoodLevels, settings.impactLevels) == (5, 5))
        #expect(
            warnings.map(\.description) == [
                "tandem.toml:4: risks.likelihood_levels: expected a whole number from 2 to 10; using the default 5",
                "tandem.toml:5: risks.impact_levels: expected a whole number from 2 to 10; using the default 5",
            ])
    }

    @Test func appetiteAndBandsAreCheckedAgainstTheMatrix() throws {
        let (settings, warnings) = try ManifestParser.parse(
            "[organization]\nname = \"X\"\n[risks]\nlikelihood_levels = 10\nimpact_levels = 10\nappetite = 101\n"
                + "bands = { medium = 20, high = 50, critical = 80 }\n")
        #expect(settings.maxRiskScore == 100)
        #expect(settings.appetite == 12)
        #expect(settings.bandFloors == [.medium: 20, .high: 50, .critical: 80])
        #expect(
            warnings.map(\.description) == [
                "tandem.toml:6: risks.appetite: expected a whole number from 0 to 100, or a table by category such as "
                    + "appetite = { default = 12, cyber = 6 }; using the default 12"
            ])
    }

    /// The defaults are a 5 × 5 matrix's: on a 3 × 3 one, high and critical and the appetite of 12
    /// are out of reach, which is said rather than left to puzzle over.
    @Test func defaultsOutOfReachOfASmallMatrixAreSaid() throws {
        let (settings, warnings) = try ManifestParser.parse(
            "[organization]\nname = \"X\"\n[risks]\nlikelihood_levels = 3\nimpact_levels = 3\n")
        #expect(settings.maxRiskScore == 9)
        #expect(
            warnings.map(\.description) == [
                "tandem.toml:3: risks.bands: high starts at 12, above the highest score 9 of a 3 × 3 matrix: no risk "
                    + "can be high or critical; expected bands for this matrix, e.g. bands = { medium = 2, high = 4, "
                    + "critical = 6 }",
                "tandem.toml:3: risks.appetite: the default appetite 12 is at or above the highest score 9 of a 3 × 3 "
                    + "matrix: no risk can be above it; expected an appetite for this matrix, from 0 to 8",
            ])
        let (fitting, none) = try ManifestParser.parse(
            "[organization]\nname = \"X\"\n[risks]\nlikelihood_levels = 3\nimpact_levels = 3\nappetite = 4\n"
                + "bands = { medium = 3, high = 5, critical = 7 }\n")
        #expect(none == [])
        #expect(fitting.bandFloors == [.medium: 3, .high: 5, .critical: 7])
    }
}
