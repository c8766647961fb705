extension Dictionary where Key == String, Value == Int {
    /// Each id's first position among `count` items, sized up front: at 100,000 risks, mapping them
    /// to pairs copied every one and the dictionary grew by rehashing.
    public init(firstPositionsOf count: Int, id: (Int) -> String) {
        self.init(minimumCapacity: count)
        // Backwards, so that the first of an id given twice is the one kept.
        for position in (0..<count).reversed() { self[id(position)] = position }
    }
}
