import Foundation
import Testing

@testable import TandemUI

/// The widths the cell buffer uses are the C library's, which ncurses and tmux use: where they
/// disagreed (`⚠️`, `🛡`) the cell after the character was never redrawn.
@Suite struct TerminalWidthsTests {
    @Test func theTableIsWcwidthOfThisMachine() throws {
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil, "the C.UTF-8 locale is needed")
        // wcwidth is not in Swift's view of the C library: looked up by name.
        typealias Wcwidth = @convention(c) (Int32) -> Int32
        let symbol = try #require(dlsym(dlopen(nil, RTLD_NOW), "wcwidth"))
        let wcwidth = unsafeBitCast(symbol, to: Wcwidth.self)
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF where !(0xD800...0xDFFF).contains(value) {
            let expected = Int(wcwidth(Int32(bitPattern: value)))
            if DisplayWidth.terminalWidth(value) != expected { mismatches.append(String(value, radix: 16)) }
            if mismatches.count > 20 { break }
        }
        #expect(mismatches.isEmpty, "run scripts/generate-widths: \(mismatches)")
    }
}
