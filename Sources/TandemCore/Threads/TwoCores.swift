import Dispatch

/// Work shared out over two cores when there is enough of it: a function of each index, two jobs
/// at once, or one job on another thread while this one does its own. docs/ARCHITECTURE.md says
/// what uses each.
public enum TwoCores {
    /// `(0..<count).map(transform)`, its second half made on another thread when `worthIt`.
    /// `transform` must read only what no one writes meanwhile.
    public static func map<T>(_ count: Int, worthIt: Bool, _ transform: (Int) -> T) -> [T] {
        guard worthIt, count > 1 else { return (0..<count).map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            let job = Job(transform)
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                let parts = Parts(base: buffer.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: 2) { part in
                    for index in part == 0 ? 0..<count / 2 : count / 2..<count {
                        (parts.base + index).initialize(to: job.transform(index))
                    }
                }
                initialized = count
            }
        }
    }

    /// Runs `first` and `second` at once, on this thread and another, and returns when both are
    /// done; one after the other when not `worthIt`. They must share only what is safe to share (a lock-guarded
    /// cache, values no one writes).
    public static func both(worthIt: Bool = true, _ first: () -> Void, _ second: () -> Void) {
        guard worthIt else {
            first()
            second()
            return
        }
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let jobs = Job<Void> { $0 == 0 ? first() : second() }
                DispatchQueue.concurrentPerform(iterations: 2) { jobs.transform($0) }
            }
        }
    }

    /// Runs `other` on another thread while `here` runs on this one, and returns what `other`
    /// made once both are done. `here` may share work out over two cores itself (`map`, `both`).
    public static func meanwhile<T>(_ other: () -> T, here: () -> Void) -> T {
        withoutActuallyEscaping(other) { other in
            let job = Job<T> { _ in other() }
            let made = Made<T>()
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { made.value = job.transform(0) }
            here()
            group.wait()
            return made.value!
        }
    }

    /// What the other thread made, read here once it is done.
    private final class Made<T>: @unchecked Sendable {
        var value: T?
    }

    /// The function, handed to the other thread; it lives only for the call.
    private final class Job<T>: @unchecked Sendable {
        let transform: (Int) -> T
        init(_ transform: @escaping (Int) -> T) { self.transform = transform }
    }

    /// Where the results go: each thread writes its own half of the buffer.
    private struct Parts<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>
    }
}
