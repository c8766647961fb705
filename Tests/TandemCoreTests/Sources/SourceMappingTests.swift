import Foundation
import Testing

@_spi(Fuzzing) @testable import TandemCore

/// How `[sources.NAME]` tables find a data set's file, header and columns, and what each thing
/// that can go wrong says.
@Suite struct SourceMappingTests {
    static let risksHeader = "Ref,Risk,Area,Owner,L,I"
    static let risks = risksHeader + "\nR1,Outage,operational,cio,4,5\nR2,Breach,cyber,coo,3,4\n"

    /// With a KPIs file beside it, so a data set that cannot be read leaves one that can.
    static func workspace(_ manifest: String, _ files: [String: String]) throws -> SourceWorkspace {
        let workspace = try SourceWorkspace(manifest)
        try workspace.folder.write("kpis.csv", DataSet.kpis.csv("K1,Uptime,cio,higher,99"))
        for (name, text) in files { try workspace.folder.write(name, text) }
        return workspace
    }

    @Test func columnsAreFoundByHeaderOrByPosition() throws {
        let loaded = try Self.workspace(
            """
            [sources.risks]
            file = "register.csv"
            columns = { id = "Ref", title = 2, category = "AREA", owner = "owner", likelihood = 5, impact = "I" }
            """, ["register.csv": Self.risks]
        ).load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.workspace.risks.map(\.id) == ["R1", "R2"])
        #expect(loaded.workspace.risks.map(\.title) == ["Outage", "Breach"])
        #expect(loaded.workspace.risks.map(\.likelihood) == [4, 3])
    }

    @Test func theHeaderIsFoundUnderATitleBlockOrWhereHeaderRowSays() throws {
        let columns =
            "columns = { id = \"Ref\", title = \"Risk\", category = \"Area\", likelihood = \"L\", impact = \"I\" }"
        let titled = "Risk register FY26\nPrepared by the risk team\n\n" + Self.risks
        let found = try Self.workspace("[sources.risks]\nfile = \"r.csv\"\n" + columns, ["r.csv": titled]).load()
        #expect(found.workspace.risks.map { $0.line } == [5, 6])
        let named = try Self.workspace(
            "[sources.risks]\nfile = \"r.csv\"\nheader_row = 4\n" + columns, ["r.csv": titled]
        )
        .load()
        #expect(named.workspace.risks.count == 2)
        let wrong = try Self.workspace(
            "[sources.risks]\nfile = \"r.csv\"\nheader_row = 9\n" + columns, ["r.csv": titled]
        )
        .load()
        #expect(
            wrong.diagnostics.map(\.description) == [
                "r.csv: has no row 9; expected header_row to name the row of headers"
            ])
    }

    @Test func aRequiredColumnMissingShowsTheRowAndItsHeaders() throws {
        let loaded = try Self.workspace(
            "[sources.risks]\nfile = \"r.csv\"\ncolumns = { id = \"Reference\" }\n", ["r.csv": Self.risks]
        ).load()
        let error = try #require(loaded.diagnostics.first)
        #expect(error.isWholeFile && error.dataSet == .risks)
        #expect(
            error.description
                == "r.csv:1: the header has no columns \"Reference\" (for id), \"title\", \"category\"; expected the "
                + "columns id, title, category, owner (in any order); the row holds \"Ref\", \"Risk\", \"Area\", "
                + "\"Owner\", \"L\", \"I\"")
    }

    @Test func defaultsFillAColumnTheFileLacksOrLeavesEmpty() throws {
        let loaded = try Self.workspace(
            """
            [sources.risks]
            file = "r.csv"
            columns = { id = "Ref", title = "Risk", likelihood = "L", impact = "I" }
            defaults = { category = "operational", status = "mitigating" }
            """, ["r.csv": "Ref,Risk,Owner,L,I,Status\nR1,Outage,cio,4,5,\nR2,Breach,coo,3,4,closed\n"]
        ).load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.workspace.risks.map(\.category) == ["operational", "operational"])
        #expect(loaded.workspace.risks.map(\.status) == [.mitigating, .closed])
    }

    @Test func aMissingFileOrSheetOrAnUnreadableFormatIsAnErrorAndTheRestLoads() throws {
        let workspace = try SourceWorkspace(
            """
            [sources.risks]
            file = "gone.xlsx"
            [sources.initiatives]
            file = "council-register.xlsx"
            sheet = "Risks"
            [sources.actions]
            file = "excel-97.xls"
            """, files: ["council-register.xlsx", "excel-97.xls"])
        try workspace.folder.write("kpis.csv", DataSet.kpis.csv("K1,Uptime,cio,higher,99"))
        let loaded = try workspace.load()
        #expect(loaded.workspace.kpis.count == 1)
        #expect(loaded.workspace.missing.isSuperset(of: [.risks, .initiatives, .actions]))
        #expect(
            loaded.diagnostics.map(\.description) == [
                "gone.xlsx: does not exist; expected the file [sources.risks] names (relative to the workspace folder, "
                    + "absolute, or ~/…)",
                "council-register.xlsx[Risks]: has no sheet \"Risks\"; its sheets are \"Corporate Risks\"",
                "excel-97.xls: is an Excel 97–2003 workbook (.xls), or an encrypted workbook, which Tandem cannot "
                    + "read; expected an .xlsx workbook: open it in Excel and save it as .xlsx (Excel Workbook) or CSV "
                    + "(without a password)",
            ])
    }

    @Test func aFileOutsideTheFolderIsNotReadUntilTheManifestIsTrusted() throws {
        let outside = try SourceWorkspace("")
        try outside.folder.write("private.csv", Self.risks)
        let manifest = """
            [sources.risks]
            file = "\(outside.folder.path)/private.csv"
            columns = { id = "Ref", title = "Risk", category = "Area", likelihood = "L", impact = "I" }
            """
        let workspace = try Self.workspace(manifest, [:])
        let stateFolder = try SourceWorkspace("")
        let trust = TrustStore(folder: stateFolder.folder.path)
        let files = FolderFiles(path: workspace.folder.path, trust: trust)
        let refused = try WorkspaceLoader.load(files)
        #expect(refused.untrustedFiles == ["\(outside.folder.path)/private.csv"])
        #expect(refused.workspace.missing.contains(.risks))
        let written = Array(workspace.folder.read("tandem.toml")!.utf8)
        try trust.trust(
            workspace: workspace.folder.path,
            manifest: OutsideFiles.trustKey(manifest: written, folder: workspace.folder.path))
        let trusted = try WorkspaceLoader.load(files)
        #expect(trusted.workspace.risks.count == 2)
        #expect(trusted.untrustedFiles.isEmpty)
    }

    @Test func aLinkInTheFolderTurnedToAnotherFileNeedsTrustAgain() throws {
        let outside = try SourceWorkspace("")
        try outside.folder.write("shared.csv", Self.risks)
        try outside.folder.write("private.csv", Self.risks.replacingOccurrences(of: "Outage", with: "Secret"))
        let manifest =
            "[sources.risks]\nfile = \"linked.csv\"\n"
            + "columns = { id = \"Ref\", title = \"Risk\", category = \"Area\", likelihood = \"L\", impact = \"I\" }\n"
        let workspace = try Self.workspace(manifest, [:])
        let link = workspace.folder.url("linked.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside.folder.url("shared.csv"))
        let trust = TrustStore(folder: try SourceWorkspace("").folder.path)
        let bytes = Array(workspace.folder.read("tandem.toml")!.utf8)
        try trust.trust(
            workspace: workspace.folder.path,
            manifest: OutsideFiles.trustKey(manifest: bytes, folder: workspace.folder.path))
        let files = FolderFiles(path: workspace.folder.path, trust: trust)
        #expect(try WorkspaceLoader.load(files).workspace.risks.map(\.title) == ["Outage", "Breach"])
        try FileManager.default.removeItem(atPath: link)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside.folder.url("private.csv"))
        let turned = try WorkspaceLoader.load(files)
        #expect(turned.workspace.risks.isEmpty)
        #expect(turned.untrustedFiles == ["linked.csv"])
    }

    @Test func untrustedFilesAreListedWithHowToAllowThem() throws {
        let workspace = try Self.workspace("[sources.risks]\nfile = \"../../etc/hostname\"\n", [:])
        let loaded = try workspace.load()
        #expect(loaded.untrustedFiles == ["../../etc/hostname"])
        #expect(loaded.workspace.missing.contains(.risks))
        #expect(loaded.diagnostics.first?.message.contains("`tandem trust DIR`") == true)
    }

    @Test func mistakesInTheTableAreWarningsWithTheirLine() throws {
        let (_, diagnostics) = try ManifestParser.parse(
            """
            [organization]
            name = "X"
            [sources.risks]
            file = "r.csv"
            decimal = ";"
            layout = "wide"
            colour = "red"
            [sources.risks.columns]
            likelyhood = "L"
            [sources.kpi]
            file = "k.csv"
            """)
        let expected: [String] = [
            "tandem.toml:10: sources.kpi: unknown key is ignored; expected one of actions, initiatives, kpis, "
                + "measurements, milestones, risks",
            "tandem.toml:7: sources.risks.colour: unknown key is ignored; expected one of columns, date_format, "
                + "decimal, defaults, delimiter, file, header_row, layout, money_scale, percent, sheet, values",
            "tandem.toml:5: sources.risks.decimal: \";\" is not allowed; expected one of \",\", \".\"; the setting is "
                + "ignored",
            "tandem.toml:6: sources.risks.layout: only measurements can be wide; expected layout = \"wide\" under "
                + "[sources.measurements]",
            "tandem.toml:9: sources.risks.likelyhood: \"likelyhood\" is not a column Tandem reads here and is "
                + "ignored; expected \"likelihood\"",
        ]
        #expect(diagnostics.map(\.description) == expected)
    }

    @Test func aDiagnosticOnASheetNamesItInJSON() {
        var diagnostic = Diagnostic(.error, file: "r.xlsx", line: 7, column: "impact", "F7: \"9\" is out of range")
        diagnostic.sheet = "Corporate"
        #expect(diagnostic.description == "r.xlsx[Corporate]:7: impact: F7: \"9\" is out of range")
        guard case .object(let fields) = ExportDocument.diagnostic(diagnostic) else { return #expect(Bool(false)) }
        #expect(fields.first { $0.0 == "sheet" }?.1 == .string("Corporate"))
    }
}

