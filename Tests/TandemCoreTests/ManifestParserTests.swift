import TandemTestSupport
import Testing

@_spi(Fuzzing) @testable import TandemCore

@Suite struct ManifestParserTests {
    private func parse(_ text: String) throws(LoadFailure) -> (Settings, [String]) {
        let (settings, diagnostics) = try ManifestParser.parse(text)
        return (settings, diagnostics.map { "\($0.severity.rawValue) \($0)" })
    }

    @Test func usesTheDefaultsOfTheSpecWhenOnlyTheNameIsGiven() throws {
        let (settings, diagnostics) = try parse("[organization]\nname = \"Northwind\"\n")
        #expect(diagnostics == [])
        #expect(settings == Settings(organization: "Northwind"))
        #expect(settings.asOf == nil)
        #expect(settings.warnBandPct == 10)
        #expect(settings.staleGraceDays == 7)
        #expect(settings.appetite == 12)
        #expect(settings.bandFloors == [.medium: 5, .high: 12, .critical: 16])
        #expect(settings.reviewDays == [.low: 360, .medium: 180, .high: 90, .critical: 90])
        #expect(settings.behindAmberPoints == 5)
        #expect(settings.behindRedPoints == 15)
        #expect(settings.costAmberPct == 100)
        #expect(settings.costRedPct == 110)
    }

