/// A baseline's compared fields as compact bytes, for `BaselineCache`: lengths before texts, so
/// reading them back is copying, where the JSON is a scan of every byte of megabytes of export.
///
/// The bytes are as untrusted as the JSON (they sit in the workspace folder): every length is
/// checked against what is left, choices must be known values, and texts are cleaned as the
/// JSON's are (`CompactReader.optionalText`). Anything wrong is a miss, and the JSON is read instead.
@_spi(Fuzzing) public enum BaselineCoding {
    /// Names the layout; a file that does not start with it is from another version.
    static let magic = Array("TANDEM-BASELINE-1\n".utf8)

    public struct Miss: Error {}

    public static func encode(_ baseline: Baseline, of identity: FileIdentity) -> [UInt8] {
        var out = CompactWriter(magic)
        for word in identity.words { out.int(word) }
        out.text(baseline.asOf.description)
        out.list(baseline.kpis) { out, kpi in
            out.texts(kpi.id, kpi.name, kpi.owner.rawValue, kpi.status.rawValue)
        }
        out.list(baseline.risks) { out, risk in
            out.texts(risk.id, risk.title, risk.owner.rawValue, risk.band.rawValue)
            out.int(Int64(risk.residualScore))
            out.flag(risk.aboveAppetite)
            out.text(risk.status.rawValue)
            out.flag(risk.targetMissed)
        }
        out.list(baseline.initiatives) { out, item in
            out.texts(item.id, item.name, item.sponsor.rawValue, item.stage.rawValue, item.health?.rawValue, item.due)
            out.list(item.missedMilestones) { out, name in out.text(name) }
            out.list(item.kpis) { out, id in out.text(id) }
            out.text(item.rating?.rawValue)
        }
        out.list(baseline.findings) { out, finding in
            out.text(finding.kind.rawValue)
            out.list(finding.ids) { out, id in out.text(id) }
        }
        out.list(baseline.actions) { out, action in
            out.texts(action.id, action.title, action.owner.rawValue, action.status.rawValue, action.due)
        }
        return out.bytes
    }

    /// The baseline the bytes hold, when they were made from the JSON with identity `json`. The
    /// identity is checked first: a copy made from another file (one that came with a checkout)
    /// is never read further.
    public static func decode(_ bytes: [UInt8], name: String, madeFrom json: FileIdentity) throws(Miss) -> Baseline {
        var input = CompactReader(bytes)
        guard try header(&input) == json, let asOf = Day(iso: try input.text()) else { throw Miss() }
        let kpis = try input.list { (input: inout CompactReader) throws(Miss) in
            Baseline.KPI(
                id: try input.text(), name: try input.text(), owner: try input.choice(), status: try input.choice()
            )
        }
        let risks = try input.list { (input: inout CompactReader) throws(Miss) in
            Baseline.Risk(
                id: try input.text(), title: try input.text(), owner: try input.choice(), band: try input.choice(),
                residualScore: try input.integer(), aboveAppetite: try input.flag(), status: try input.choice(),
                targetMissed: try input.optionalFlag()
            )
        }
        let initiatives = try input.list { (input: inout CompactReader) throws(Miss) in
            Baseline.Initiative(
                id: try input.text(), name: try input.text(), sponsor: try input.choice(), stage: try input.choice(),
                health: try input.optionalChoice(), due: try input.optionalText(),
                missedMilestones: try input.texts(), kpis: try input.texts(), rating: try input.optionalChoice()
            )
        }
        let findings = try input.list { (input: inout CompactReader) throws(Miss) in
            Baseline.Finding(kind: try input.choice(), ids: try input.requiredTexts())
        }
        let actions = try input.list { (input: inout CompactReader) throws(Miss) in
            Baseline.Action(
                id: try input.text(), title: try input.text(), owner: try input.choice(), status: try input.choice(),
                due: try input.optionalText()
            )
        }
        guard input.index == bytes.count, let findings else { throw Miss() }
        return Baseline(
            name: TextSanitizer.clean(name), asOf: asOf, kpis: kpis ?? [], risks: risks ?? [],
            initiatives: initiatives ?? [], findings: findings, actions: actions)
    }

    /// The identity of the JSON a copy says it was made from; nil for bytes that are not a copy.
    public static func identity(in bytes: [UInt8]) -> FileIdentity? {
        var input = CompactReader(bytes)
        return try? header(&input)
    }

