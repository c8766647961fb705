import TandemCore

/// What the overview's risk card, the register's title and its heat map count among the risks a
/// view lets through. Counted once per lens and filter: a pass per figure on every frame cost
/// more than drawing the screen at 100,000 risks.
struct RiskSummary {
    /// Every figure is of the open risks.
    private(set) var open = 0
    /// Open risks by band, by `RiskBand.rank`.
    private var bands = [0, 0, 0, 0]
    private(set) var aboveAppetite = 0
    private(set) var reviewsOverdue = 0
    /// As `Scorecard.heatMap(_:)` and `Scorecard.scoredOnly(_:)` give them.
    let heatMap: [[Int]]
    let scoredOnly: Int

    init(_ card: Scorecard, _ indices: [Int]) {
        for index in indices {
            guard !card.risks[index].isClosed else { continue }
            open += 1
            bands[card.risks[index].band.rank] += 1
            if card.risks[index].aboveAppetite { aboveAppetite += 1 }
            if card.risks[index].reviewOverdue { reviewsOverdue += 1 }
        }
        heatMap = card.heatMap(indices)
        scoredOnly = card.scoredOnly(indices)
    }

    /// The open risks in a band.
    func count(_ band: RiskBand) -> Int { bands[band.rank] }
}

extension VisibleItems {
    /// The risks this view lets through, counted.
    var riskSummary: RiskSummary {
        model.cache.riskSummary(cacheKey(.riskSummary)) { RiskSummary(model.card, risks) }
    }
}
