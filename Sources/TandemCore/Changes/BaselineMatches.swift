/// A baseline's items of one area matched with the data's by id: where the first of each id is in
/// the baseline, and which of them an item now still has. Positions, not a dictionary of copies,
/// and the old items marked as they are matched: a set of every id now, made to look each old
/// one up, took as long again.
struct BaselineMatches {
    private let first: [String: Int]
    /// The position of the first item with each item's id; nil when no id is given twice, so that
    /// each item is the first of its own.
    private let firstOfEach: [Int]?
    private var kept: [Bool]

    /// - Parameter id: the id of the baseline's item at a position.
    init(_ count: Int, id: (Int) -> String) {
        let first = [String: Int](firstPositionsOf: count, id: id)
        self.first = first
        firstOfEach = first.count == count ? nil : (0..<count).map { first[id($0)]! }
        kept = [Bool](repeating: false, count: count)
    }

    /// Where the first baseline item with `id` is, marked as still in the data; nil for a new item.
    mutating func match(_ id: String) -> Int? {
        guard let position = first[id] else { return nil }
        kept[position] = true
        return position
    }

    /// The positions of the baseline's items that no item now has the id of, in order: every one
    /// of an id it gave twice.
    var removed: [Int] { kept.indices.filter { !kept[firstOfEach?[$0] ?? $0] } }
}
