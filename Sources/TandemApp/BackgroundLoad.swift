import Dispatch
import TandemCore

/// Runs one load at a time on another thread, so the dashboard keeps answering keys (`q`) and
/// signals while a large workspace is read; the result is collected by the app loop.
final class BackgroundLoad<Result>: @unchecked Sendable {
    private let lock = Lock()
    private var finished: Result?
    private(set) var isRunning = false

    /// Starts `work` unless a load is already running.
    /// - Returns: false when one is running.
    func start(_ work: @escaping () -> Result) -> Bool {
        guard !isRunning else { return false }
        isRunning = true
        let job = UncheckedJob(work: work)
        DispatchQueue.global().async { [self] in
            let result = job.work()
            lock.withLock { finished = result }
        }
        return true
    }

    /// The result once the load has finished, once.
    func take() -> Result? {
        guard
            let result = lock.withLock({ () -> Result? in
                defer { finished = nil }
                return finished
            })
        else { return nil }
        isRunning = false
        return result
    }

    /// The work and what it reads are used by the loading thread alone until it finishes.
    private struct UncheckedJob: @unchecked Sendable {
        let work: () -> Result
    }
}
