import TandemCore

/// The risk heat map at the manifest's size (2 to 10 levels each way): residual likelihood up (the
/// highest level on top), impact across (1 on the left), each cell the count of open risks,
/// coloured by the band of its score. Cells are 3 columns on a 4-column step up to 5 impact levels;
/// beyond that the step is 3, so that a 10 × 10 map is 41 columns and fits beside a list, or
/// alone in 80.
public enum HeatMap {
    /// What the map takes: one row for the title, one per likelihood level, the axis and its labels.
    public static func size(likelihoodLevels: Int, impactLevels: Int) -> Size {
        Size(
            columns: 5 + (impactLevels - 1) * step(impactLevels) + String(impactLevels).count + " Impact".count,
            rows: likelihoodLevels + 3)
    }

    public static func size(_ settings: Settings) -> Size {
        size(likelihoodLevels: settings.likelihoodLevels, impactLevels: settings.impactLevels)
    }

    /// Columns from one cell to the next.
    static func step(_ impactLevels: Int) -> Int { impactLevels <= 5 ? 4 : 3 }

    /// - Parameter counts: `counts[likelihood - 1][impact - 1]`, as `Scorecard.heatMap` gives them:
    ///   its size is the map's.
    public static func draw(
        counts: [[Int]], settings: Settings, into buffer: inout CellBuffer, at origin: (x: Int, y: Int)
    ) {
        let g = buffer.glyphs
        let levels = (likelihood: counts.count, impact: counts.first?.count ?? 0)
        let step = step(levels.impact)
        buffer.put("Likelihood", x: origin.x, y: origin.y, role: .muted)
        for likelihood in stride(from: levels.likelihood, through: 1, by: -1) {
            let y = origin.y + 1 + (levels.likelihood - likelihood)
            buffer.put(
                String(likelihood).padded(to: 2, alignment: .right) + " \(g.vertical)", x: origin.x, y: y,
                role: .muted)
            for impact in 1...max(1, levels.impact) where impact <= levels.impact {
                let count = counts[likelihood - 1][impact - 1]
                let band = RiskAssessment.band(of: likelihood * impact, settings: settings)
                buffer.put(
                    text(count, g, narrow: step < 4).padded(to: 3, alignment: .center),
                    x: origin.x + 4 + (impact - 1) * step, y: y, role: StatusBadge.role(for: band))
            }
        }
        let axisY = origin.y + 1 + levels.likelihood
        buffer.put(
            "   " + g.bottomLeft + String(repeating: g.horizontal, count: step * levels.impact), x: origin.x, y: axisY,
            role: .muted)
        for impact in 1...max(1, levels.impact) where impact <= levels.impact {
            buffer.put(String(impact), x: origin.x + 5 + (impact - 1) * step, y: axisY + 1, role: .muted)
        }
        let last = origin.x + 5 + (levels.impact - 1) * step + String(levels.impact).count
        buffer.put(" Impact", x: last, y: axisY + 1, role: .muted)
    }

    /// A count that fits its cell, or the most it can say that is true: over 99 in a narrow cell
    /// `99+`; from 1,000 in a wide one the thousands reached (`4k+` for 4,000 to 4,999), up to
    /// `9k+`. One `1k+` for every count over 999 made a large register's map all alike.
    private static func text(_ count: Int, _ g: Glyphs, narrow: Bool) -> String {
        if count == 0 { return g.emptyCell }
        if narrow, count > 99 { return "99+" }
        return count > 999 ? "\(min(count / 1_000, 9))k+" : String(count)
    }
}
