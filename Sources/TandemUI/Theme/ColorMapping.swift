/// How many colours a terminal can show.
public enum ColorDepth: Sendable, Equatable {
    case trueColor, palette256, palette16, palette8, none

    /// From the number of colours the terminal reports.
    public init(colors: Int) {
        switch colors {
        case 0x1000000...: self = .trueColor
        case 256...: self = .palette256
        case 16...: self = .palette16
        case 8...: self = .palette8
        default: self = .none
        }
    }
}

/// Maps theme colours to the nearest colour a terminal can show: 24-bit, the 6×6×6 cube and grey
/// ramp of 256-colour terminals, or the 16 and 8 ANSI colours.
public enum ColorMapping {
    /// The usual xterm values of the 16 ANSI colours.
    public static let ansi16: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]
    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The colour number to use at a depth: 0xRRGGBB for true colour, else a palette index; nil
    /// when the terminal has no colour.
    public static func number(for color: ThemeColor, depth: ColorDepth) -> Int? {
        switch depth {
        case .none: return nil
        case .trueColor:
            let (r, g, b) = rgb(color)
            return Int(r) << 16 | Int(g) << 8 | Int(b)
        case .palette256:
            if case .index(let n) = color { return Int(n) }
            let (r, g, b) = rgb(color)
            return index256(r, g, b)
        case .palette16:
            if case .index(let n) = color, n < 16 { return Int(n) }
            let (r, g, b) = rgb(color)
            return index16(r, g, b)
        case .palette8:
            if case .index(let n) = color, n < 16 { return fold8(Int(n)) }
            let (r, g, b) = rgb(color)
            return fold8(index16(r, g, b))
        }
    }

    /// Bright colours become their normal forms; dark grey becomes white, not black, so that grey
    /// text stays visible on a dark screen.
    static func fold8(_ index16: Int) -> Int { index16 == 8 ? 7 : index16 % 8 }

    /// A foreground and background pair at a depth (nil: the terminal's default). Where the
    /// mapping makes the two the same, the foreground becomes black or white, whichever stands
    /// out, so no text ever disappears.
    public static func pair(foreground: ThemeColor?, background: ThemeColor?, depth: ColorDepth) -> (Int?, Int?) {
        let fg = foreground.flatMap { number(for: $0, depth: depth) }
        let bg = background.flatMap { number(for: $0, depth: depth) }
        guard depth == .palette8 || depth == .palette16, let fgValue = fg else { return (fg, bg) }
        // With the terminal's own background, assume a dark screen: black text would vanish.
        let background = bg ?? 0
        guard fgValue == background || (fgValue == background + 8) || (fgValue + 8 == background) else {
            return (fg, bg)
        }
        let light = [7, 15, 3, 11, 6, 14, 2, 10].contains(background)
        return (light ? 0 : 7, bg)
    }

    /// The RGB value of any theme colour (palette indexes by the xterm palette).
    public static func rgb(_ color: ThemeColor) -> (UInt8, UInt8, UInt8) {
        switch color {
        case .rgb(let r, let g, let b): return (r, g, b)
        case .index(let n) where n < 16: return ansi16[Int(n)]
        case .index(let n) where n >= 232:
            let level = UInt8(8 + 10 * (Int(n) - 232))
            return (level, level, level)
        case .index(let n):
            let cube = Int(n) - 16
            return (UInt8(cubeLevels[cube / 36]), UInt8(cubeLevels[cube / 6 % 6]), UInt8(cubeLevels[cube % 6]))
        }
    }

    /// The nearest of the 6×6×6 cube (16–231) and the grey ramp (232–255).
    public static func index256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func nearestLevel(_ value: UInt8) -> Int {
            cubeLevels.indices.min { abs(cubeLevels[$0] - Int(value)) < abs(cubeLevels[$1] - Int(value)) }!
        }
        let (ri, gi, bi) = (nearestLevel(r), nearestLevel(g), nearestLevel(b))
        let cube = 16 + 36 * ri + 6 * gi + bi
        let cubeDistance = distance((r, g, b), (UInt8(cubeLevels[ri]), UInt8(cubeLevels[gi]), UInt8(cubeLevels[bi])))
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyIndex = min(23, max(0, (average - 8 + 5) / 10))
        let greyLevel = UInt8(8 + 10 * greyIndex)
        let greyDistance = distance((r, g, b), (greyLevel, greyLevel, greyLevel))
        return greyDistance < cubeDistance ? 232 + greyIndex : cube
    }

    /// The nearest of the 16 ANSI colours.
    public static func index16(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        ansi16.indices.min { distance((r, g, b), ansi16[$0]) < distance((r, g, b), ansi16[$1]) }!
    }

    /// Squared distance, weighted for how the eye sees red, green and blue.
    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0)
        let dg = Int(a.1) - Int(b.1)
        let db = Int(a.2) - Int(b.2)
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }
}
