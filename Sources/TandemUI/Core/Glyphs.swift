/// Every symbol the views draw, in Unicode and in plain ASCII for terminals and files that
/// cannot show more. Status is never told by colour alone: each has a symbol and a word.
public struct Glyphs: Equatable, Sendable {
    public let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    public let teeRight: String
    public let bullet, neutralBullet: String
    public let up, down, unchanged: String
    public let trendUp, trendDown, trendFlat: String
    /// Markers for what changed since the baseline.
    public let changedNew, changedBetter, changedWorse, changedOther: String
    public let spark: [String]
    public let barFull, barEmpty, planMarker: String
    public let ellipsis, rightArrow, separator, warning, selectionMarker, emptyCell: String
    public let isASCII: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeRight: "├", bullet: "●", neutralBullet: "○",
        up: "▲", down: "▼", unchanged: "=", trendUp: "↗", trendDown: "↘", trendFlat: "→",
        changedNew: "+", changedBetter: "↑", changedWorse: "↓", changedOther: "~",
        spark: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], barFull: "█", barEmpty: "░", planMarker: "┃",
        ellipsis: "…", rightArrow: "→", separator: "·", warning: "⚠", selectionMarker: "▶", emptyCell: "·",
        isASCII: false)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeRight: "|", bullet: "*", neutralBullet: "o",
        up: "^", down: "v", unchanged: "=", trendUp: "/", trendDown: "\\", trendFlat: "=",
        changedNew: "+", changedBetter: "^", changedWorse: "v", changedOther: "~",
        spark: ["_", ".", "-", "~", "=", "+", "*", "#"], barFull: "#", barEmpty: ".", planMarker: "|",
        ellipsis: "~", rightArrow: "->", separator: "|", warning: "!", selectionMarker: ">", emptyCell: ".",
        isASCII: true)
}
