/// What the filter searches in one kind of item: each item's fields lowercased, joined by
/// U+0001, as UTF-8 bytes, all items in one buffer. Made field by field: joining and lowercasing
/// a String per item took 100 ms on the first key of a filter at 100,000 risks, and an array per
/// item scattered the bytes searched.
struct SearchText {
    private var bytes: [UInt8] = []
    /// Where each item's text ends in `bytes`; it starts where the one before ends.
    private var ends: [Int] = []

    /// - Parameter fields: the fields of item `n`, in order.
    init(count: Int, _ fields: (Int) -> [String]) {
        ends.reserveCapacity(count)
        for item in 0..<count {
            for (number, field) in fields(item).enumerated() {
                if number > 0 { bytes.append(1) }
                append(lowercased: field)
            }
            ends.append(bytes.count)
        }
    }

    /// The field's bytes as `lowercased()` makes them: lowercased alone, the fields read as their
    /// joined text lowercased, since it maps each character by itself. ASCII, the usual case, is
    /// lowercased in place: a String made per field was most of the cost.
    private mutating func append(lowercased field: String) {
        let start = bytes.count
        bytes += field.utf8
        let ascii = bytes.withUnsafeMutableBufferPointer { all in
            for index in start..<all.count {
                guard all[index] < 0x80 else { return false }
                if all[index] &- 0x41 < 26 { all[index] |= 0x20 }  // A to Z
            }
            return true
        }
        guard !ascii else { return }
        bytes.removeSubrange(start...)
        bytes += field.lowercased().utf8
    }

    /// Whether item `item`'s text holds `needle`, byte by byte.
    func contains(_ needle: [UInt8], item: Int) -> Bool {
        let start = item == 0 ? 0 : ends[item - 1]
        guard let first = needle.first, ends[item] - start >= needle.count else { return needle.isEmpty }
        return bytes.withUnsafeBufferPointer { all in
            needle.withUnsafeBufferPointer { pin in
                var at = start
                let last = ends[item] - pin.count
                while at <= last {
                    if all[at] == first {
                        var matched = 1
                        while matched < pin.count, all[at + matched] == pin[matched] { matched += 1 }
                        if matched == pin.count { return true }
                    }
                    at += 1
                }
                return false
            }
        }
    }
}
