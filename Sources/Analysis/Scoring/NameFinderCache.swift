import Foundation

/// The name finders an analyzer has prepared, by name: a thread's participants and targets are
/// looked for in every post, so each name is tokenized and normalised once, not once per post.
///
/// Safe to use from many threads at once; it forgets everything when it holds `capacity` names,
/// so a long batch of threads cannot grow it without bound.
final class NameFinderCache: @unchecked Sendable {
    /// One way of finding one name.
    private struct Key: Hashable {
        var name: String
        var allowSuffix: Bool
        var everyWord: Bool
    }

    /// The most names held before the cache starts again.
    static let capacity = 4096

    private let lock = NSLock()
    private var finders: [Key: NameFinder] = [:]

    /// The finder of `name`, prepared on first use (see `NameFinder.init(name:allowSuffix:everyWord:)`).
    func finder(_ name: String, allowSuffix: Bool, everyWord: Bool = false) -> NameFinder {
        let key = Key(name: name, allowSuffix: allowSuffix, everyWord: everyWord)
        if let finder = lock.withLock({ finders[key] }) { return finder }
        let finder = NameFinder(name: name, allowSuffix: allowSuffix, everyWord: everyWord)
        lock.withLock {
            if finders.count >= Self.capacity { finders.removeAll(keepingCapacity: true) }
            finders[key] = finder
        }
        return finder
    }
}
