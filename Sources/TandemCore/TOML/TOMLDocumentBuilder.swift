/// The tables of a document while it is read, and the rules about defining them: no key twice,
/// no table twice, dotted keys only within the table being written, inline tables and static
/// arrays closed once written. Tables live in one list and refer to each other by index, so a
/// deep key is added without copying the tables above it.
struct TOMLDocumentBuilder {
    /// How a table came to be, which decides what may still add to it.
    enum Origin {
        /// Named by its own `[header]` (or one element of `[[header]]`): no header may name it again.
        case header
        /// Made on the way to a deeper header (`a` for `[a.b]`): its own header may still come.
        case implicit
        /// Made by a dotted key (`a.b = 1`): more dotted keys may add to it, no header may name it.
        case dotted
    }

    enum Slot {
        case value(TOMLValue)
        case table(Int)
        /// The tables of `[[name]]` headers, which later `[[name]]` headers add to: an index into
        /// `tableArrays`, so that adding one does not copy the others.
        case tableArray(Int)
    }

    struct Slotted {
        var slot: Slot
        var keyPosition: TOMLPosition
        var valuePosition: TOMLPosition
    }

    struct Table {
        var origin: Origin
        var depth: Int
        /// The keys from the root to it, for messages (empty for the root and inline tables).
        var path: [String] = []
        /// Where the table starts: its header's `[`, or its key for a dotted key.
        var position = TOMLPosition(line: 1, column: 1)
        var keys: [String] = []
        /// Where each key's entry is in `slots`: handed on to the finished table as it is, so
        /// the keys are hashed once.
        var index: [String: Int] = [:]
        var slots: [Slotted] = []

        func entry(_ name: String) -> Slotted? { index[name].map { slots[$0] } }
    }

    /// How deep tables and arrays may nest: deeper is an error, never a stack overflow.
    static let maxDepth = 128

    private(set) var tables: [Table] = [Table(origin: .header, depth: 0)]
    private var tableArrays: [[Int]] = []
    static let root = 0

    func depth(of table: Int) -> Int { tables[table].depth }

    /// A new empty table for an inline table `{...}` at the given depth.
    mutating func newInlineTable(depth: Int) -> Int {
        tables.append(Table(origin: .dotted, depth: depth))
        return tables.count - 1
    }

    private mutating func addTable(
        _ name: String, origin: Origin, in parent: Int, key: TOMLPosition, at position: TOMLPosition,
        path: @autoclosure () -> [String]
    ) throws(TOMLError) -> Int {
        let depth = tables[parent].depth + 1
        guard depth <= Self.maxDepth else {
            throw TOMLError(
                key, "\(TOMLError.shown(path: path())) nests deeper than \(Self.maxDepth) tables; flatten it")
        }
        tables.append(Table(origin: origin, depth: depth, path: tables[parent].path + [name], position: position))
        insert(name, Slotted(slot: .table(tables.count - 1), keyPosition: key, valuePosition: position), in: parent)
        return tables.count - 1
    }

    private mutating func insert(_ name: String, _ entry: Slotted, in table: Int) {
        tables[table].index[name] = tables[table].slots.count
        tables[table].keys.append(name)
        tables[table].slots.append(entry)
    }

    /// Why `path` cannot go on through an existing key holding a value.
    private func notATable(_ path: [String], _ value: TOMLValue, first: TOMLPosition) -> String {
        let name = TOMLError.shown(path: path)
        switch value {
        case .table:
            return
                "\(name) is an inline table (line \(first.line)), which cannot be added to later; put all its keys "
                + "inside its { }"
        case .array:
            return
                "\(name) is an array (line \(first.line)), not a table; an array written with [ ] cannot be added "
                + "to by headers or dotted keys"
        default: return "\(name) already has a value (line \(first.line)), so it cannot also be a table"
        }
    }

    /// The table a `[a.b.c]` header opens, defining it.
    mutating func openTable(_ path: [(name: String, position: TOMLPosition)], header: TOMLPosition) throws(TOMLError)
        -> Int
    {
        var current = Self.root
        for (index, (name, position)) in path.enumerated() {
            let last = index == path.count - 1
            var names: [String] { path[...index].map(\.name) }  // for messages only
            guard let existing = tables[current].entry(name) else {
                current = try addTable(
                    name, origin: last ? .header : .implicit, in: current, key: position, at: header, path: names)
                continue
            }
            switch existing.slot {
            case .table(let id):
                if last {
                    switch tables[id].origin {
                    case .implicit:
                        tables[id].origin = .header
                        tables[id].position = header
                        // The header that defines it is the place to point at from now on.
                        let slot = tables[current].index[name]!
                        tables[current].slots[slot].keyPosition = position
                        tables[current].slots[slot].valuePosition = header
                    case .header:
                        throw TOMLError(
                            header,
                            "the table [\(TOMLError.shown(path: names))] is defined twice (first on "
                                + "line \(existing.valuePosition.line)); put all its keys under one header"
                        )
                    case .dotted:
                        throw TOMLError(
                            header,
                            "the table [\(TOMLError.shown(path: names))] is already defined by dotted keys "
                                + "(line \(existing.keyPosition.line)); a header cannot define it again"
                        )
                    }
                }
                current = id
            case .tableArray(let array):
                if last {
                    throw TOMLError(
                        header,
                        "\(TOMLError.shown(path: names)) is an array of tables "
                            + "(line \(existing.valuePosition.line)); write [[\(TOMLError.shown(path: names))]] to "
                            + "add a table to it"
                    )
                }
                current = tableArrays[array][tableArrays[array].count - 1]
            case .value(let value):
                throw TOMLError(position, notATable(names, value, first: existing.keyPosition))
            }
        }
        return current
    }

