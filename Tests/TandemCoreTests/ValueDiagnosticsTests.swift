import TandemTestSupport
import Testing

@testable import TandemCore

/// A field that holds the wrong thing: the diagnostic names file, line and column and says what
/// was found and what was expected, and the row is left out.
@Suite struct ValueDiagnosticsTests {
    private let fixture = WorkspaceFixture()

    private func risk(_ likelihood: String, residualImpact: String = "3") throws -> [String] {
        try fixture.rows(
            "risks.csv", WorkspaceFixture.riskRow,
            "R2,Breach,cyber,cio,\(likelihood),4,2,\(residualImpact),open,a,b,2026-10-01,"
        ).diagnostics()
    }

    @Test func outOfRangeLikelihoodReadsAsInTheSpec() throws {
        #expect(try risk("7") == [#"risks.csv:3: likelihood: "7" is out of range; expected an integer from 1 to 5"#])
    }

    @Test(arguments: ["0", "6", "2.5", "-1"])
    func likelihoodMustBeAnIntegerFromOneToFive(_ value: String) throws {
        #expect(
            try risk(value) == [
                #"risks.csv:3: likelihood: "\#(value)" is out of range; expected an integer from 1 to 5"#
            ])
    }

    @Test func anIntegerWrittenWithAFractionOfZeroIsAccepted() throws {
        #expect(try risk("3.0") == [])
    }

    @Test func residualOutOfRangeIsAnError() throws {
        #expect(
            try risk("3", residualImpact: "9") == [
                #"risks.csv:3: residual_impact: "9" is out of range; expected an integer from 1 to 5"#
            ])
    }

    @Test(arguments: [
        ("progress", "101", "a percentage from 0 to 100"),
        ("progress", "-0.5", "a percentage from 0 to 100"),
        ("adoption", "100.1", "a percentage from 0 to 100"),
        ("budget", "-5", "an amount of money from 0, e.g. 250000 or £1.2m"),
        ("spent", "-1", "an amount of money from 0, e.g. 250000 or £1.2m"),
        ("forecast", "-0.01", "an amount of money from 0, e.g. 250000 or £1.2m"),
    ])
    func initiativeNumbersOutOfRangeAreErrors(_ column: String, _ value: String, _ expected: String) throws {
        let columns = WorkspaceFixture.initiativesHeader.split(separator: ",").map(String.init)
        var fields = WorkspaceFixture.initiativeRow.split(separator: ",", omittingEmptySubsequences: false).map(
            String.init)
        fields[columns.firstIndex(of: column)!] = value
        let diagnostics = try fixture.rows("initiatives.csv", fields.joined(separator: ",")).diagnostics()
        #expect(diagnostics == ["initiatives.csv:2: \(column): \"\(value)\" is out of range; expected \(expected)"])
    }

    @Test func aDayThatDoesNotExistIsAnError() throws {
        let diagnostics = try fixture.rows(
            "initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-02-30,2026-12-31,90,,,,,,K1,,,,"
        ).diagnostics()
        #expect(
            diagnostics == [
                #"initiatives.csv:2: start: "2026-02-30" is not a valid date; expected a date as YYYY-MM-DD, e.g. "#
                    + #"2026-11-20"#
            ])
    }

    @Test func aNumericDateWithoutDateFormatIsOneErrorForTheColumn() throws {
        let loaded = try fixture.rows(
            "risks.csv", "R1,Outage,cyber,cio,3,4,2,3,open,a,b,01/10/2026,",
            "R2,Breach,cyber,cio,3,4,2,3,open,a,b,02/10/2026,", "R3,Leak,cyber,cio,3,4,2,3,open,a,b,2026-10-03,"
        ).load()
        let expected: [String] = [
            #"risks.csv: last_reviewed: "01/10/2026" on line 2 is a numeric date; expected a date as YYYY-MM-DD "#
                + #"or 31 Mar 2026, or date_format = "DMY", "MDY" or "YMD" in the data set's [sources] table, "#
                + #"since a numeric date reads two ways (03/04/2026 is 3 April or 4 March); "#
                + #"every one in the column is read as empty"#
        ]
        let said: [String] = loaded.diagnostics.filter { $0.file == "risks.csv" }.map(\.description)
        #expect(said == expected)
        // An optional column: the rows stay, their dates read as empty.
        let reviewed: [String?] = loaded.workspace.risks.map { $0.lastReviewed?.description }
        #expect(reviewed == [nil, nil, "2026-10-03"])
    }

    @Test func aMilestoneDueOnADayThatDoesNotExistIsAnError() throws {
        let diagnostics = try fixture.rows("milestones.csv", "I1,Go live,2026-13-01,,yes").diagnostics()
        #expect(
            diagnostics == [
                #"milestones.csv:2: due: "2026-13-01" is not a valid date; expected a date as YYYY-MM-DD, e.g. "#
                    + #"2026-11-20"#
            ])
    }

    @Test(arguments: ["2026-13", "2026-Q5", "2026-02-30", "Octo 2026", "2026-W54"])
    func aPeriodThatDoesNotExistIsAnError(_ period: String) throws {
        let diagnostics = try fixture.rows("measurements.csv", "K1,\(period),99").diagnostics()
        #expect(
            diagnostics == [
                #"measurements.csv:2: period: "\#(period)" is not a valid period; expected YYYY-MM-DD, YYYY-MM or "#
                    + #"YYYY-Qn, e.g. 2026-10 or 2026-Q3"#
            ])
    }

    @Test func anEmptyPeriodIsAnError() throws {
        let diagnostics = try fixture.rows("measurements.csv", "K1,,99").diagnostics()
        #expect(
            diagnostics == ["measurements.csv:2: period: is empty; expected a period as YYYY-MM-DD, YYYY-MM or YYYY-Qn"]
        )
    }

    @Test func dueBeforeStartIsAnError() throws {
        let diagnostics = try fixture.rows(
            "initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-06-01,2026-01-01,10,,,,,,K1,,,,"
        ).diagnostics()
        #expect(
            diagnostics == [
                "initiatives.csv:2: due: 2026-01-01 is not after the start 2026-06-01; expected a due date later "
                    + "than start"
            ])
    }

    @Test func dueOnTheStartDayIsAnError() throws {
        let diagnostics = try fixture.rows(
            "initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-06-01,2026-06-01,10,,,,,,K1,,,,"
        ).diagnostics()
        #expect(
            diagnostics == [
                "initiatives.csv:2: due: 2026-06-01 is not after the start 2026-06-01; expected a due date later "
                    + "than start"
            ])
    }

    @Test(arguments: [
        ("kpis.csv", "K1,Uptime,ceo,higher,99,98,,%,system,monthly,,", "owner", "ceo", "cio, coo, joint"),
        ("kpis.csv", "K1,Uptime,cio,sideways,99,98,,%,system,monthly,,", "direction", "sideways", "higher, lower"),
        (
            "kpis.csv", "K1,Uptime,cio,higher,99,98,,%,system,hourly,,", "frequency", "hourly",
            "daily, weekly, monthly, quarterly"
        ),
        ("risks.csv", "R1,Outage,cyber,cto,3,4,2,3,open,a,b,2026-10-01,", "owner", "cto", "cio, coo, joint"),
        (
            "risks.csv", "R1,Outage,cyber,cio,3,4,2,3,resolved,a,b,2026-10-01,", "status", "resolved",
            "open, mitigating, accepted, closed"
        ),
        (
            "initiatives.csv", "I1,Upgrade,cfo,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1,,,,", "sponsor", "cfo",
            "cio, coo, joint"
        ),
        (
            "initiatives.csv", "I1,Upgrade,cio,Ann,started,2026-01-01,2026-12-31,90,,,,,,K1,,,,", "stage", "started",
            "proposed, active, paused, done, cancelled"
        ),
    ])
    func aWordOutsideTheListIsAnError(_ file: String, _ row: String, _ column: String, _ word: String, _ words: String)
        throws
    {
        let diagnostics = try fixture.rows(file, row).diagnostics()
        #expect(diagnostics.first == "\(file):2: \(column): \"\(word)\" is not allowed; expected one of \(words)")
    }

    @Test func aMilestoneKeyOtherThanYesOrNoIsAnError() throws {
        let diagnostics = try fixture.rows("milestones.csv", "I1,Go live,2026-12-01,,maybe").diagnostics()
        #expect(diagnostics == [#"milestones.csv:2: key: "maybe" is not allowed; expected yes or no"#])
    }

    @Test func wordsAreReadInAnyCase() throws {
        let loaded = try fixture.rows("kpis.csv", "K1,Uptime,CIO,Higher,99,98,,%,System,WEEKLY,,")
            .rows("milestones.csv", "I1,Go live,2026-12-01,,YES").load()
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.kpis[0].owner == .cio)
        #expect(loaded.workspace.kpis[0].frequency == .weekly)
        #expect(loaded.workspace.kpis[0].domain == "system")
        #expect(loaded.workspace.initiatives[0].milestones.map(\.isKey) == [true])
    }

    @Test func emptyOptionalWordsTakeTheirDefaults() throws {
        let loaded = try fixture.rows("kpis.csv", "K1,Uptime,cio,higher,99,98,,%,system,,,")
            .rows("risks.csv", "R1,Outage,cyber,cio,3,4,2,3,,a,b,2026-10-01,")
            .rows("initiatives.csv", "I1,Upgrade,cio,Ann,,2026-01-01,2026-12-31,90,,,,,,K1,,,,").load()
        #expect(loaded.diagnostics == [])
        #expect(loaded.workspace.kpis[0].frequency == .monthly)
        #expect(loaded.workspace.risks[0].status == .open)
        #expect(loaded.workspace.initiatives[0].stage == .active)
    }

    @Test(arguments: ["NaN", "nan", "inf", "-inf", "Infinity", "1e309", "-1e309"])
    func aNumberThatIsNotFiniteIsAnError(_ value: String) throws {
        let diagnostics = try fixture.rows("kpis.csv", "K1,Uptime,cio,higher,\(value),,,%,system,monthly,,")
            .diagnostics()
        #expect(diagnostics.first == "kpis.csv:2: target: \"\(value)\" is not a finite number; expected a number")
    }

    @Test func aMeasurementThatIsNotFiniteIsAnError() throws {
        let diagnostics = try fixture.rows("measurements.csv", "K1,2026-10,NaN", "K1,2026-09,1e309").diagnostics()
        #expect(
            diagnostics == [
                #"measurements.csv:2: value: "NaN" is not a finite number; expected a number"#,
                #"measurements.csv:3: value: "1e309" is not a finite number; expected a number"#,
            ])
    }

    @Test func aBudgetThatIsNotFiniteIsAnError() throws {
        let diagnostics = try fixture.rows(
            "initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,inf,,,,K1,,,,"
        ).diagnostics()
        #expect(
            diagnostics == [
                #"initiatives.csv:2: budget: "inf" is not a finite number; expected an amount of money from 0, "#
                    + #"e.g. 250000 or £1.2m"#
            ])
    }

    @Test(arguments: ["12abc", "ninety", "0x10", "$", "£1.2x"])
    func aMalformedNumberIsAnError(_ value: String) throws {
        let field = value.contains(",") ? "\"\(value)\"" : value
        let diagnostics = try fixture.rows("kpis.csv", "K1,Uptime,cio,higher,\(field),,,%,system,monthly,,")
            .diagnostics()
        #expect(diagnostics.first == "kpis.csv:2: target: \"\(value)\" is not a number; expected a number")
    }

    @Test func aCommaThatGroupsNoThousandsIsAnErrorThatNamesTheSetting() throws {
        let diagnostics = try fixture.rows("kpis.csv", "K1,Uptime,cio,higher,\"1,5\",,,%,system,monthly,,")
            .diagnostics()
        #expect(
            diagnostics.first
                == #"kpis.csv:2: target: "1,5" is not a number; expected a number, with "," only between groups of "#
                + #"three digits (1,250); a decimal comma needs decimal = ",""#)
    }

    @Test func aRequiredFieldLeftEmptyIsAnError() throws {
        let diagnostics = try fixture.rows("kpis.csv", " ,,cio,higher,,,,%,system,monthly,,").diagnostics()
        #expect(
            diagnostics.prefix(3) == [
                "kpis.csv:2: id: is empty; expected an id",
                "kpis.csv:2: name: is empty; expected the KPI's name",
                "kpis.csv:2: target: is empty; expected a number",
            ])
    }

    @Test func anIdWithASemicolonIsAnError() throws {
        let diagnostics = try fixture.rows("risks.csv", "R;1,Outage,cyber,cio,3,4,2,3,open,a,b,2026-10-01,")
            .rows("initiatives.csv", "I1,Upgrade,cio,Ann,active,2026-01-01,2026-12-31,90,,,,,,K1,,,,").diagnostics()
        #expect(
            diagnostics == [#"risks.csv:2: id: "R;1" holds a ";"; expected an id without ";", which separates lists"#])
    }

    @Test func warnOnTheWrongSideOfTheTargetIsAnError() throws {
        let diagnostics = try fixture.rows(
            "kpis.csv", "K1,Uptime,cio,higher,99,99.5,,%,system,monthly,,",
            "K2,Latency,cio,lower,400,350,,ms,system,weekly,,"
        ).diagnostics()
        #expect(
            Array(diagnostics.prefix(2)) == [
                #"kpis.csv:2: warn: "99.5" is on the wrong side of the target 99; expected a value at or below the "#
                    + #"target, since higher is better"#,
                #"kpis.csv:3: warn: "350" is on the wrong side of the target 400; expected a value at or above the "#
                    + #"target, since lower is better"#,
            ])
    }

    @Test func bytesThatAreNotUTF8AreAWarningAndTheFileStillLoads() throws {
        let bytes =
            Array((WorkspaceFixture.kpisHeader + "\n").utf8) + Array("K1,Uptime ".utf8) + [0xFF, 0xFE]
            + Array(",cio,higher,99,98,,%,system,monthly,,\n".utf8)
        let loaded = try WorkspaceLoader.load(ByteFiles(WorkspaceFixture(), replacing: "kpis.csv", with: bytes))
        #expect(
            loaded.diagnostics.map(\.description) == [
                #"kpis.csv: is not valid UTF-8, so it was read as Windows-1252 (what Excel saves as "CSV" on "#
                    + #"Windows); expected UTF-8 text (save as "CSV UTF-8" to be sure of every character)"#
            ])
        #expect(loaded.diagnostics.first?.severity == .warning)
        #expect(loaded.workspace.kpis.first?.name == "Uptime ÿþ")
    }
}
