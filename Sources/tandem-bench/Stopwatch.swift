import Foundation

/// Times a piece of work: warm-up runs first, then the median, minimum and maximum of the runs.
struct Timing: Codable {
    let name: String
    let median: Double
    let min: Double
    let max: Double
    let runs: Int

    init(name: String, median: Double, min: Double, max: Double, runs: Int) {
        (self.name, self.median, self.min, self.max, self.runs) = (name, median, min, max, runs)
    }

    /// From sorted samples.
    init(samples: [Double], name: String) {
        self.init(
            name: name, median: samples[samples.count / 2], min: samples.first ?? 0, max: samples.last ?? 0,
            runs: samples.count)
    }

    /// Milliseconds, three significant decimals.
    static func measure(_ name: String, runs: Int, warmUp: Int = 2, _ work: () throws -> Void) rethrows -> Timing {
        for _ in 0..<warmUp { try work() }
        var samples: [Double] = []
        for _ in 0..<Swift.max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            try work()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        samples.sort()
        return Timing(samples: samples, name: name)
    }
}

/// The largest resident set this process has had, in megabytes.
func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
