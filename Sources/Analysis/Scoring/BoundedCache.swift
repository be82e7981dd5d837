import Foundation

/// What an analyzer prepares once per name and keeps: a thread's participants and targets are
/// looked for in every post, so each name is tokenized, normalised and resolved to a topic once,
/// not once per post.
///
/// Safe to use from many threads at once; it forgets everything when it holds `capacity` values,
/// so a long batch of threads cannot grow it without bound.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    /// The most values held before the cache starts again.
    static var capacity: Int { 4096 }

    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The value of `key`, made by `make` on first use.
    func value(_ key: Key, make: (Key) -> Value) -> Value {
        if let value = lock.withLock({ values[key] }) { return value }
        let value = make(key)
        lock.withLock {
            if values.count >= Self.capacity { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
        return value
    }
}

/// One way of finding one name (see `NameFinder.init(name:allowSuffix:everyWord:)`).
struct NameFinderKey: Hashable, Sendable {
    var name: String
    var allowSuffix: Bool
    var everyWord: Bool
}

extension BoundedCache where Key == NameFinderKey, Value == NameFinder {
    /// The finder of `name`, prepared on first use.
    func finder(_ name: String, allowSuffix: Bool, everyWord: Bool = false) -> NameFinder {
        value(NameFinderKey(name: name, allowSuffix: allowSuffix, everyWord: everyWord)) {
            NameFinder(name: $0.name, allowSuffix: $0.allowSuffix, everyWord: $0.everyWord)
        }
    }
}
