/// Id → line, for the ids a file defines: what every row's id is checked against, and links in
/// other files. Ids compare as Swift strings do (canonically equivalent text is one id).
///
/// A file of 100,000 risks checks 100,000 ids here, one after another on the thread that reads
/// the rows. `[String: Int]` took about 200 ns an id there: SipHash over the string, then 16-byte
/// keys and the values in two arrays of 262,144 slots each, both visited at random. Ids written
/// in ASCII (nearly all) take a table of one word a slot instead, with a hash of a few multiplies
/// keyed per process; any other id moves the whole table to a `Dictionary`, which compares as
/// strings do.
struct IDLines {
    private var ascii = ASCIITable()
    /// Every id, once an id that is not ASCII came in.
    private var general: [String: Int]?

    /// The line of `id`, when it is in.
    func line(of id: String) -> Int? {
        if let general { return general[id] }
        return IDLines.asciiEquivalent(id).flatMap { ascii.line(of: $0) }
    }

    /// Puts `id` in on `line` unless it is in already: then returns the line it is on and changes nothing.
    mutating func insert(_ id: String, line: Int) -> Int? {
        if general == nil, !id.utf8.allSatisfy({ $0 < 0x80 }) {
            general = ascii.dictionary()
            ascii = ASCIITable()
        }
        guard general != nil else { return ascii.insert(id, line: line) }
        if let first = general![id] { return first }
        general![id] = line
        return nil
    }

    mutating func remove(_ id: String) {
        if general != nil { general![id] = nil } else if let id = IDLines.asciiEquivalent(id) { ascii.remove(id) }
    }

    mutating func reserveCapacity(_ count: Int) {
        if general == nil { ascii.reserveCapacity(count) } else { general!.reserveCapacity(count) }
    }

    /// The ids and their lines, in no particular order.
    var entries: [(id: String, line: Int)] {
        if let general { return general.map { ($0.key, $0.value) } }
        return ascii.dictionary().map { ($0.key, $0.value) }
    }

    /// The ASCII text `id` is canonically equivalent to, if any: itself when ASCII. Three
    /// characters outside ASCII are, alone, another way of writing an ASCII one (the Kelvin sign
    /// for K, the Greek question mark for `;`, the Greek varia for a backtick); any other leaves
    /// the text outside ASCII. A test checks this against every character.
    static func asciiEquivalent(_ id: String) -> String? {
        if id.utf8.allSatisfy({ $0 < 0x80 }) { return id }
        var bytes: [UInt8] = []
        for scalar in id.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x212A: bytes.append(UInt8(ascii: "K"))
            case 0x037E: bytes.append(UInt8(ascii: ";"))
            case 0x1FEF: bytes.append(UInt8(ascii: "`"))
            default: return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Open addressing over ASCII ids: each slot holds the upper half of the id's hash and its entry's
/// number, so a probe reads one word and compares ids only when the halves agree. Entries stay in
/// the order they came in; a removed one keeps its slot with no line.
private struct ASCIITable {
    private var slots: [UInt64] = []
    private var ids: [String] = []
    private var lines: [Int] = []
    private static let noLine = Int.min
    /// Keyed per process, so that no file can be written to make ids collide.
    private static let seed = UInt64.random(in: .min ... .max)

    func line(of id: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        let (slot, found) = find(id, ASCIITable.hash(id))
        return found ? lineIfIn(ASCIITable.entry(slots[slot])) : nil
    }

    mutating func insert(_ id: String, line: Int) -> Int? {
        if (ids.count + 1) * 2 > slots.count { grow(to: ids.count + 1) }
        let hash = ASCIITable.hash(id)
        let (slot, found) = find(id, hash)
        if found {
            let entry = ASCIITable.entry(slots[slot])
            if let first = lineIfIn(entry) { return first }
            lines[entry] = line
            return nil
        }
        ids.append(id)
        lines.append(line)
        slots[slot] = (hash & ASCIITable.tagBits) | UInt64(ids.count)
        return nil
    }

    mutating func remove(_ id: String) {
        guard !slots.isEmpty else { return }
        let (slot, found) = find(id, ASCIITable.hash(id))
        if found { lines[ASCIITable.entry(slots[slot])] = ASCIITable.noLine }
    }

    mutating func reserveCapacity(_ count: Int) {
        if count * 2 > slots.count { grow(to: count) }
        ids.reserveCapacity(count)
        lines.reserveCapacity(count)
    }

    func dictionary() -> [String: Int] {
        var dictionary: [String: Int] = [:]
        for (id, line) in zip(ids, lines) where line != ASCIITable.noLine { dictionary[id] = line }
        return dictionary
    }

    /// The upper half of a slot: the upper half of its id's hash.
    private static let tagBits: UInt64 = 0xFFFF_FFFF_0000_0000

    /// The entry a filled slot holds (its lower half is the entry's number, from 1).
    private static func entry(_ slot: UInt64) -> Int { Int(truncatingIfNeeded: slot & ~tagBits) - 1 }

    private func lineIfIn(_ entry: Int) -> Int? { lines[entry] == ASCIITable.noLine ? nil : lines[entry] }

    /// The slot holding `id`, or the empty one it would take.
    private func find(_ id: String, _ hash: UInt64) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if slots[slot] & ASCIITable.tagBits == hash & ASCIITable.tagBits, ids[ASCIITable.entry(slots[slot])] == id {
                return (slot, true)
            }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    /// At most half full, so that a probe ends soon.
    private mutating func grow(to count: Int) {
        var size = 16
        while size < count * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for (number, id) in ids.enumerated() {
            let hash = ASCIITable.hash(id)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash & ASCIITable.tagBits) | UInt64(number + 1)
        }
    }

    /// Eight bytes at a time, each folded in by a full-width multiply (as wyhash does).
    static func hash(_ id: String) -> UInt64 {
        if let hash = id.utf8.withContiguousStorageIfAvailable(hash) { return hash }
        var id = id
        return id.withUTF8(hash)
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            hash = fold(hash ^ UInt64(littleEndian: word), 0xA076_1D64_78BD_642F)
            index += 8
        }
        var last: UInt64 = 0
        for (shift, byte) in bytes[index...].enumerated() { last |= UInt64(byte) << (shift * 8) }
        return fold(hash ^ last ^ 0xE703_7ED1_A0B4_28DB, seed ^ 0x8EBC_6AF0_9C88_C6E3)
    }

    private static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
