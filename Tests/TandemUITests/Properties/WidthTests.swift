import TandemCore
import TandemTestSupport
import TandemUI
import Testing

/// No line is wider than the screen, whatever the size and whatever the text: each row is exactly
/// `columns` cells, every wide character has its continuation cell, none hangs over the edge.
@Suite struct WidthTests {
    static let datasets: [(String, ViewModel)] = [
        ("plain", TestWorkspace.standard),
        ("cjk", try! WideText.workspace(WideText.cjk).model()),
        ("emoji", try! WideText.workspace(WideText.emoji).model()),
        ("mixed", try! WideText.workspace(WideText.mixed).model()),
    ]

    @Test(arguments: tourSizes)
    func noLineIsWiderThanTheScreen(size: Size) {
        check(Self.datasets[0].1, "plain", size: size)
    }

    /// The wide datasets at odd sizes, where cuts land on either half of a wide character.
    @Test(arguments: [Size.of(61, 16), .of(77, 23), .of(133, 41), .of(200, 60), .of(1000, 5)])
    func noLineIsWiderThanTheScreenWithWideText(size: Size) {
        for (dataset, model) in Self.datasets.dropFirst() { check(model, dataset, size: size) }
    }

    func check(_ model: ViewModel, _ dataset: String, size: Size) {
        for stop in screenTour(model, size: size) {
            let lines = TextRenderer.lines(stop.buffer)
            #expect(lines.count == size.rows, "\(dataset) \(stop.name)")
            for (row, line) in lines.enumerated() where line.displayWidth > size.columns {
                Issue.record("\(dataset) \(stop.name) row \(row) is \(line.displayWidth) columns: \(line)")
            }
            checkCells(stop.buffer, "\(dataset) \(stop.name)")
        }
    }

    @Test(arguments: [Size.of(61, 16), .of(133, 41)])
    func asciiLinesAreNoWiderThanTheScreen(size: Size) {
        for (dataset, model) in Self.datasets {
            for stop in screenTour(model, size: size, glyphs: .ascii) {
                for line in TextRenderer.lines(stop.buffer) {
                    #expect(line.unicodeScalars.count <= size.columns, "\(dataset) \(stop.name): \(line)")
                }
            }
        }
    }

    @Test func wideDataReallyIsOnScreen() {
        let text = screen("2", size: .of(120, 40), model: Self.datasets[1].1)
        #expect(text.contains("倉庫Platform uptime管理"))
        #expect(text.contains("ハーバー物流 🚢"))
    }

    /// Each row adds up to the width; a wide cell is followed by its continuation and nothing
    /// else; a cell's width is the measured width of its text.
    func checkCells(_ buffer: CellBuffer, _ name: String) {
        for y in 0..<buffer.size.rows {
            var total = 0
            for x in 0..<buffer.size.columns {
                let cell = buffer[x, y]
                total += cell.width
                if cell.text == " " { continue }
                if cell.isContinuation {
                    if x == 0 || buffer[x - 1, y].width != 2 {
                        Issue.record("\(name): stray continuation at \(x),\(y)")
                    }
                } else if cell.text.displayWidth != cell.width {
                    Issue.record("\(name): \(cell.text.debugDescription) at \(x),\(y) has width \(cell.width)")
                }
                if cell.width == 2, x + 1 >= buffer.size.columns || !buffer[x + 1, y].isContinuation {
                    Issue.record("\(name): wide \(cell.text) at \(x),\(y) without its continuation")
                }
            }
            if total != buffer.size.columns { Issue.record("\(name): row \(y) adds up to \(total) columns") }
        }
    }
}

/// `--ascii`: nothing but ASCII on any screen, accents folded rather than lost.
@Suite struct AsciiModeTests {
    static let accented: ViewModel = {
        var workspace = TestWorkspace(text: { $0 + " Ñandú" })
        workspace.organizationTOML = "Café Société"
        workspace.cioTOML = "José Almeida"
        return try! workspace.model()
    }()

    @Test(arguments: [Size.of(120, 40), .of(80, 24)])
    func everyScreenIsPlainASCII(size: Size) {
        for model in [TestWorkspace.standard, Self.accented, WidthTests.datasets[3].1] {
            for stop in screenTour(model, size: size, glyphs: .ascii) {
                let text = TextRenderer.plain(stop.buffer)
                let other = Set(text.unicodeScalars.filter { $0.value >= 0x80 })
                #expect(other.isEmpty, "\(stop.name): \(other.sorted().map { String($0) })")
            }
        }
    }

    @Test func accentsAreFolded() {
        let overview = screen("", size: .of(120, 40), model: Self.accented, glyphs: .ascii)
        #expect(overview.contains("Cafe Societe"))
        #expect(overview.contains("Nandu"))
        let detail = screen("2 Enter", size: .of(120, 40), model: Self.accented, glyphs: .ascii)
        #expect(detail.contains("CIO (Jose Almeida)"))
    }

    @Test func symbolsHaveAsciiForms() {
        let risks = screen("3", size: .of(120, 40), glyphs: .ascii)
        #expect(risks.contains("* CRITICAL ^ above"))
        #expect(risks.contains("o CLOSED"))
        #expect(risks.contains("20->16"))
        #expect(risks.contains("+- Heat map (residual)"))
    }
}
