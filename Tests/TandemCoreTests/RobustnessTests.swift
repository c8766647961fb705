import TandemTestSupport
import Testing

@_spi(Fuzzing) @testable import TandemCore

/// Whatever the bytes, loading either fails with a `LoadFailure` or gives diagnostics: it never
/// crashes, and computing and exporting what loaded never crashes either.
///
/// Random bytes go into the CSV files here. Random manifests are fed to the `tandem` binary in
/// TandemCLITests instead: the TOML parser aborts the process on some inputs (see
/// `ManifestCrashTests` there), which would take this whole test run down with it.
@Suite struct RobustnessTests {
    /// Bytes that matter to the parsers, often enough to build tricky input.
    private static let interesting: [UInt8] =
        Array(",,,\"\"\"\n\n\r\r;-+.eE0123456789 \tQ-".utf8)
        + [0x00, 0x1B, 0x5B, 0x9B, 0xC3, 0xA9, 0xE2, 0x80, 0xAE, 0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0xF0, 0x9F, 0x9A, 0x9A]

    /// The engine's generator from `seed`.
    private static func seeded(_ seed: UInt64) -> SeededRandom {
        var source = SplitMix64(seed: seed)
        return SeededRandom { source.next() }
    }

    private static func randomBytes(_ generator: inout SeededRandom, count: Int) -> [UInt8] {
        (0..<count).map { _ in
            Bool.random(using: &generator)
                ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
        }
    }

    /// Loads, scores and exports; returns how it ended, for the record.
    @discardableResult
    private static func survive(_ files: WorkspaceFiles) -> Bool {
        let loaded: LoadedWorkspace
        do {
            loaded = try WorkspaceLoader.load(files)
        } catch {
            #expect(!error.message.isEmpty)
            return false
        }
        let card = Scorecard(loaded, asOf: asOf)
        _ = ExportDocument.json(card).rendered()
        _ = card.heatMap()
        return true
    }

    @Test func randomBytesInEveryCSVFileNeverCrash() {
        var generator = Self.seeded(20_261_120)
        let fixture = WorkspaceFixture().rows("milestones.csv", "I1,Go live,2026-12-01,,yes")
        let names = ["kpis.csv", "measurements.csv", "risks.csv", "initiatives.csv", "milestones.csv"]
        for round in 0..<360 {
            let name = names[round % names.count]
            let bytes = Self.randomBytes(&generator, count: Int.random(in: 0...160, using: &generator))
            Self.survive(ByteFiles(fixture, replacing: name, with: bytes))
        }
    }

    @Test func randomBytesAfterAValidHeaderNeverCrash() {
        var generator = Self.seeded(42)
        let headers = [
            "kpis.csv": WorkspaceFixture.kpisHeader, "measurements.csv": WorkspaceFixture.measurementsHeader,
            "risks.csv": WorkspaceFixture.risksHeader, "initiatives.csv": WorkspaceFixture.initiativesHeader,
            "milestones.csv": WorkspaceFixture.milestonesHeader,
        ]
        let names = headers.keys.sorted()
        var loadedRounds = 0
        for round in 0..<300 {
            let name = names[round % names.count]
            let bytes =
                Array((headers[name]! + "\n").utf8)
                + Self.randomBytes(&generator, count: Int.random(in: 0...200, using: &generator))
            if Self.survive(ByteFiles(WorkspaceFixture(), replacing: name, with: bytes)) { loadedRounds += 1 }
        }
        #expect(loadedRounds == 300)
    }

    @Test func rowsOfRandomFieldsNeverCrash() {
        var generator = Self.seeded(7)
        let words = [
            "", " ", "K1", "R1", "I1", "cio", "joint", "higher", "lower", "monthly", "2026-02-30", "2026-10",
            "2026-Q3", "1e309", "NaN", "-0", "101", "5", "0", "\"", "\"\"", "a\"b", "\u{1B}[2J", "K1;K9", ";",
            "2026-11-20", "2027-01-01", "yes", "maybe", "99.5", "-1", "100", "closed", "done", "active", "\u{0}",
        ]
        let fixture = WorkspaceFixture()
        for round in 0..<240 {
            let name = ["kpis.csv", "measurements.csv", "risks.csv", "initiatives.csv", "milestones.csv"][round % 5]
            var rows: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                rows.append(
                    (0..<Int.random(in: 1...18, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                        .joined(separator: ","))
            }
            let text = [
                WorkspaceFixture.kpisHeader, WorkspaceFixture.measurementsHeader, WorkspaceFixture.risksHeader,
                WorkspaceFixture.initiativesHeader, WorkspaceFixture.milestonesHeader,
            ][round % 5]
            #expect(
                Self.survive(
                    MemoryFiles(fixture.with(name, ([text] + rows).joined(separator: "\n")).files, origin: .folder("x"))
                ))
        }
    }

    @Test func invalidUTF8AndNulBytesLoadWithAWarning() throws {
        let bytes =
            Array((WorkspaceFixture.kpisHeader + "\n").utf8) + [0x4B, 0x31, 0x2C, 0x55, 0x00, 0x70, 0xC3, 0x28]
            + Array(",cio,higher,99,98,,%,system,monthly,,\n".utf8)
        let loaded = try WorkspaceLoader.load(ByteFiles(WorkspaceFixture(), replacing: "kpis.csv", with: bytes))
        #expect(loaded.errorCount == 0)
        #expect(loaded.warningCount == 1)
        #expect(loaded.workspace.kpis.first?.name == "UpÃ(")  // read as Windows-1252
    }

    @Test func aManifestWithNulBytesOrInvalidUTF8NeverCrashes() throws {
        let named = Array("[organization]\nname = \"N".utf8) + [0xFF, 0xC3] + Array("\"\n".utf8)
        // TOML is UTF-8: other bytes are an error with their place, not replaced unseen.
        #expect {
            try WorkspaceLoader.load(ByteFiles(WorkspaceFixture(), replacing: "tandem.toml", with: named))
        } throws: { error in
            (error as? LoadFailure).map { $0.line == 2 && $0.message.contains("not valid UTF-8") } ?? false
        }
        for manifest: [UInt8] in [
            Array("[organization]\nname = \"N\u{0}x\"\n".utf8), [0x00], [0xFF, 0xFE, 0x00, 0x5B], [],
        ] {
            Self.survive(ByteFiles(WorkspaceFixture(), replacing: "tandem.toml", with: manifest))
        }
    }

    @Test func theFieldParsersAcceptAnyBytes() {
        var generator = Self.seeded(99)
        for _ in 0..<400 {
            let bytes = Self.randomBytes(&generator, count: Int.random(in: 0...24, using: &generator))
            bytes.withUnsafeBufferPointer { buffer in
                _ = FieldParsing.number(buffer)
                _ = FieldParsing.day(buffer)
                _ = FieldParsing.periodEnd(buffer)
            }
            _ = TextSanitizer.clean(String(decoding: bytes, as: UTF8.self))
            _ = TextSanitizer.clean(String(decoding: bytes, as: UTF8.self), keepNewlines: true)
            _ = readCSV(bytes)
        }
    }

    @Test func aHugeFieldIsShortenedInMessages() throws {
        let long = String(repeating: "9x", count: 50_000)
        let diagnostics = try WorkspaceFixture().rows("kpis.csv", "K1,Uptime,cio,higher,\(long),,,,,,,").diagnostics()
        let first = try #require(diagnostics.first)
        #expect(first.count < 200)
        #expect(first.hasPrefix("kpis.csv:2: target: \"9x9x"))
        #expect(first.contains("…\" is not a number"))
    }
}
