/// Id → line, for the ids a file defines: what each row's id is checked against for repeats, and
/// what links from other files are checked against. Ids compare as Swift strings do (canonically
/// equivalent text is one id).
///
/// Nearly every id is ASCII: those go in a table of four bytes a slot, with a cheap hash keyed per
/// process (recording 62,000 ids took 8.2 ms of perf samples where a `[String: Int]` took 10.4;
/// docs/DECISIONS.md). An id with no ASCII form, or a table that gives up, moves every id to a
/// `Dictionary`.
struct IDLines {
    private var ascii: ASCIITable
    /// Every id, once the table gave up.
    private var general: [String: Int]?
    /// The room asked for, kept for the dictionary.
    private var reserved = 0

    init() { ascii = ASCIITable(keys: ASCIITable.processKeys) }

    /// With the table's hash keyed by `keys`: tests make every id collide with keys of zero.
    init(hashKeys keys: (UInt64, UInt64, UInt64)) { ascii = ASCIITable(keys: keys) }

    /// The line of `id`, when it is in.
    func line(of id: String) -> Int? {
        if let general { return general[id] }
        return IDLines.asciiEquivalent(id).flatMap { ascii.line(of: $0) }
    }

    /// Puts `id` in on `line` unless it is in already: then returns the line it is on and changes
    /// nothing. Lines are a file's, from 1.
    mutating func insert(_ id: String, line: Int) -> Int? {
        if general == nil, let key = IDLines.asciiEquivalent(id) {
            switch ascii.insert(key, line: line) {
            case .added: return nil
            case .present(let first): return first
            case .refused: break
            }
        }
        if general == nil { moveToDictionary() }
        guard let first = general!.updateValue(line, forKey: id) else { return nil }
        general![id] = first
        return first
    }

    mutating func remove(_ id: String) {
        if general != nil {
            general![id] = nil
        } else if let key = IDLines.asciiEquivalent(id) {
            ascii.remove(key)
        }
    }

    mutating func reserveCapacity(_ count: Int) {
        reserved = max(reserved, count)
        if general != nil {
            general!.reserveCapacity(count)
        } else if !ascii.reserveCapacity(count) {
            moveToDictionary()
        }
    }

    /// The ids and their lines, in no particular order; an id in its ASCII form when it has one.
    var entries: [(id: String, line: Int)] { general.map { $0.map { ($0.key, $0.value) } } ?? ascii.entries }

