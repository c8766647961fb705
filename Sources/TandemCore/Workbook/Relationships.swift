/// A package's relationship part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`): which part plays
/// which role. The workbook names its sheets by relationship id, and only the relationships say
/// where each sheet's part is (`worksheets/sheet1.xml` is a habit, not a rule).
struct Relationships: Equatable {
    struct Relationship: Equatable {
        let id: String
        /// The type's last path component: `worksheet`, `sharedStrings`, `styles`,
        /// `officeDocument`. Transitional and strict OOXML differ only before it.
        let kind: String
        /// The part's path inside the zip, resolved against the source part.
        let path: String
    }

    let items: [Relationship]
    /// By id, the first of each: a workbook names every sheet by id, and a file with many sheets
    /// must not cost sheets × relationships.
    private let byId: [String: Relationship]

    init(items: [Relationship]) {
        self.items = items
        byId = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The first relationship of this kind, e.g. `styles`.
    func first(kind: String) -> Relationship? { items.first { $0.kind == kind } }

    func target(id: String) -> Relationship? { byId[id] }

    /// - Parameter source: the path of the part the relationships belong to (`xl/workbook.xml`),
    ///   against whose folder relative targets resolve; "" for the package's own.
    static func parse(_ bytes: [UInt8], source: String) throws(XMLError) -> Relationships {
        try bytes.withUnsafeBufferPointer { buffer throws(XMLError) in
            var tokenizer = XMLTokenizer(buffer)
            var items: [Relationship] = []
            while let token = try tokenizer.next() {
                guard case .start(let name, let attributes, _) = token, tokenizer.matches(name, "Relationship") else {
                    continue
                }
                var id = ""
                var type = ""
                var target = ""
                var external = false
                tokenizer.forEachAttribute(in: attributes) { name, value in
                    let text = XMLText.string(tokenizer.slice(value), hasReferences: true)
                    if tokenizer.matches(name, "Id") { id = text }
                    if tokenizer.matches(name, "Type") { type = text }
                    if tokenizer.matches(name, "Target") { target = text }
                    if tokenizer.matches(name, "TargetMode") { external = text == "External" }
                }
                guard !external, !target.isEmpty else { continue }
                let kind = type.split(separator: "/").last.map(String.init) ?? ""
                items.append(Relationship(id: id, kind: kind, path: resolve(target, from: source)))
            }
            return Relationships(items: items)
        }
    }

    /// `target` as a path inside the zip: an absolute target (`/xl/styles.xml`) from the root,
    /// a relative one from the source part's folder, with `.` and `..` worked out.
    static func resolve(_ target: String, from source: String) -> String {
        var components: [Substring] = []
        if !target.hasPrefix("/") {
            components = source.split(separator: "/")
            if !components.isEmpty { components.removeLast() }
        }
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// Where a part's relationships are: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func path(for part: String) -> String {
        var components = part.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let name = components.removeLast()
        return (components + ["_rels", name + ".rels"]).joined(separator: "/")
    }
}