    private static func header(_ input: inout CompactReader) throws(Miss) -> FileIdentity {
        guard input.bytes.starts(with: magic) else { throw Miss() }
        input.index = magic.count
        var words: [Int64] = []
        for _ in 0..<FileIdentity.wordCount { words.append(try input.int()) }
        guard let identity = FileIdentity(words: words) else { throw Miss() }
        return identity
    }
}

/// Appends values: integers as 8 bytes little-endian, texts and lists as a 4-byte count (all ones
/// for none) before their bytes or items, flags as one byte (2 for none).
struct CompactWriter {
    private(set) var bytes: [UInt8]
    static let none = UInt32.max

    init(_ start: [UInt8]) { bytes = start }

    mutating func int(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func count(_ value: Int?) {
        withUnsafeBytes(of: (value.map { UInt32($0) } ?? Self.none).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func text(_ text: String?) {
        count(text?.utf8.count)
        if let text { bytes.append(contentsOf: text.utf8) }
    }

    mutating func texts(_ texts: String?...) { for text in texts { self.text(text) } }

    mutating func flag(_ value: Bool?) { bytes.append(value.map { $0 ? 1 : 0 } ?? 2) }

    mutating func list<Item>(_ items: [Item]?, _ each: (inout Self, Item) -> Void) {
        count(items?.count)
        for item in items ?? [] { each(&self, item) }
    }
}

/// Reads what `CompactWriter` wrote, checking every length against the bytes left.
struct CompactReader {
    typealias Miss = BaselineCoding.Miss
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private mutating func word<Word: FixedWidthInteger>(_: Word.Type) throws(Miss) -> Word {
        let size = MemoryLayout<Word>.size
        guard bytes.count - index >= size else { throw Miss() }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index, as: Word.self) }
        index += size
        return Word(littleEndian: value)
    }

    mutating func int() throws(Miss) -> Int64 { try word(Int64.self) }

    mutating func integer() throws(Miss) -> Int {
        guard let value = Int(exactly: try int()) else { throw Miss() }
        return value
    }

    /// A count, nil for none; never more than the bytes left could hold.
    private mutating func count() throws(Miss) -> Int? {
        let value = try word(UInt32.self)
        guard value != CompactWriter.none else { return nil }
        guard Int(value) <= bytes.count - index else { throw Miss() }
        return Int(value)
    }

    /// Cleaned as the JSON's texts are (unless `raw`: a choice's word, which must be one exactly).
    /// Printable ASCII without spaces to trim, the usual text, is clean already: decided on the
    /// bytes in hand, before the text is made.
    mutating func optionalText(raw: Bool = false) throws(Miss) -> String? {
        guard let length = try count() else { return nil }
        defer { index += length }
        return bytes.withUnsafeBufferPointer {
            let utf8 = UnsafeBufferPointer(rebasing: $0[index..<index + length])
            let text = String(decoding: utf8, as: UTF8.self)
            let isClean =
                raw || utf8.first != 0x20 && utf8.last != 0x20 && utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
            return isClean ? text : TextSanitizer.clean(text)
        }
    }

    mutating func text() throws(Miss) -> String {
        guard let text = try optionalText() else { throw Miss() }
        return text
    }

    mutating func optionalChoice<Value: RawRepresentable<String>>() throws(Miss) -> Value? {
        guard let word = try optionalText(raw: true) else { return nil }
        guard let value = Value(rawValue: word) else { throw Miss() }
        return value
    }

    mutating func choice<Value: RawRepresentable<String>>() throws(Miss) -> Value {
        guard let value: Value = try optionalChoice() else { throw Miss() }
        return value
    }

    mutating func optionalFlag() throws(Miss) -> Bool? {
        guard index < bytes.count, bytes[index] <= 2 else { throw Miss() }
        defer { index += 1 }
        return bytes[index] == 2 ? nil : bytes[index] == 1
    }

    mutating func flag() throws(Miss) -> Bool {
        guard let value = try optionalFlag() else { throw Miss() }
        return value
    }

    /// Not reserved from the count: an item takes more memory than the bytes it is read from, so a
    /// count no larger than the bytes left could still ask for many times them. Grown as items are
    /// read, the memory stays within a small multiple of the file's size.
    mutating func list<Item>(_ each: (inout Self) throws(Miss) -> Item) throws(Miss) -> [Item]? {
        guard let count = try count() else { return nil }
        var items: [Item] = []
        for _ in 0..<count { items.append(try each(&self)) }
        return items
    }

    mutating func texts() throws(Miss) -> [String]? {
        try list { (input: inout Self) throws(Miss) in try input.text() }
    }

    mutating func requiredTexts() throws(Miss) -> [String] {
        guard let texts = try texts() else { throw Miss() }
        return texts
    }
}
