/// What a cell means, not how it looks: a theme maps each role to colours and attributes.
public enum StyleRole: String, CaseIterable, Sendable {
    case text, muted, border
    case borderFocused = "border_focused"
    case title
    case titleBar = "title_bar"
    case statusBar = "status_bar"
    case header, selection, accent, banner, demo
    case statusGreen = "status_green"
    case statusAmber = "status_amber"
    case statusRed = "status_red"
    case statusNeutral = "status_neutral"
    case bandLow = "band_low"
    case bandMedium = "band_medium"
    case bandHigh = "band_high"
    case bandCritical = "band_critical"
}
