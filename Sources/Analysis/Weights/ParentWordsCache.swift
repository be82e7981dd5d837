import Foundation

/// The words of the last few parents the analyzer read: the replies to one post are analyzed one
/// after another, and each needs its parent's words, so a parent is read once for all its
/// replies, not once per reply (a first post with thousands of replies was read thousands of
/// times). It holds `capacity` parents, so it stays as small as a few posts.
///
/// Safe to use from many threads at once.
final class ParentWordsCache: @unchecked Sendable {
    /// How many parents are kept: one per core analyzing a chunk of the thread, and some to spare.
    static let capacity = 4

    private let lock = NSLock()
    /// The parents read, the most recent last.
    private var entries: [(text: String, words: ParentWords)] = []

    /// The words of `parent`, read on first use. Parents are told apart by their bytes (not by
    /// `==`, which takes canonically equivalent texts for one), so the words are the same whatever
    /// was read before.
    func words(of parent: String, vocabulary: Vocabulary) -> ParentWords {
        let kept = lock.withLock { entries.last { Self.sameBytes($0.text, parent) }?.words }
        if let kept { return kept }
        let words = ParentWords(parent, vocabulary: vocabulary)
        lock.withLock {
            if entries.count >= Self.capacity { entries.removeFirst() }
            entries.append((parent, words))
        }
        return words
    }

    /// Whether `first` and `second` have the same UTF-8 bytes, compared in memory (not through
    /// the byte-by-byte `String.UTF8View`).
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        var first = first
        var second = second
        return first.withUTF8 { first in
            second.withUTF8 { second in
                first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0
            }
        }
    }
}