extension SourceMappingTests {
    @Test func percentagesWrittenAsFractionsAreWarnedAboutAndReadWithTheSetting() throws {
        let kpis = "KPI,Name,Owner,Better,Target,Unit\nED,Seen in 4h,coo,higher,95,%\nUP,Uptime,cio,higher,99,%\n"
        let values = "KPI,Month,Value\nED,2026-09,0.746\nED,2026-10,0.75\nUP,2026-10,99.2\n"
        let manifest = """
            [sources.kpis]
            file = "k.csv"
            columns = { id = "KPI", direction = "Better" }
            [sources.measurements]
            file = "v.csv"
            columns = { period = "Month" }
            """
        let plain = try Self.workspace(manifest, ["k.csv": kpis, "v.csv": values]).load()
        #expect(
            plain.diagnostics.map(\.description) == [
                "v.csv: value: ED: every value is between 0 and 1 while the target is 95%, so they look like fractions "
                    + "(0.95 for 95%); expected percentage points, or percent = \"fraction\" in [sources.measurements]"
            ])
        let read = try Self.workspace(manifest + "\npercent = \"fraction\"\n", ["k.csv": kpis, "v.csv": values]).load()
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(read.workspace.kpis[0].history.map(\.value) == [74.6, 75])
    }
}

extension SourceMappingTests {
    @Test func percentFractionScalesOnlyThePercentKPIs() throws {
        let kpis = "id,name,owner,direction,target,unit\nED,Seen in 4h,coo,higher,0.95,%\nCALL,Wait,coo,lower,30,s\n"
        let values = "kpi,period,value\nED,2026-10,0.75\nCALL,2026-10,42\n"
        let loaded = try Self.workspace(
            "[sources.kpis]\nfile = \"k.csv\"\npercent = \"fraction\"\n"
                + "[sources.measurements]\nfile = \"v.csv\"\npercent = \"fraction\"\n",
            ["k.csv": kpis, "v.csv": values]
        ).load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.workspace.kpis.map(\.target) == [95, 30])
        #expect(loaded.workspace.kpis.map { $0.history.map(\.value) } == [[75], [42]])
    }

    @Test func theDelimiterIsTheHeadersEvenUnderATitleWithCommas() throws {
        let text = "Risk register, FY26, as of 31 March\n\nRef;Risk;Area;Owner;L;I\nR1;Outage;operational;cio;4;5\n"
        let loaded = try Self.workspace(
            "[sources.risks]\nfile = \"r.csv\"\ncolumns = { id = \"Ref\", title = \"Risk\", category = \"Area\", "
                + "likelihood = \"L\", impact = \"I\" }\n",
            ["r.csv": text]
        ).load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.workspace.risks.map(\.title) == ["Outage"])
    }

    @Test func aWithheldRatingIsAWarningAndTheInitiativeStays() throws {
        let text = "id,name,sponsor,rating\nI1,Portal,cio,Exempt under Section 43\nI2,Depot,coo,Amber/Green\n"
        let loaded = try Self.workspace("[sources.initiatives]\nfile = \"i.csv\"\n", ["i.csv": text]).load()
        #expect(loaded.errorCount == 0, "\(loaded.diagnostics)")
        #expect(loaded.workspace.initiatives.map(\.rating) == [nil, .amberGreen])
        #expect(loaded.diagnostics.first?.message.hasSuffix("; read as empty") == true)
    }

    @Test func actionsFromAFileOfTheUsersOwnAreNotWritten() throws {
        let (settings, _) = try ManifestParser.parse(
            "[organization]\nname = \"X\"\n[sources.actions]\nfile = \"log.xlsx\"\n")
        #expect(ActionFile.refusal(settings)?.hasPrefix("actions come from log.xlsx ([sources.actions])") == true)
        #expect(ActionFile.refusal(try ManifestParser.parse("[organization]\nname = \"X\"\n").0) == nil)
    }
}
