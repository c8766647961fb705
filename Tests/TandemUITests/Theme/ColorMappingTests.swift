import TandemUI
import Testing

/// Theme colours to what a terminal can show: true colour, the 256 palette, 16 and 8 colours.
@Suite struct ColorMappingTests {
    @Test func trueColourKeepsTheExactValue() {
        #expect(ColorMapping.number(for: .rgb(0x12, 0x34, 0x56), depth: .trueColor) == 0x123456)
    }

    @Test func hexToTheNearestOf256() {
        #expect(ColorMapping.index256(0, 0, 0) == 16)  // cube black
        #expect(ColorMapping.index256(255, 255, 255) == 231)  // cube white
        #expect(ColorMapping.index256(255, 0, 0) == 196)  // pure red
        #expect(ColorMapping.index256(0, 135, 255) == 33)  // a cube colour exactly
        #expect(ColorMapping.index256(128, 128, 128) == 244)  // mid grey: the grey ramp wins
        #expect(ColorMapping.index256(0x30, 0x30, 0x30) == 236)  // dark grey on the ramp
        #expect(ColorMapping.number(for: .index(42), depth: .palette256) == 42)
    }

    @Test func hexToTheNearestOf16() {
        #expect(ColorMapping.index16(0, 0, 0) == 0)
        #expect(ColorMapping.index16(255, 0, 0) == 9)
        #expect(ColorMapping.index16(200, 0, 0) == 1)
        #expect(ColorMapping.index16(0, 200, 0) == 2)
        #expect(ColorMapping.index16(128, 128, 128) == 8)
        #expect(ColorMapping.index16(250, 250, 250) == 15)
        #expect(ColorMapping.number(for: .index(12), depth: .palette16) == 12)
        #expect(ColorMapping.number(for: .index(196), depth: .palette16) == 9)
    }

    @Test func hexTo8FoldsBrightColoursAndKeepsGreyVisible() {
        #expect(ColorMapping.number(for: .rgb(255, 0, 0), depth: .palette8) == 1)
        #expect(ColorMapping.number(for: .rgb(128, 128, 128), depth: .palette8) == 7)
        #expect(ColorMapping.number(for: .index(14), depth: .palette8) == 6)
        #expect(ColorMapping.number(for: .rgb(1, 2, 3), depth: .none) == nil)
    }

    @Test func aForegroundThatWouldVanishBecomesBlackOrWhite() {
        // White on white in 8 colours: the text turns black.
        let light = ColorMapping.pair(
            foreground: .rgb(250, 250, 250), background: .rgb(255, 255, 255), depth: .palette8)
        #expect(light.0 == 0 && light.1 == 7)
        // Black text on the terminal's own (assumed dark) background turns white.
        let dark = ColorMapping.pair(foreground: .rgb(0, 0, 0), background: nil, depth: .palette8)
        #expect(dark.0 == 7 && dark.1 == nil)
    }

    @Test func depthFromTheNumberOfColours() {
        #expect(ColorDepth(colors: 16_777_216) == .trueColor)
        #expect(ColorDepth(colors: 256) == .palette256)
        #expect(ColorDepth(colors: 88) == .palette16)
        #expect(ColorDepth(colors: 8) == .palette8)
        #expect(ColorDepth(colors: 2) == .none)
    }
}
