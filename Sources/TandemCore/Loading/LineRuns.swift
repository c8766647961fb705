/// The file lines of one KPI's values, in the order read, kept as runs of lines an equal step
/// apart: a file that holds each KPI's values together is one run per KPI (a step of 1), and one
/// that holds each period's values together is one too (a step of the KPI count). A line per
/// value was 8 MB more at 1,000,000 measurements, grown and copied as it doubled: a ninth of a
/// snapshot's page faults. Lines are only read back for a KPI whose values are out of order.
struct LineRuns {
    private struct Run {
        var first: Int
        var step: Int
        var count: Int

        var next: Int { first + step * count }
    }

    private var runs: [Run] = []

    var isEmpty: Bool { runs.isEmpty }

    @inline(__always)
    mutating func append(_ line: Int) {
        guard let last = runs.indices.last else {
            runs.append(Run(first: line, step: 1, count: 1))
            return
        }
        if runs[last].count == 1 {
            runs[last].step = line - runs[last].first
            runs[last].count = 2
        } else if runs[last].next == line {
            runs[last].count += 1
        } else {
            runs.append(Run(first: line, step: 1, count: 1))
        }
    }

    static func += (lines: inout LineRuns, more: LineRuns) {
        guard !lines.isEmpty else {
            lines = more
            return
        }
        for run in more.runs {
            let last = lines.runs.count - 1
            guard run.count > 1, lines.runs[last].count > 1, lines.runs[last].step == run.step,
                lines.runs[last].next == run.first
            else {
                lines.runs.append(run)
                continue
            }
            lines.runs[last].count += run.count
        }
    }

    /// Every line, in the order appended.
    var all: [Int] { runs.flatMap { run in (0..<run.count).map { run.first + run.step * $0 } } }
}
