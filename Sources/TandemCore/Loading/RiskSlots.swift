/// Risks written where they end up, in one buffer: those read in order from its start, each
/// piece read apart from a slot no record before the piece can reach (a record takes a line at
/// least). Taking a piece's risks over is then one move of memory, where copying each (counting
/// references to its texts) and freeing the originals cost 25 ms at 100,000 risks; and their
/// pages are filled by the thread that read them.
final class RiskSlots: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Risk>
    let start: Int
    /// One past the last slot this may fill.
    private let end: Int
    /// The risks written, from `start`; the buffer's owner takes them with `release()`.
    private(set) var count = 0

    init(_ base: UnsafeMutablePointer<Risk>, from start: Int, to end: Int) {
        precondition(start >= 0, "a slot before the buffer")
        (self.base, self.start, self.end) = (base, start, max(start, end))
    }

    /// Risks written and never taken.
    deinit { letGo() }

    /// The risks written, let go of: a piece whose reading was dropped, before its slots are
    /// written again.
    func letGo() {
        (base + start).deinitialize(count: count)
        count = 0
    }

    var hasRoom: Bool { start + count < end }

    /// Only with room.
    func append(_ risk: consuming Risk) {
        precondition(hasRoom, "no slot left")
        (base + start + count).initialize(to: risk)
        count += 1
    }

    func id(at index: Int) -> String { base[start + index].id }
    func line(at index: Int) -> Int { base[start + index].line }

    /// Moves `other`'s risks to follow these, but those at `refused`, which are let go of. `other`
    /// must begin at or after this one's end of writing.
    func takeOver(_ other: RiskSlots, except refused: Set<Int>) {
        precondition(start + count <= other.start, "the other part's slots overlap these")
        var position = 0
        while position < other.count {
            guard !refused.contains(position) else {
                (base + other.start + position).deinitialize(count: 1)
                position += 1
                continue
            }
            var run = 1
            while position + run < other.count, !refused.contains(position + run) { run += 1 }
            // Overlapping moves are allowed: the other part may start right after this one.
            (base + start + count).moveInitialize(from: base + other.start + position, count: run)
            (count, position) = (count + run, position + run)
        }
        other.count = 0
    }

    /// The number of risks written, given up to the buffer's owner.
    func release() -> Int {
        defer { count = 0 }
        return count
    }
}
