/// The screen a program draws on a terminal, as far as finding text on it needs: curses redraws
/// only what changed and moves the cursor over what did not, so a status line that goes from
/// "99500 rows" to "100000 rows" may never be written out whole. Text is found on this grid.
///
/// It follows what ncurses writes for xterm: printable text (a UTF-8 sequence is one cell), CR, LF,
/// BS, and the CSI sequences that move the cursor, erase, repeat a character (REP) or insert and
/// delete characters. Colours, modes and other sequences are read past.
struct ScreenGrid {
    private(set) var rows: [[UInt8]]
    private var row = 0
    private var column = 0
    private var last: UInt8 = 0x20
    private var pending: [UInt8] = []  // an escape sequence not yet complete

    init(columns: Int, rows: Int) {
        self.rows = Array(repeating: Array(repeating: 0x20, count: columns), count: rows)
    }

    func contains(_ text: String) -> Bool {
        let needle = Array(text.utf8)
        return rows.contains { line in
            line.count >= needle.count
                && (0...(line.count - needle.count)).contains { line[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
    }

    mutating func feed<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            if !pending.isEmpty || byte == 0x1B {
                pending.append(byte)
                escape()
            } else {
                put(byte)
            }
        }
    }

    private mutating func put(_ byte: UInt8) {
        switch byte {
        case 0x0D: column = 0
        case 0x0A: row = min(row + 1, rows.count - 1)
        case 0x08: column = max(0, column - 1)
        case 0x80..<0xC0: break  // a UTF-8 continuation: the cell was taken by the lead byte
        case 0x20...: write(byte >= 0x80 ? 0x3F : byte)
        default: break
        }
    }

    private mutating func write(_ byte: UInt8) {
        if column >= rows[0].count {
            (column, row) = (0, min(row + 1, rows.count - 1))
        }
        rows[row][column] = byte
        column += 1
        last = byte
    }

    /// Acts on the sequence in `pending` once it is complete.
    private mutating func escape() {
        guard pending.count >= 2 else { return }
        if pending[1] == 0x5D {  // OSC: up to BEL or ST
            if pending.last == 0x07 || pending.suffix(2).elementsEqual([0x1B, 0x5C]) { pending = [] }
            return
        }
        guard pending[1] == 0x5B else {  // a two- or three-byte sequence (charset, keypad mode…)
            if pending.count >= (pending[1] == 0x28 || pending[1] == 0x29 ? 3 : 2) { pending = [] }
            return
        }
        guard let final = pending.last, pending.count > 2, (0x40...0x7E).contains(final) else { return }
        let body = pending[2..<(pending.count - 1)]
        pending = []
        guard body.first != 0x3F else { return }  // private modes
        let numbers = body.split(separator: 0x3B, omittingEmptySubsequences: false).map {
            Int(String(decoding: $0, as: UTF8.self)) ?? 0
        }
        let first = max(1, numbers.first ?? 0)
        let width = rows[0].count
        switch final {
        case 0x48, 0x66:  // CUP
            row = min(rows.count - 1, first - 1)
            column = min(width - 1, max(1, numbers.count > 1 ? numbers[1] : 1) - 1)
        case 0x41: row = max(0, row - first)
        case 0x42: row = min(rows.count - 1, row + first)
        case 0x43: column = min(width - 1, column + first)
        case 0x44: column = max(0, column - first)
        case 0x47: column = min(width - 1, first - 1)  // CHA
        case 0x64: row = min(rows.count - 1, first - 1)  // VPA
        case 0x62: for _ in 0..<first { write(last) }  // REP
        case 0x58: for x in column..<min(width, column + first) { rows[row][x] = 0x20 }  // ECH
        case 0x4B:  // EL
            let mode = numbers.first ?? 0
            let span = mode == 0 ? column..<width : mode == 1 ? 0..<min(width, column + 1) : 0..<width
            for x in span { rows[row][x] = 0x20 }
        case 0x4A:  // ED
            if (numbers.first ?? 0) == 2 {
                for y in rows.indices { rows[y] = Array(repeating: 0x20, count: width) }
            } else if (numbers.first ?? 0) == 0 {
                for x in column..<width { rows[row][x] = 0x20 }
                for y in (row + 1)..<rows.count { rows[y] = Array(repeating: 0x20, count: width) }
            }
        case 0x40:  // ICH
            rows[row].insert(contentsOf: Array(repeating: 0x20, count: first), at: column)
            rows[row].removeLast(first)
        case 0x50:  // DCH
            let count = min(first, width - column)
            rows[row].removeSubrange(column..<(column + count))
            rows[row].append(contentsOf: Array(repeating: 0x20, count: count))
        default: break
        }
    }
}
