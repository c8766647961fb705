/// Keeps only the top-left value of each merged range. Excel itself clears the other cells of a
/// merge, but other writers leave values there, and a title merged across a header row must not
/// be read as six headers.
///
/// One sweep down the rows with the ranges that cover the current row, kept sorted by column and
/// without overlaps (Excel never writes overlapping merges; of two that overlap, the one met
/// first counts). Each cell is then one binary search, so a sheet with thousands of merges costs
/// no more than its cells.
enum MergedCells {
    static func keepTopLeft(_ rows: [WorkbookRow], merges: [CellRange]) -> [WorkbookRow] {
        guard !merges.isEmpty else { return rows }
        let pending = merges.sorted { $0.first.row < $1.first.row }
        var next = 0
        var active: [CellRange] = []
        var earliestEnd = Int.max
        var result: [WorkbookRow] = []
        result.reserveCapacity(rows.count)
        for row in rows {
            if row.number > earliestEnd {
                active.removeAll { $0.last.row < row.number }
                earliestEnd = active.map(\.last.row).min() ?? Int.max
            }
            while next < pending.count, pending[next].first.row <= row.number {
                let range = pending[next]
                next += 1
                guard range.last.row >= row.number else { continue }
                let place = insertionIndex(range.first.column, in: active)
                let overlapsLeft = place > 0 && active[place - 1].last.column >= range.first.column
                let overlapsRight = place < active.count && active[place].first.column <= range.last.column
                if !overlapsLeft && !overlapsRight {
                    active.insert(range, at: place)
                    earliestEnd = min(earliestEnd, range.last.row)
                }
            }
            guard !active.isEmpty else {
                result.append(row)
                continue
            }
            var columns: [Int] = []
            var cells: [WorkbookCell] = []
            for (column, cell) in zip(row.columns, row.cells) {
                let place = insertionIndex(column + 1, in: active)
                if place > 0 {
                    let range = active[place - 1]
                    let isCovered = column <= range.last.column
                    let isTopLeft = column == range.first.column && row.number == range.first.row
                    if isCovered && !isTopLeft { continue }
                }
                columns.append(column)
                cells.append(cell)
            }
            if !cells.isEmpty { result.append(WorkbookRow(number: row.number, columns: columns, cells: cells)) }
        }
        return result
    }

    /// The index of the first range in `active` that starts at or after `column`.
    private static func insertionIndex(_ column: Int, in active: [CellRange]) -> Int {
        var low = 0
        var high = active.count
        while low < high {
            let middle = (low + high) / 2
            if active[middle].first.column < column { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