    @Test func aSettingWithoutADefaultSaysItIsLeftUnset() throws {
        let (settings, warnings) = try parse(
            "[organization]\nname = \"X\"\nfiscal_year_start = 13\n[risks]\nappetite = 99\n")
        #expect(settings.fiscalYearStart == nil)
        #expect(
            warnings == [
                "warning tandem.toml:3: organization.fiscal_year_start: expected a whole number from 1 to 12; the "
                    + "setting is left unset",
                "warning tandem.toml:5: risks.appetite: expected a whole number from 0 to 25, or a table by category "
                    + "such as appetite = { default = 12, cyber = 6 }; using the default 12",
            ])
    }

    @Test func readsEveryKey() throws {
        let (settings, diagnostics) = try parse(
            """
            [organization]
            name = "Northwind Health"
            as_of = 2026-11-20

            [leaders]
            cio = "Dana Reyes"
            coo = "Sam Okafor"

            [kpis]
            warn_band_pct = 12.5
            stale_grace_days = 3

            [risks]
            appetite = 9
            bands = { medium = 4, high = 10, critical = 20 }
            review_days = { low = 300, medium = 120, high = 60, critical = 30 }

            [initiatives]
            behind_amber_points = 3
            behind_red_points = 10.5
            cost_amber_pct = 95
            cost_red_pct = 120
            """)
        #expect(diagnostics == [])
        var expected = Settings(
            organization: "Northwind Health", asOf: day("2026-11-20"),
            cioName: "Dana Reyes", cooName: "Sam Okafor")
        expected.warnBandPct = 12.5
        expected.staleGraceDays = 3
        expected.appetite = 9
        expected.bandFloors = [.medium: 4, .high: 10, .critical: 20]
        expected.reviewDays = [.low: 300, .medium: 120, .high: 60, .critical: 30]
        expected.behindAmberPoints = 3
        expected.behindRedPoints = 10.5
        expected.costAmberPct = 95
        expected.costRedPct = 120
        #expect(settings == expected)
    }

    @Test func keepsTheDefaultsOfKeysLeftOutOfATable() throws {
        let (settings, _) = try parse(
            """
            [organization]
            name = "N"
            [risks]
            bands = { high = 10 }
            review_days = { low = 400 }
            """)
        #expect(settings.bandFloors == [.medium: 5, .high: 10, .critical: 16])
        #expect(settings.reviewDays == [.low: 400, .medium: 180, .high: 90, .critical: 90])
    }

    @Test func acceptsTheAsOfDateWrittenAsText() throws {
        let (settings, diagnostics) = try parse("[organization]\nname = \"N\"\nas_of = \"2026-11-20\"\n")
        #expect(diagnostics == [])
        #expect(settings.asOf == day("2026-11-20"))
    }

    @Test func warnsAboutAnAsOfThatIsNotADate() throws {
        let (settings, diagnostics) = try parse("[organization]\nname = \"N\"\nas_of = \"2026-02-30\"\n")
        #expect(settings.asOf == nil)
        #expect(
            diagnostics == [
                "warning tandem.toml:3: organization.as_of: expected a date as YYYY-MM-DD, e.g. as_of = 2026-11-20; "
                    + "using today instead"
            ])
    }

    @Test func missingOrganizationNameIsAnError() throws {
        let (settings, diagnostics) = try parse("[organization]\nas_of = 2026-11-20\n")
        #expect(settings.organization == "Untitled workspace")
        #expect(
            diagnostics == [
                "error tandem.toml:1: organization.name: is missing; expected the organisation's name, e.g. name = "
                    + "\"Northwind Health\""
            ])
    }

    @Test func aValueOfTheWrongKindIsAWarningWithItsLineAndTheDefaultStays() throws {
        let (settings, diagnostics) = try parse(
            """
            [organization]
            name = "N"
            [kpis]
            warn_band_pct = "ten"
            stale_grace_days = 2.5
            [risks]
            appetite = 30
            """)
        #expect(settings.warnBandPct == 10)
        #expect(settings.staleGraceDays == 7)
        #expect(settings.appetite == 12)
        #expect(diagnostics.count == 3)
        #expect(
            diagnostics.first
                == "warning tandem.toml:4: kpis.warn_band_pct: expected a number from 0 to 100; using the default 10")
        #expect(diagnostics.dropFirst().first?.hasPrefix("warning tandem.toml:5: kpis.stale_grace_days: ") == true)
        #expect(
            diagnostics.dropFirst().first?.hasSuffix("expected a whole number from 0 to 3650; using the default 7")
                == true)
        #expect(diagnostics.last?.hasPrefix("warning tandem.toml:7: risks.appetite: ") == true)
        #expect(
            diagnostics.last?.hasSuffix(
                "expected a whole number from 0 to 25, or a table by category such as appetite = { default = 12, "
                    + "cyber = 6 }; using the default 12") == true)
    }

    @Test func initiativeLimitsInTheWrongOrderFallBackToTheDefaults() throws {
        let (settings, diagnostics) = try parse(
            "[organization]\nname = \"N\"\n[initiatives]\nbehind_amber_points = 15\nbehind_red_points = "
                + "5\ncost_amber_pct = 120\ncost_red_pct = 105\n"
        )
        #expect((settings.behindAmberPoints, settings.behindRedPoints) == (5, 15))
        #expect((settings.costAmberPct, settings.costRedPct) == (100, 110))
        #expect(
            diagnostics == [
                "warning tandem.toml:5: initiatives.behind_red_points: behind_amber_points 15 is above "
                    + "behind_red_points 5; expected amber at or below red; using the defaults 5 and 15",
                "warning tandem.toml:7: initiatives.cost_red_pct: cost_amber_pct 120 is above cost_red_pct 105; "
                    + "expected amber at or below red; using the defaults 100 and 110",
            ])
    }

    @Test func bandsThatDoNotIncreaseFallBackToTheDefaults() throws {
        let (settings, diagnostics) = try parse(
            "[organization]\nname = \"N\"\n[risks]\nbands = { medium = 12, high = 5, critical = 16 }\n")
        #expect(settings.bandFloors == [.medium: 5, .high: 12, .critical: 16])
        #expect(
            diagnostics == [
                "warning tandem.toml:4: risks.bands: medium 12, high 5, critical 16 are not increasing; expected "
                    + "medium < high < critical; using the defaults 5, 12, 16"
            ])
    }

    @Test func unknownSectionsAndKeysAreWarningsWithTheirLines() throws {
        let (_, diagnostics) = try parse(
            """
            [organization]
            name = "N"
            colour = "blue"
            [theme]
            dark = true
            """)
        #expect(diagnostics.count == 2)
        #expect(
            diagnostics.contains(
                "warning tandem.toml:3: organization.colour: unknown key is ignored; expected one of as_of, currency, "
                    + "fiscal_year_start, name"
            ))
        #expect(
            diagnostics.contains { $0.hasPrefix("warning tandem.toml:4: theme: unknown section [theme] is ignored") })
    }

    /// The lines come from the places the TOML reader keeps, so they hold for every way of
    /// writing a key, where searching the text for `key =` under `[section]` found none.
    @Test func warningsNameTheLineOfDottedAndInlineKeys() throws {
        let (_, diagnostics) = try parse(
            """
            organization.name = "N"
            organization.colour = "blue"
            theme = { dark = true }
            [kpis]
              "warn_band_pct" = 900
            """)
        #expect(
            diagnostics == [
                "warning tandem.toml:2: organization.colour: unknown key is ignored; expected one of as_of, currency, "
                    + "fiscal_year_start, name",
                "warning tandem.toml:3: theme: unknown section [theme] is ignored; expected one of [initiatives], "
                    + "[kpis], [leaders], [organization], [risks], [sources]",
                "warning tandem.toml:5: kpis.warn_band_pct: expected a number from 0 to 100; using the default 10",
            ])
    }

    /// One look-up per warning: 20,000 unknown keys were 20,000 searches of the whole file.
    @Test func manyUnknownKeysAreWarnedAboutInOnePass() throws {
        let keys = (0..<20_000).map { "extra_\($0) = \($0)" }.joined(separator: "\n")
        let (_, diagnostics) = try parse("[organization]\nname = \"N\"\n" + keys + "\n")
        #expect(diagnostics.count == 20_000)
        #expect(diagnostics.last?.hasPrefix("warning tandem.toml:20002: organization.extra_19999: unknown key") == true)
    }

    @Test func cleansControlCharactersOutOfNames() throws {
        let (settings, _) = try parse(
            "[organization]\nname = \"North\\u001B[2Jwind\"\n[leaders]\ncio = \"Dana\\u0007\"\n")
        #expect(settings.organization == "Northwind")
        #expect(settings.cioName == "Dana")
    }

    @Test func invalidTOMLFailsTheLoadWithItsLine() {
        let text = "[organization]\nname = \"N\"\nas_of = 2026-11-20\n\n[kpis\nwarn_band_pct = 10\n"
        #expect {
            try ManifestParser.parse(text)
        } throws: { error in
            guard let failure = error as? LoadFailure else { return false }
            return failure.file == "tandem.toml" && failure.line == 5 && failure.message.hasPrefix("not valid TOML")
        }
    }

    @Test func anUnterminatedStringFailsTheLoadWithItsLine() {
        let failure = WorkspaceFixture().with("tandem.toml", "[organization]\nname = \"Northwind\n").failure()
        #expect(failure?.file == "tandem.toml")
        #expect(failure?.line == 2)
    }
}
