import TandemCore
import TandemTestSupport
import TandemUI
import Testing

/// Whatever the data holds, the plain output holds no control character but the line feed, no
/// bidi override, and none of the text an escape sequence carries.
@Suite struct ControlCharacterTests {
    static let hostile: ViewModel = try! HostileText.workspace.model()

    @Test func hostileDataLoadsWithEveryItem() {
        let card = Self.hostile.card
        #expect(card.kpis.count == 8)
        #expect(card.risks.count == 6)
        #expect(card.initiatives.count == 7)
        #expect(card.errorCount == 0)
        // Whole sequences go, not just their ESC: the name is left exactly as it was.
        #expect(card.kpis.map(\.kpi.name) == TestWorkspace.standard.card.kpis.map(\.kpi.name))
        #expect(card.workspace.settings.organization == "Harbor Logistics")
    }

    @Test(arguments: [Size.of(120, 40), .of(80, 24), .of(61, 16), .of(200, 60)])
    func noControlCharacterInAnyScreen(size: Size) {
        for stop in screenTour(Self.hostile, size: size) {
            let text = TextRenderer.plain(stop.buffer)
            let forbidden = text.unicodeScalars.filter(HostileText.isForbidden)
            #expect(forbidden.isEmpty, "\(stop.name): \(forbidden.map { String($0.value, radix: 16) })")
            for payload in HostileText.payloads {
                #expect(!text.contains(payload), "\(stop.name) shows \"\(payload)\"")
            }
        }
    }

    @Test func noControlCharacterInACell() {
        for stop in screenTour(Self.hostile, size: .of(120, 40)) {
            for cell in stop.buffer.cells {
                #expect(
                    !cell.text.unicodeScalars.contains(where: HostileText.isForbidden),
                    "\(stop.name): \(cell.text.debugDescription)")
            }
        }
    }

    @Test func noControlCharacterInTheAsciiOutput() {
        for stop in screenTour(Self.hostile, size: .of(100, 30), glyphs: .ascii) {
            let text = TextRenderer.plain(stop.buffer)
            #expect(!text.unicodeScalars.contains(where: HostileText.isForbidden), "\(stop.name)")
        }
    }

    /// The filter is typed, not read from a file: what the user types is shown in the status line.
    @Test func typedControlCharactersNeverReachTheScreen() {
        let typed = screen("/ a\u{1B}[2Jb\u{7}c\u{202E}d\u{9B}e\u{7F}f", size: .of(80, 24))
        let forbidden = typed.unicodeScalars.filter(HostileText.isForbidden)
        #expect(forbidden.isEmpty, "\(forbidden.map { String($0.value, radix: 16) })")
        #expect(typed.contains("Filter: a[2Jbcdef_"))
    }

    @Test func ansiOutputHoldsOnlySGRSequences() {
        for stop in screenTour(Self.hostile, size: .of(120, 40))
        where stop.name.hasPrefix("kpis row 0") || stop.name.hasPrefix("risks") {
            let ansi = TextRenderer.ansi(stop.buffer, theme: .standard)
            var scalars = ansi.unicodeScalars.makeIterator()
            while let scalar = scalars.next() {
                guard scalar == "\u{1B}" else {
                    #expect(!HostileText.isForbidden(scalar), "\(stop.name): \(String(scalar.value, radix: 16))")
                    continue
                }
                // ESC [ digits and semicolons m: a colour, nothing else.
                #expect(scalars.next() == "[", "\(stop.name)")
                var final: Unicode.Scalar?
                while let next = scalars.next() {
                    if next == ";" || ("0"..."9").contains(next) { continue }
                    final = next
                    break
                }
                #expect(final == "m", "\(stop.name)")
            }
        }
    }
}