    private mutating func moveToDictionary() {
        let entries = ascii.entries
        var dictionary: [String: Int] = [:]
        dictionary.reserveCapacity(max(reserved, entries.count))
        for (id, line) in entries { dictionary[id] = line }
        (general, ascii) = (dictionary, ASCIITable(keys: ascii.keys))
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

/// Open addressing over ASCII ids, compared byte for byte. Each slot holds the top of its id's hash
/// and the id's entry number (from 1; 0 is an empty slot), so a probe reads four bytes and compares
/// ids only when the tops agree. Four bytes, not eight: at 100,000 ids the slots take 1 MB, which
/// stays in cache beside the rows being read, and recording the ids of the rows read apart took 18%
/// fewer perf samples. A removed id keeps its slot with no line.
private struct ASCIITable {
    enum Insertion {
        case added
        case present(first: Int)
        /// A probe ran too long, or there are more ids than a slot can number (1,048,574): a
        /// `Dictionary` takes over. The first bounds what any file can cost.
        case refused
    }

    private var slots: [UInt32] = []
    private var ids: [String] = []
    private var lines: [Int] = []
    private static let noLine = Int.min
    /// A slot's upper 12 bits: the top of its id's hash; the lower 20: the entry's number.
    private static let tagBits: UInt32 = 0xFFF0_0000
    private static let maxEntries = 1 << 20 - 2
    private static let maxProbes = 64
    /// Random per process, in both factors of every multiply: collisions cannot be planned in a
    /// file without knowing them.
    static let processKeys = (
        UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max)
    )
    let keys: (UInt64, UInt64, UInt64)

    init(keys: (UInt64, UInt64, UInt64)) { self.keys = keys }

    var entries: [(id: String, line: Int)] {
        zip(ids, lines).filter { $0.1 != ASCIITable.noLine }.map { ($0, $1) }
    }

    func line(of id: String) -> Int? {
        guard !slots.isEmpty, case .found(let slot) = find(id, hashValue(of: id)) else { return nil }
        let line = lines[ASCIITable.entry(slots[slot])]
        return line == ASCIITable.noLine ? nil : line
    }

    mutating func insert(_ id: String, line: Int) -> Insertion {
        guard ids.count < ASCIITable.maxEntries, (ids.count + 1) * 2 <= slots.count || grow(to: ids.count + 1) else {
            return .refused
        }
        let hash = hashValue(of: id)
        switch find(id, hash) {
        case .found(let slot):
            let entry = ASCIITable.entry(slots[slot])
            guard lines[entry] == ASCIITable.noLine else { return .present(first: lines[entry]) }
            lines[entry] = line
        case .empty(let slot):
            ids.append(id)
            lines.append(line)
            slots[slot] = ASCIITable.tag(hash) | UInt32(ids.count)
        case .tooFar:
            return .refused
        }
        return .added
    }

    mutating func remove(_ id: String) {
        guard !slots.isEmpty, case .found(let slot) = find(id, hashValue(of: id)) else { return }
        lines[ASCIITable.entry(slots[slot])] = ASCIITable.noLine
    }

    /// False when the table gives up.
    mutating func reserveCapacity(_ count: Int) -> Bool {
        ids.reserveCapacity(count)
        lines.reserveCapacity(count)
        return count * 2 <= slots.count || grow(to: count)
    }

    private enum Probe {
        case found(Int)
        case empty(Int)
        case tooFar
    }

    /// The slot holding `id`, or the empty one it would take. No id is put more than `maxProbes`
    /// slots past where its hash points, so a search stops there too.
    private func find(_ id: String, _ hash: UInt64) -> Probe {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        for _ in 0..<ASCIITable.maxProbes {
            let word = slots[slot]
            if word == 0 { return .empty(slot) }
            if word & ASCIITable.tagBits == ASCIITable.tag(hash), ids[ASCIITable.entry(word)] == id {
                return .found(slot)
            }
            slot = (slot + 1) & mask
        }
        return .tooFar
    }

    private static func entry(_ word: UInt32) -> Int { Int(word & ~tagBits) - 1 }

    private static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) & tagBits }

    /// To at least twice `count` slots, so that probes end soon; false when the table gives up.
    private mutating func grow(to count: Int) -> Bool {
        var size = 16
        while size < count * 2 { size *= 2 }
        slots = [UInt32](repeating: 0, count: size)
        for (number, id) in ids.enumerated() {
            let hash = hashValue(of: id)
            guard case .empty(let slot) = find(id, hash) else { return false }
            slots[slot] = ASCIITable.tag(hash) | UInt32(number + 1)
        }
        return true
    }

    private func hashValue(of id: String) -> UInt64 {
        if let hash = id.utf8.withContiguousStorageIfAvailable(hashBytes) { return hash }
        var id = id
        return id.withUTF8(hashBytes)
    }

    /// Eight bytes at a time, each word and the state so far multiplied full width (as wyhash
    /// does), both masked with a key.
    private func hashBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = keys.0 ^ UInt64(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            state = ASCIITable.fold(UInt64(littleEndian: word) ^ keys.1, state ^ keys.2)
            index += 8
        }
        var last: UInt64 = 0
        for (shift, byte) in bytes[index...].enumerated() { last |= UInt64(byte) << (shift * 8) }
        return ASCIITable.fold(ASCIITable.fold(last ^ keys.1, state ^ keys.2), keys.0 ^ keys.1)
    }

    private static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
