import Foundation

/// Remembers what key presses ask for again and again (the filtered items, each pane's order,
/// the attention list) for the lens, filter and sort in force, so a key press costs a lookup, not
/// a pass over a million rows. One cache belongs to one `ViewModel`: new data, new cache.
final class ViewCache: @unchecked Sendable {
    struct Key: Hashable {
        let lens: OwnerLens
        let filter: String
        let changedOnly: Bool
        let what: String
    }

    private let lock = NSLock()
    private var values: [Key: Any] = [:]

    /// The cached value for a key, computed by `make` the first time.
    func value<T>(_ key: Key, _ make: () -> T) -> T {
        lock.lock()
        if let value = values[key] as? T {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = make()
        lock.lock()
        if values.count > 64 { values.removeAll() }  // typing a filter makes many; keep it small
        values[key] = value
        lock.unlock()
        return value
    }
}
