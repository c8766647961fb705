import TandemCore

/// The 5×5 risk heat map: residual likelihood up (5 on top), impact across (1 on the left), each
/// cell the count of open risks, coloured by the band of its score.
public enum HeatMap {
    public static let size = Size(columns: 29, rows: 8)

    public static func draw(
        counts: [[Int]], settings: Settings, into buffer: inout CellBuffer, at origin: (x: Int, y: Int)
    ) {
        let g = buffer.glyphs
        buffer.put("Likelihood", x: origin.x, y: origin.y, role: .muted)
        for likelihood in stride(from: 5, through: 1, by: -1) {
            let y = origin.y + 1 + (5 - likelihood)
            buffer.put("\(likelihood) \(g.vertical)", x: origin.x + 1, y: y, role: .muted)
            for impact in 1...5 {
                let count = counts[likelihood - 1][impact - 1]
                let band = RiskAssessment.band(of: likelihood * impact, settings: settings)
                let text = count == 0 ? g.emptyCell : String(count)
                let x = origin.x + 4 + (impact - 1) * 4
                buffer.put(
                    text.padded(to: 3, alignment: .center), x: x, y: y,
                    role: StatusBadge.role(for: band))
            }
        }
        buffer.put(
            "  " + g.bottomLeft + String(repeating: g.horizontal, count: 20), x: origin.x + 1, y: origin.y + 6,
            role: .muted)
        buffer.put("1   2   3   4   5 Impact", x: origin.x + 5, y: origin.y + 7, role: .muted)
    }
}
