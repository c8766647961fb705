/// Progress against plan: `█████░░┃░░` filled to the progress, with a marker where progress
/// should be by now. The marker tells "behind" at a glance without reading numbers.
public enum ProgressBar {
    /// - Parameters:
    ///   - progress: 0–100.
    ///   - planned: where progress should be by now, 0–100; nil for no marker.
    public static func render(
        progress: Double, planned: Double?, width: Int, glyphs g: Glyphs,
        role: StyleRole = .accent
    ) -> Line {
        guard width > 0 else { return [] }
        let filled = Int(rounding: min(max(progress, 0), 100) / 100 * Double(width))
        let marker = planned.map { min(width - 1, Int(saturating: min(max($0, 0), 100) / 100 * Double(width))) }
        var line: Line = []
        for index in 0..<width {
            let span: Span
            if index == marker {
                span = Span(g.planMarker, .title)
            } else if index < filled {
                span = Span(g.barFull, role)
            } else {
                span = Span(g.barEmpty, .muted)
            }
            if let last = line.last, last.role == span.role {
                line[line.count - 1].text += span.text
            } else {
                line.append(span)
            }
        }
        return line
    }
}