    /// The new table a `[[a.b.c]]` header adds to its array of tables.
    mutating func appendTable(_ path: [(name: String, position: TOMLPosition)], header: TOMLPosition) throws(TOMLError)
        -> Int
    {
        var current = Self.root
        for (index, (name, position)) in path.enumerated() {
            let last = index == path.count - 1
            var names: [String] { path[...index].map(\.name) }  // for messages only
            guard let existing = tables[current].entry(name) else {
                if last {
                    let table = try addTable(name, origin: .header, in: current, key: position, at: header, path: names)
                    tableArrays.append([table])
                    tables[current].slots[tables[current].slots.count - 1].slot = .tableArray(tableArrays.count - 1)
                    return table
                }
                current = try addTable(name, origin: .implicit, in: current, key: position, at: header, path: names)
                continue
            }
            switch existing.slot {
            case .table(let id):
                if last {
                    throw TOMLError(
                        header,
                        "\(TOMLError.shown(path: names)) is already a table (line \(existing.keyPosition.line)), so "
                            + "[[\(TOMLError.shown(path: names))]] cannot make it an array of tables"
                    )
                }
                current = id
            case .tableArray(let array):
                if last {
                    let depth = tables[current].depth + 1
                    guard depth <= Self.maxDepth else {
                        throw TOMLError(
                            position,
                            "\(TOMLError.shown(path: names)) nests deeper than \(Self.maxDepth) tables; flatten it")
                    }
                    tables.append(
                        Table(origin: .header, depth: depth, path: tables[current].path + [name], position: header))
                    tableArrays[array].append(tables.count - 1)
                    return tables.count - 1
                }
                current = tableArrays[array][tableArrays[array].count - 1]
            case .value(let value):
                throw TOMLError(position, notATable(names, value, first: existing.keyPosition))
            }
        }
        return current
    }

    /// Sets `a.b.c = value` in `table`: `a` and `b` are made (or must have been made) by dotted keys.
    mutating func assign(
        _ path: [(name: String, position: TOMLPosition)], _ value: TOMLValue, at valuePosition: TOMLPosition,
        in table: Int
    ) throws(TOMLError) {
        var current = table
        let tablePath = tables[table].path
        for (index, (name, position)) in path.enumerated() {
            // Only messages need the whole path; built when one is made.
            var names: [String] { tablePath + path[...index].map(\.name) }
            let existing = tables[current].entry(name)
            if index == path.count - 1 {
                if let existing {
                    throw TOMLError(
                        position,
                        "the key \(TOMLError.shown(path: names)) is defined twice (first on "
                            + "line \(existing.keyPosition.line)); keep one"
                    )
                }
                insert(
                    name, Slotted(slot: .value(value), keyPosition: position, valuePosition: valuePosition), in: current
                )
                return
            }
            guard let existing else {
                current = try addTable(name, origin: .dotted, in: current, key: position, at: position, path: names)
                continue
            }
            switch existing.slot {
            case .table(let id) where tables[id].origin == .dotted:
                current = id
            case .table:
                throw TOMLError(
                    position,
                    "the table \(TOMLError.shown(path: names)) has its own [header] "
                        + "(line \(existing.valuePosition.line)); put this key under that header instead of using a "
                        + "dotted key"
                )
            case .tableArray:
                throw TOMLError(
                    position,
                    "\(TOMLError.shown(path: names)) is an array of tables (line \(existing.valuePosition.line)); a "
                        + "dotted key cannot add to it"
                )
            case .value(let value):
                throw TOMLError(position, notATable(names, value, first: existing.keyPosition))
            }
        }
    }

    /// The finished table: the tree the reader hands out.
    func finish(_ id: Int = root) -> TOMLTable {
        let table = tables[id]
        let entries = table.slots.map { slotted in
            let value: TOMLValue
            switch slotted.slot {
            case .value(let plain): value = plain
            case .table(let child): value = .table(finish(child))
            case .tableArray(let array):
                let children = tableArrays[array]
                value = .array(
                    TOMLArray(
                        elements: children.map { .table(finish($0)) },
                        positions: children.map { tables[$0].position }))
            }
            return TOMLEntry(value: value, keyPosition: slotted.keyPosition, valuePosition: slotted.valuePosition)
        }
        return TOMLTable(keys: table.keys, index: table.index, entries: entries)
    }
}
