import Foundation

/// The topics an analyzer has resolved target names to, by the name's bytes (`nil` for a name
/// that is no topic's): a thread's targets are looked up for every post, so each name is
/// tokenized and matched against the topic lexicons once, not once per post. Names are told apart
/// by their bytes (not by `==`, which takes canonically equivalent names for one), so the topic is
/// the same whatever was resolved before.
///
/// Safe to use from many threads at once; it forgets everything when it holds `capacity` names,
/// so a long batch of threads cannot grow it without bound.
final class TopicCache: @unchecked Sendable {
    /// The most names held before the cache starts again.
    static let capacity = 4096

    private let lock = NSLock()
    private var topics: [[UInt8]: ResolvedTopic?] = [:]

    /// The topic of `name`, resolved by `resolve` on first use.
    func topic(for name: String, resolve: (String) -> ResolvedTopic?) -> ResolvedTopic? {
        let key = Array(name.utf8)
        if let known = lock.withLock({ topics[key] }) { return known }
        let topic = resolve(name)
        lock.withLock {
            if topics.count >= Self.capacity { topics.removeAll(keepingCapacity: true) }
            topics[key] = topic
        }
        return topic
    }
}
